"""Quoted words set before a noun as its name ("the ‘two-bin rule’ order") are no quote;
quoted adjectives there are a speaker's judgement and stay (`quote_modifiers`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def _texts(text: str) -> list[str]:
    return [quote for quote, _ in speakers(text)]


def test_a_quoted_scheme_name_before_its_noun_is_no_quote() -> None:
    """the new ‘pay as you throw’ scheme, the ‘fair share for all’ plans: names."""
    text = (
        "The new ‘pay as you throw’ scheme will start next spring, council chiefs "
        "confirmed yesterday.\n\nHouseholds will be charged under the ‘fair share for "
        "all’ plans, Rowena Tapping said."
    )
    assert _texts(text) == []


def test_a_quoted_slogan_in_double_marks_before_its_noun_is_no_quote() -> None:
    """the “wait and see” approach: a name in Reuters' double marks too."""
    text = (
        "The Chamber of Trade said the “wait and see” approach had cost members dearly. "
        "“Firms need certainty now,” its director, Hattie Moss, said."
    )
    assert _texts(text) == ["Firms need certainty now"]


def test_quoted_adjectives_before_a_noun_stay_a_quote() -> None:
    """an ‘utterly reckless and unlawful’ policy: the speaker's own judgement."""
    text = (
        "Opposition councillor Idris Balogun attacked the ‘utterly reckless and "
        "unlawful’ policy in a speech on Monday."
    )
    assert _texts(text) == ["utterly reckless and unlawful"]


def test_a_quoted_hyphened_adjective_before_a_noun_stays_a_quote() -> None:
    """a ‘thoroughly ill-judged’ decision: the last word an adjective, in pieces."""
    text = (
        "Opposition councillor Idris Balogun attacked the ‘thoroughly ill-judged’ "
        "decision in a speech on Monday."
    )
    assert _texts(text) == ["thoroughly ill-judged"]


def test_quoted_words_opened_by_an_adverb_stay_a_quote() -> None:
    """an ‘unswervingly Green Party’ programme: a judgement, though it ends in a name."""
    text = (
        "Opposition councillor Idris Balogun promised an ‘unswervingly Green Party’ "
        "programme in a speech on Monday."
    )
    assert _texts(text) == ["unswervingly Green Party"]
