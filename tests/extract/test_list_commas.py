"""Organizations the model reads across a list's comma, cut into the names on each side."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG
from tests.extract.conftest import labelled_kinds


def test_a_list_comma_inside_a_body_cuts_it_in_two(nlp: Language) -> None:
    """ "the Ministry of Roads, Kelby Water and the council": two bodies, not one."""
    text = "The report went to the Ministry of Roads, Kelby Water and the council."
    kinds = labelled_kinds(nlp, text, [("Ministry of Roads, Kelby Water", "ORG")])
    assert kinds.get("Ministry of Roads") == ORG
    assert kinds.get("Kelby Water") == ORG
    assert "Ministry of Roads, Kelby Water" not in kinds


def test_partners_joined_after_the_last_comma_are_one_firm(nlp: Language) -> None:
    """ "Vell, Dorran & Pike": a firm named after its partners keeps its commas."""
    text = "The bank hired Vell, Dorran & Pike to advise on the sale."
    kinds = labelled_kinds(nlp, text, [("Vell, Dorran & Pike", "ORG")])
    assert kinds.get("Vell, Dorran & Pike") == ORG


def test_a_legal_form_after_a_comma_stays_in_the_name(nlp: Language) -> None:
    """ "Tarvo Mining, LLC": the legal form after the comma is part of the firm's name."""
    text = "The suit names Tarvo Mining, LLC as the owner of the mine."
    kinds = labelled_kinds(nlp, text, [("Tarvo Mining, LLC", "ORG")])
    assert "LLC" not in kinds
    assert any(name.startswith("Tarvo Mining") for name in kinds)
