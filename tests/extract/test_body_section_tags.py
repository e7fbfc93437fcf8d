"""A wire headline's section tag ("SOCCER-") is no part of the name after it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG, PLACE
from tests.extract.conftest import labelled_kinds


def test_the_tag_run_into_a_club_is_cut_off(nlp: Language) -> None:
    """ "SOCCER-Kelby Rovers beat Tarnby": the club is Kelby Rovers."""
    text = "SOCCER-Kelby Rovers beat Tarnby in the cup"
    kinds = labelled_kinds(nlp, text, [("SOCCER-Kelby Rovers", "ORG")])
    assert kinds.get("Kelby Rovers") == ORG
    assert "SOCCER-Kelby Rovers" not in kinds


def test_the_tag_alone_is_no_name(nlp: Language) -> None:
    """ "CRICKET-India beat Kelbia": the sport's word names nothing."""
    text = "CRICKET-India beat Kelbia by six wickets"
    kinds = labelled_kinds(nlp, text, [("CRICKET", "ORG"), ("India", "GPE")])
    assert "CRICKET" not in kinds and "Cricket" not in kinds
    assert kinds.get("India") == PLACE
