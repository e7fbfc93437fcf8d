"""Names with an apostrophe: one person in both its forms, and bodies named in the possessive."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.family_names import name_tokens
from tests.extract.conftest import labelled


def test_curly_and_straight_apostrophes_are_one_name_part() -> None:
    """ "O\u2019Dwyer" and "O'Dwyer" are the same surname written two ways."""
    assert name_tokens("Dan O\u2019Dwyer")[-1] == name_tokens("O'Dwyer")[-1]


def test_a_surname_in_the_other_apostrophe_joins_the_full_name(nlp: Language) -> None:
    """ "Dan O\u2019Dwyer ... O'Dwyer said" is one person, not two."""
    text = "Dan O\u2019Dwyer, a friend, was shaken. 'It is awful,' O'Dwyer said."
    people = [e.name for e in extract_entities(nlp(text)) if e.kind == "person"]
    assert people == ["Dan O\u2019Dwyer"]


def test_a_college_named_in_the_possessive_is_a_body(nlp: Language) -> None:
    """ "St Wenna\u2019s College" read as a person is a college, not a saint."""
    text = "She studied at St Wenna\u2019s College for three years."
    doc = labelled(nlp, text, [("St Wenna\u2019s College", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("St Wenna\u2019s College") == "organization"
    assert not any(kind == "person" for kind in kinds.values())


def test_a_full_name_in_both_apostrophes_is_one_speaker(nlp: Language) -> None:
    """ "Dara O\u2019Kelleher" and "Dara O'Kelleher" are one person, whose surname then speaks."""
    text = (
        "Dara O\u2019Kelleher, the activist, posted a video. Critics said Dara O'Kelleher had"
        " edited it. 'It is true,' O\u2019Kelleher said."
    )
    people = [e.name for e in extract_entities(nlp(text)) if e.kind == "person"]
    assert people == ["Dara O\u2019Kelleher"]
