"""Entity typing of a full name set off after a member's noun: "a member of the choir, Jo Ames"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_member_set_off_by_commas_is_a_person(nlp: Language) -> None:
    """ "A member of the choir, Ann Roke, said ...": a body's member named is a person."""
    text = "A member of the choir, Ann Roke, said on Friday that the Tarland Courier was wrong."
    kinds = labelled_kinds(nlp, text, [("Ann Roke", "ORG"), ("Tarland Courier", "ORG")])
    assert kinds.get("Ann Roke") == "person"


def test_a_member_body_keeps_its_kind(nlp: Language) -> None:
    """ "One member, Tarn Holdings, said": a firm's word in the name still makes it a body."""
    text = "One member of the alliance, Tarn Holdings, said it would leave in May."
    kinds = labelled_kinds(nlp, text, [("Tarn Holdings", "ORG")])
    assert kinds.get("Tarn Holdings") == "organization"
