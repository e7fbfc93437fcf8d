"""A person's name, a rank or a courtesy title the model reads as a body is no organization."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, extract_entities
from tests.extract.conftest import labelled


def _kinds(nlp: Language, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = labelled(nlp, text, spans)
    return [(e.kind, e.name) for e in extract_entities(doc) if e.kind in (ORG, PERSON)]


def test_a_given_name_and_surname_read_as_a_body_is_a_person(nlp: Language) -> None:
    """A full name read as a body is a person, unless it cuts jobs or holds a plural noun."""
    text = "Her new single features Megan Vane Tallowby."
    spans = [("Megan Vane Tallowby", "ORG")]
    assert _kinds(nlp, text, spans) == [(PERSON, "Megan Vane Tallowby")]
    firm = "Megan Vane Tallowby said it would cut 900 jobs at its stores this year."
    assert _kinds(nlp, firm, spans) == [(ORG, "Megan Vane Tallowby")]
    chapel = "The service was held at the Megan Drovers Chapel on Sunday."
    spans = [("Megan Drovers Chapel", "ORG")]
    assert _kinds(nlp, chapel, spans) == [(ORG, "Megan Drovers Chapel")]


def test_a_rank_before_a_name_is_no_body(nlp: Language) -> None:
    """ "Private" of "Private Tom Vellacott" is his rank, not an organization."""
    text = "The letter was kept by the nephew of Private Tom Vellacott, who died in 1916."
    spans = [("Private", "ORG"), ("Tom Vellacott", "PERSON")]
    assert _kinds(nlp, text, spans) == [(PERSON, "Tom Vellacott")]


def test_a_courtesy_title_run_into_a_paper_is_cut_off(nlp: Language) -> None:
    """ "Gazette Mr" of "told the Gazette Mr Vellacott would" is the paper "Gazette"."""
    text = "A party source told the Gazette Mr Vellacott would lead the new campaign."
    spans = [("Gazette Mr", "ORG"), ("Vellacott", "PERSON")]
    assert (ORG, "Gazette") in _kinds(nlp, text, spans)
