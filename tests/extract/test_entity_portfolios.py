"""Portfolios joined before a minister's title name no organization."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled


def test_a_portfolio_before_an_unlisted_one_is_no_body(nlp: Language) -> None:
    """ "Finance" of "Finance and Mines Minister Tom Vell" is part of his title, no body."""
    from generator.extract.entities import extract_entities

    text = "Talks went well, Finance and Mines Minister Tom Vell said on Monday."
    doc = labelled(nlp, text, [("Finance", "ORG"), ("Tom Vell", "PERSON")])
    kinds = {entity.name: entity.kind for entity in extract_entities(doc)}
    assert "Finance" not in kinds
    assert kinds.get("Tom Vell") == "person"


def test_a_body_before_a_lower_case_title_stays(nlp: Language) -> None:
    """ "Finance and Mines Board chairman" has no capitalised title: the rule keeps out."""
    from generator.extract.lexicon import lexicon
    from generator.extract.title_qualifiers import _portfolios_before_title

    doc = nlp("Talks went well, the Finance and Mines Board chairman Tom Vell said.")
    assert not _portfolios_before_title(doc[4:5], lexicon())
