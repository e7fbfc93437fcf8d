"""An attribution tail after a long statement (", local officials said.") is cut from a
point even where the parser hangs the comma before the speaker on the statement."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.sentence_cuts import POINT_CUTS, cut


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (
            "Rebel fighters are quietly abandoning their last stronghold in the eastern "
            "hills, leaving the mountain pass open to advancing army units, local and "
            "foreign officials said.",
            "Rebel fighters are quietly abandoning their last stronghold in the eastern "
            "hills, leaving the mountain pass open to advancing army units.",
        ),
        (
            "Shipping firms are rapidly moving their tankers out of the strait, leaving "
            "the port almost empty of foreign vessels, industry and insurance sources said.",
            "Shipping firms are rapidly moving their tankers out of the strait, leaving "
            "the port almost empty of foreign vessels.",
        ),
    ],
)
def test_an_attribution_tail_goes_when_its_comma_hangs_on_the_statement(
    nlp: Language, sentence: str, statement: str
) -> None:
    """The point is the statement without ", ... sources said"."""
    assert cut(next(iter(nlp(sentence).sents)), POINT_CUTS) == statement
