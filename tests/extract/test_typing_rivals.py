"""A name a work beats is a work, and a name a person beats stays a person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_name_a_show_beat_for_a_prize_is_no_person(nlp: Language) -> None:
    """ "drama Moor End won best serial, beating Harbour Glow": the rival is a show."""
    text = "The drama Moor End won best serial, beating Harbour Glow."
    kinds = person_labelled_kinds(nlp, text, ["Harbour Glow"])
    assert kinds.get("Harbour Glow") != "person"


def test_a_name_a_person_beat_stays_a_person(nlp: Language) -> None:
    """ "Tom Vell won the final, beating Dan Rees": rivals of a person are people."""
    text = "Tom Vell won the final, beating Dan Rees, and he said he was delighted."
    kinds = person_labelled_kinds(nlp, text, ["Tom Vell", "Dan Rees"])
    assert kinds.get("Dan Rees") == "person"
