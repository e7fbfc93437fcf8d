"""The pronoun search and scene-setting sentences about things ("The spring was dry"):
they name no one the pronoun could be, so a few of them do not use up the sentences the
search reads back; a sentence about people still does."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_sentences_about_weather_and_money_do_not_end_the_search() -> None:
    """Sentences about weather and money do not end the search: "he said" is Penhallow."""
    # 'Orchard owner Silas Penhallow ... The frost came late. ... "...," he said'.
    text = (
        "Orchard owner Silas Penhallow has grown apples outside Kelmer for forty years.\n\n"
        "The frost came late this April. Most of the blossom turned brown overnight. "
        "The apple price fell again in the autumn. The bank wants its loan back by March.\n\n"
        '"I have never seen a season go wrong so quickly," he said.'
    )
    assert speakers(text)[-1][1] == "Silas Penhallow"


def test_a_sentence_about_people_between_still_counts() -> None:
    """Sentences about officials and neighbours between: "he" may be one of them, so no speaker."""
    text = (
        "Orchard owner Silas Penhallow has grown apples outside Kelmer for forty years.\n\n"
        "Officials inspected the orchards this April. Neighbours signed a petition. "
        "Inspectors returned in the autumn. A buyer walked away in March.\n\n"
        '"I have never seen a season go wrong so quickly," he said.'
    )
    assert speakers(text)[-1][1] is None
