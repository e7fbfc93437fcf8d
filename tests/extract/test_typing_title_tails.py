"""A name that "the" and a capitalised kind of work follow opens a show's title: no person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled, person_labelled_kinds


def test_name_before_the_musical_is_a_work(nlp: Language) -> None:
    """'Tom Marsh the Musical opened': the show, not a man called Tom Marsh."""
    text = "Tom Marsh the Musical opened in Kelby last week, Ann Roke said."
    kinds = person_labelled_kinds(nlp, text, ["Tom Marsh", "Ann Roke"])
    assert "Tom Marsh" not in kinds and kinds.get("Ann Roke") == PERSON


def test_dash_and_the_opera_tail_is_no_body(nlp: Language) -> None:
    """'Tobin Marsh - The Opera': neither the name nor 'Opera' is published."""
    text = "Crowds came to see Tobin Marsh - The Opera at the Kelby hall."
    doc = labelled(nlp, text, [("Tobin Marsh", "PERSON"), ("Opera", "ORG")])
    names = {e.name for e in extract_entities(doc)}
    assert "Tobin Marsh" not in names and "Opera" not in names


def test_person_the_lower_case_noun_stays(nlp: Language) -> None:
    """'Ann Roke the film maker': no capitalised kind of work, so still a person."""
    text = "Ann Roke the film maker said the shoot went well."
    kinds = person_labelled_kinds(nlp, text, ["Ann Roke"])
    assert kinds.get("Ann Roke") == PERSON
