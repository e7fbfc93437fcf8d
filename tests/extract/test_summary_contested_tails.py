"""A tail that says a claim is still contested (", a jury heard.", ", prosecutors alleged.")
stays in the summary and the points: cut off, the claim would read as fact."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.sentence_cuts import POINT_CUTS, SUMMARY_CUTS, cut

HEARD = "The driver had drunk six pints before he set off for Penwick, a jury heard."
ALLEGED = "The treasurer moved the club's savings into his own account, prosecutors alleged."
RULED = "The ferry toll on the Tavy crossing breaks the law, a judge has ruled."


@pytest.mark.parametrize("sentence", [HEARD, ALLEGED])
def test_the_summary_keeps_a_contested_tail(nlp: Language, sentence: str) -> None:
    """The summary keeps who makes a claim that a court or a side has yet to prove."""
    kept = cut(next(iter(nlp(sentence).sents)), SUMMARY_CUTS)
    assert kept is None or kept.endswith(sentence.rsplit(",", 1)[1])


def test_a_point_keeps_an_alleging_tail(nlp: Language) -> None:
    """A key point keeps ", prosecutors alleged." although "alleged" is a verb of saying."""
    assert cut(next(iter(nlp(ALLEGED).sents)), POINT_CUTS) is None


def test_a_ruling_tail_is_still_cut(nlp: Language) -> None:
    """What a judge has ruled is settled: the summary states it without the tail."""
    assert cut(next(iter(nlp(RULED).sents)), SUMMARY_CUTS) == (
        "The ferry toll on the Tavy crossing breaks the law."
    )
