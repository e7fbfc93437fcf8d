"""A person's noun before "such as" names a person the model read as a body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PERSON
from tests.extract.conftest import labelled_kinds


def test_designers_such_as_name_a_person(nlp: Language) -> None:
    """'illustrators such as Lorin Vask', labelled a body, is a person by the noun."""
    text = "The museum hired illustrators such as Lorin Vask to paint its winter banners."
    kinds = labelled_kinds(nlp, text, [("Lorin Vask", "ORG")])
    assert kinds.get("Lorin Vask") == PERSON


def test_a_name_given_to_a_trade_noun_is_a_person(nlp: Language) -> None:
    """'a printmaker named Orla': one word kept as a person by the noun it names."""
    text = "Last winter a printmaker named Orla drew every banner in the hall."
    kinds = labelled_kinds(nlp, text, [("Orla", "PERSON")])
    assert kinds.get("Orla") == PERSON
