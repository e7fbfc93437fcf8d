"""Run-together sentences are mended in the text the parser reads, and nothing else."""

from __future__ import annotations

import pytest

from generator.extract import extract, nlp_text
from generator.extract.sentence_joins import mend_joins
from generator.seeds import Seed


@pytest.mark.parametrize(
    ("joined", "mended"),
    [
        ("The vote failed.Ministers met at noon.", "The vote failed. Ministers met at noon."),
        ("Was it fair?Nobody knew.", "Was it fair? Nobody knew."),
        ("It ended in 2019.The talks", "It ended in 2019. The talks"),
        ("the new plan (in draft).Critics", "the new plan (in draft). Critics"),
        ("he said ‘never again.’Then she left", "he said ‘never again.’ Then she left"),
        ("We won!Fans cheered.", "We won! Fans cheered."),
        ("It closed in 2004.A buyer came", "It closed in 2004. A buyer came"),
        ("we lost.I think so", "we lost. I think so"),
        ("a raid in the UK.Officials said", "a raid in the UK. Officials said"),
        (
            "to ''stop moaning'' and work.''We have had it easy for years'', she says.",
            "to ''stop moaning'' and work. ''We have had it easy for years'', she says.",
        ),
        ("she said ''never again.''Then she left", "she said ''never again.'' Then she left"),
        ('the fees rose."It is unfair," she said.', 'the fees rose. "It is unfair," she said.'),
        ('she said "never again."Then she left', 'she said "never again." Then she left'),
        ("the fees rose.“It is unfair,” she said.", "the fees rose. “It is unfair,” she said."),
        ('a "fair deal".Ministers agreed.', 'a "fair deal". Ministers agreed.'),
        (
            'it "broke every rule"."We are angry," he said.',
            'it "broke every rule". "We are angry," he said.',
        ),
        ("a ‘fair deal’.Ministers agreed.", "a ‘fair deal’. Ministers agreed."),
    ],
)
def test_a_sentence_run_into_the_next_gets_its_space(joined: str, mended: str) -> None:
    """A sentence end glued to a capitalised word gets the space a scrape lost."""
    assert mend_joins(joined) == mended


@pytest.mark.parametrize(
    ("joined", "mended"),
    [
        ("solidarity over TarnsideHow Selby voters see it", "solidarity over Tarnside\nHow Selby"),
        ("Copy this linkThe mayor said", "Copy this link\nThe mayor said"),
        ("BBC Africa, KelbyThe party won", "BBC Africa, Kelby\nThe party won"),
        ("for their sonsMr Ames said", "for their sons\nMr Ames said"),
        ("Share this linkA review found", "Share this link\nA review found"),
    ],
)
def test_a_heading_run_into_a_sentence_is_put_on_its_own_line(joined: str, mended: str) -> None:
    """A heading's last word glued to the next sentence's first gets the line break it lost."""
    assert mend_joins(joined).startswith(mended)


@pytest.mark.parametrize(
    "text",
    [
        "his LinkedIn page, DeAndre Ames and the iPhone maker",
        "See example.com or bbc.co.uk/news for more.",
        "The U.S.A and the U.K. signed.",
        "Built on ASP.NET and Node.js by iPhone makers.",
        "Growth was 2.5 per cent. Prices rose.",
        "Wait... What happened?",
        "She asked: why?",
        "Shares of the firm, listed as MRLW.L, fell.",
        "See Plan 4.B and the A.I. rules.",
    ],
)
def test_text_that_is_no_join_stays_as_it_is(text: str) -> None:
    """Addresses, initials, acronyms, decimals and spaced sentences are left alone."""
    assert mend_joins(text) == text


def _seed(paragraph: str) -> Seed:
    return Seed(path="joined.txt", sha256="0" * 64, title="Port vote", paragraphs=(paragraph,))


def test_the_parser_reads_the_mended_text_and_the_body_keeps_the_seed() -> None:
    """A name right after a question is read whole; the seed's own text is not rewritten."""
    paragraph = (
        "Who will pay for the new bridge in Port Selby?Dana Whitlow, the mayor, said the "
        "town could not."
    )
    seed = _seed(paragraph)
    assert "Port Selby? Dana Whitlow" in nlp_text(seed)
    assert seed.text == paragraph
    (record,) = extract([seed])
    assert [p["name"] for p in record["people"]] == ["Dana Whitlow"]
    assert [p["name"] for p in record["places"]] == ["Port Selby"]


@pytest.mark.parametrize(
    ("joined", "mended"),
    [
        (
            'Ann Roke said: "The rents rose every year."We never saw the repairs," she said.',
            'Ann Roke said: "The rents rose every year. "We never saw the repairs," she said.',
        ),
        (
            'Ann Roke said: "We lost."We will try again," she said. Tom Vell said: "It is '
            'over."Mr Vell then left the hall.',
            'Ann Roke said: "We lost. "We will try again," she said. Tom Vell said: "It is '
            'over." Mr Vell then left the hall.',
        ),
    ],
)
def test_a_glued_mark_is_read_by_the_marks_around_it(joined: str, mended: str) -> None:
    """A glued mark in a quote opens a paragraph or closes the quote by the next mark."""
    # It opens the speech's next paragraph when the next mark closes after a word, and closes the
    # quote when the next mark opens one or none follows.
    assert mend_joins(joined) == mended


def test_words_in_the_first_person_between_glued_marks_go_on_with_the_speech() -> None:
    """Between two glued marks inside a quote, "we" says the speaker goes on, not the writer."""
    joined = 'Ann Roke said: "We lost."We will try again."Our team is strong," she said.'
    mended = 'Ann Roke said: "We lost. "We will try again. "Our team is strong," she said.'
    assert mend_joins(joined) == mended


def test_a_speech_run_over_lost_paragraph_breaks_keeps_its_speaker() -> None:
    """The second paragraph of a speech whose breaks were lost is quoted and keeps its speaker."""
    paragraph = (
        'The council closed the library in Tarland.Mayor Ann Roke said: "We had no money '
        'left for it."Our staff worked hard to keep the doors open, but the grant ended," '
        "she said.Tom Vell, a reader, said the town had lost its heart."
    )
    (record,) = extract([_seed(paragraph)])
    quotes = {q["text"]: q["speaker"] for q in record["quotes"]}
    assert quotes == {
        "We had no money left for it. Our staff worked hard to keep the doors open, but the "
        "grant ended": "Ann Roke"
    }
