"""An untagged two-word name after a noun for a person, as a verb's subject, is a person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_stage_name_after_a_persons_noun_is_a_person(nlp: Language) -> None:
    """ "the drummer Big Quorrel has left": no table lists "Big", but the noun makes it a name."""
    text = "The drummer Big Quorrel has left the band after a row."
    kinds = labelled_kinds(nlp, text, [])
    assert kinds.get("Big Quorrel") == "person"


def test_a_pair_after_a_noun_of_a_trade_at_the_start_is_a_person(nlp: Language) -> None:
    """ "Developer Ysella Marrick built the app": an unlisted given name is still hers."""
    text = "Developer Ysella Marrick built the app in a month. Marrick says it has many users."
    kinds = labelled_kinds(nlp, text, [])
    assert kinds.get("Ysella Marrick") == "person"
