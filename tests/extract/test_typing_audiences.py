"""Names an audience is "of" (fans, viewers, players, readers) are works, not bodies or people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.labelled_kinds import labelled_kinds

#: (text, a name, the model's label, the kind it gets, or None when it is not listed).
_CASES = [
    # A game, a show, a book read as a body, a person or a town is no entity we list.
    ("Fans of Moonfall Legends queued overnight in Derby.", "Moonfall Legends", "ORG", None),
    ("Viewers of Sunrise Kitchen complained about the move.", "Sunrise Kitchen", "GPE", None),
    ("Players of Ember Tactics said the update was too hard.", "Ember Tactics", "ORG", None),
    ("Gamers queued, and fans of Galaxy Pinball cheered.", "Galaxy Pinball", "PERSON", None),
    # A club, a periodical and a person keep their kind.
    ("Fans of Kelby Rovers sang all night.", "Kelby Rovers", "ORG", "organization"),
    ("Readers of Motor Weekly chose the car.", "Motor Weekly", "ORG", "organization"),
    ("Fans of Justin Vell screamed as he arrived.", "Justin Vell", "PERSON", "person"),
    # Evidence elsewhere outweighs the audience: "the band Tarnwood".
    ("Fans of Tarnwood wept. The band Tarnwood split.", "Tarnwood", "ORG", "organization"),
]


@pytest.mark.parametrize(("text", "name", "label", "kind"), _CASES)
def test_an_audience_of_a_name_makes_a_work(
    nlp: Language, text: str, name: str, label: str, kind: str | None
) -> None:
    """A name only an audience is "of" is a work; a club, a paper or a person keeps its kind."""
    kinds = labelled_kinds(nlp, text, [(name, label)] * text.count(name))
    assert kinds.get(name) == kind
