"""Entity typing of one name set off after a plural noun of people's jobs: a firm's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_one_name_after_a_plural_job_is_no_person(nlp: Language) -> None:
    """ "the pay experts Tarnley Data Services": one name many experts share is a firm's."""
    text = "Pay rose by two per cent, according to the pay experts Tarnley Data Services."
    kinds = labelled_kinds(nlp, text, [("Tarnley Data Services", "ORG")])
    assert kinds.get("Tarnley Data Services") == "organization"


def test_one_name_after_plural_researchers_is_no_person(nlp: Language) -> None:
    """ "the researchers Morrow Vance found": the name counts several people, a firm."""
    text = "Sales fell in May, the market researchers Morrow Vance found in a survey of shops."
    kinds = labelled_kinds(nlp, text, [("Morrow Vance", "ORG")])
    assert kinds.get("Morrow Vance") == "organization"
