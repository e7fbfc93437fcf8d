"""Marks the model misreads are written for the parser as it reads them, never shown so."""

from __future__ import annotations

from generator.extract import extract, load_nlp
from generator.extract.nlp import with_text
from generator.extract.parser_marks import for_parser
from generator.seeds import Seed


def _record(*paragraphs: str) -> dict[str, object]:
    seed = Seed(path="x.txt", sha256="0" * 64, title="Rota plans", paragraphs=paragraphs)
    return extract([seed])[0]


def test_plural_mark_before_a_word_is_straight_for_the_parser() -> None:
    """The mark after a plural's "s" and before a word becomes the typewriter mark."""
    assert for_parser("the head nurses\u2019 union said") == "the head nurses' union said"


def test_mark_inside_an_open_single_quote_is_kept() -> None:
    """Inside a quote opened with a single mark, the mark may close it: left as written."""
    text = "\u2018We want the bosses\u2019 answer,\u2019 she said."
    assert for_parser(text) == text


def test_mark_between_letters_and_closing_marks_are_kept() -> None:
    """Contractions and a mark at a paragraph's end are not a plural's apostrophe."""
    text = "It\u2019s the players\u2019.\nThey\u2019re late."
    assert for_parser(text) == text


def test_guillemets_are_curly_marks_for_the_parser() -> None:
    """Guillemets become the curly marks of their family and side, one character for one."""
    assert for_parser("\u00abGo,\u00bb he said, \u2039no\u203a.") == (
        "\u201cGo,\u201d he said, \u2018no\u2019."
    )


def test_speaker_after_a_guillemet_quote_is_found_and_marks_kept() -> None:
    """ "«...,» says Welk" gives the quote to Welk; the body keeps its guillemets."""
    paragraph = (
        "\u00abWe see forty patients a night, and most have nowhere else to go,\u00bb says "
        "Welk, who opened the clinic in 2015."
    )
    record = _record("Dr Anna Welk runs the night clinic on Tarn Street.", paragraph)
    assert record["quotes"] == [
        {
            "text": "We see forty patients a night, and most have nowhere else to go",
            "speaker": "Anna Welk",
        }
    ]
    assert paragraph in str(record["body"])


def test_role_holds_the_plural_owner_and_fields_keep_the_curly_mark() -> None:
    """The role runs past "nurses’"; the key points keep the seed's curly marks."""
    record = _record(
        "Mary Venn, general secretary of the head nurses\u2019 union, said the rota was unfair.",
        "She said the board had ignored the nurses\u2019 warnings for months.",
    )
    people = record["people"]
    assert isinstance(people, list)
    assert people[0]["role"] == "general secretary of the head nurses' union"
    assert record["key_points"] == [
        "Mary Venn, general secretary of the head nurses\u2019 union, said the rota was unfair.",
        "Mary Venn said the board had ignored the nurses\u2019 warnings for months.",
    ]


def test_parse_laid_over_the_seed_text_is_the_same_parse() -> None:
    """`with_text` keeps each token's tag, head, label, entity and sentence over the seed's text."""
    text = "The farmers\u2019 union met Ann Pole in Leeds. Growers\u2019 groups walked out."
    parsed = load_nlp()(for_parser(text))
    restored = with_text(parsed, text)
    assert restored.text == text
    assert [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in restored] == [
        (t.tag_, t.dep_, t.head.i, t.ent_type_) for t in parsed
    ]
    assert [s.start for s in restored.sents] == [s.start for s in parsed.sents]
