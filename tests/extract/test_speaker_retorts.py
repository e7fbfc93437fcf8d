"""A verb of doing with a particle that makes it a retort reports the quote before it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_shot_back_reports_the_quote() -> None:
    """ "'...,' Mr Adair shot back": his retort, after her quote."""
    text = (
        "Council leader Ruth Melling clashed with opposition leader Colm Adair at the "
        "budget meeting.\n\n"
        "'It is easy to say that when you have never had to balance a budget,' she replied.\n\n"
        "'We balanced four of them,' Mr Adair shot back."
    )
    assert speakers(text)[-1][1] == "Colm Adair"


def test_hit_back_reports_the_quote() -> None:
    """ "'...,' the coach hit back": a retort by the one named."""
    text = (
        "Coach Ivo Sandell was asked about the fans who had booed his team.\n\n"
        "'They pay their money and they can say what they like,' Sandell hit back."
    )
    assert speakers(text)[-1][1] == "Ivo Sandell"


def test_words_quoted_in_the_claims_a_retort_answers_are_not_the_retorts() -> None:
    """Words quoted in the claims a retort answers ("'hired help'") get no speaker, not hers."""
    # "She hit back at claims she had treated staff as 'hired help'": the quoted words are the
    # claims'.
    text = (
        "Mayor Ann Vell defended her record at the meeting on Monday.\n\n"
        "Ms Vell also hit back at claims she had treated council staff as 'hired help'."
    )
    assert ("hired help", "Ann Vell") not in speakers(text)
