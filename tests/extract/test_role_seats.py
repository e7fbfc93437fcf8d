"""A member's seat written between the title and the name ("MP for Kelby North Tim Rudd")
belongs to the title, not to the name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.test_roles import roles_in

_TEXT = "Labour MP for Kelby North Tim Rudd said the sentence was fair."


def test_a_seat_run_into_a_name_is_cut_off(nlp: Language) -> None:
    """The person is "Tim Rudd": the seat before the given name is no part of the name."""
    people = [e.name for e in extract_entities(nlp(_TEXT)) if e.kind == PERSON]
    assert people == ["Tim Rudd"]


def test_the_seat_goes_with_the_title(nlp: Language) -> None:
    """ "Labour MP for Kelby North" is the role: an office in capitals ("MP") takes its seat."""
    assert roles_in(nlp, _TEXT)["Tim Rudd"] == "Labour MP for Kelby North"


def test_given_names_after_a_title_link_stay_a_name(nlp: Language) -> None:
    """ "a friend of Mary Ann Vell": "Mary" is a given name, so the name keeps it."""
    text = "Minister for Roads Mary Ann Vell said the bridge would open."
    people = [e.name for e in extract_entities(nlp(text)) if e.kind == PERSON]
    assert people == ["Mary Ann Vell"]
