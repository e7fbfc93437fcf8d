"""Works titled like people, known by what only a story is said to be."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled

#: (text, a name, the model's label at each writing, whether it stays a person).
_CASES = [
    # A work follows a work: a sequel is "to" a film, a book or a game.
    ("The sequel to Peter Grimsby will start filming in May.", "Peter Grimsby", "PERSON", False),
    ("The follow-up to Peter Grimsby is due next year.", "Peter Grimsby", "PERSON", False),
    # A story has a setting and a source.
    ("Vera Colby is set in 1950s Leeds and has a cast of unknowns.", "Vera Colby", "ORG", False),
    ("Vera Colby was based on a true story, the studio said.", "Vera Colby", "ORG", False),
    # A work is shown in cinemas and sold on DVD.
    ("Mira Holt opened in 300 cinemas on Friday.", "Mira Holt", "PERSON", False),
    ("Mira Holt was released on DVD in May.", "Mira Holt", "PERSON", False),
    # A person is released on bail and works in cinemas.
    ("Jo Ames was released on bail and works in cinemas.", "Jo Ames", "PERSON", True),
    # A plot told in the present tips a name the model itself calls a body.
    ("Vera Colby tells the story of a cleaner in 1950s Leeds.", "Vera Colby", "ORG", False),
    # A person is based in a town and set to do things.
    ("Jo Ames is based in London and is set to join the board.", "Jo Ames", "PERSON", True),
    # A person tells her own story.
    ("Jo Ames tells the story of her escape from the camp.", "Jo Ames", "PERSON", True),
    # What a person is nominated for is a work: after the verb, the lone surname is the nominee.
    ("Castell, nominated for Tilda Marrow, wore a kilt.", "Tilda Marrow", "PERSON", False),
    ("Odell was nominated last month for Tilda Marrow.", "Tilda Marrow", "PERSON", False),
    ("She earned a nomination for Tilda Marrow this year.", "Tilda Marrow", "PERSON", False),
    # A film's nomination may be for its actor.
    ("The film earned a nomination for Tilda Marrow.", "Tilda Marrow", "PERSON", True),
]


@pytest.mark.parametrize(("text", "name", "label", "person"), _CASES)
def test_what_only_a_story_is_makes_a_work(
    nlp: Language, text: str, name: str, label: str, person: bool
) -> None:
    """A sequel's original, a set or based story, a told plot are works, not people."""
    doc = labelled(nlp, text, [(name, label)])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert (kinds.get(name) == PERSON) == person


def test_the_actor_a_sequel_stars_is_a_person(nlp: Language) -> None:
    """ "The sequel to Bella Crane stars Wren Abbott": the actor is not the work followed."""
    text = "The sequel to Bella Crane stars Wren Abbott as the clumsy reporter."
    doc = labelled(nlp, text, [("Bella Crane", "PERSON"), ("Wren Abbott", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Wren Abbott") == PERSON
