"""A stop after a sum in millions ends the sentence: "m." is no abbreviation."""

from __future__ import annotations

import pytest

from generator.extract.nlp import load_nlp


@pytest.mark.parametrize(
    "text",
    [
        "The deal is worth \u00a3400m.\n\nShares in Tarnex rose 8%.",
        "The club paid \u00a35m. The fans were delighted.",
        "She ran the 400m. She won it easily.",
    ],
)
def test_a_sum_in_millions_ends_its_sentence(text: str) -> None:
    """ "worth \u00a3400m. Shares rose" is two sentences, and "m" stays with its number."""
    doc = load_nlp()(text)
    assert len(list(doc.sents)) == 2
    assert "m." not in [t.text for t in doc]


def test_times_and_abbreviations_keep_their_stops() -> None:
    """ "7 p.m.", "5 a.m." and "v." are still one word each and end no sentence."""
    doc = load_nlp()("The race was run at 7 p.m. on Monday in Roe v. Wade Park.")
    assert len(list(doc.sents)) == 1
    assert {"p.m.", "v."} <= {t.text for t in doc}
