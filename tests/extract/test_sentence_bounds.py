"""A quote mark that closes a paragraph's last sentence stays with that sentence; a quoted
question stays with the attribution that follows it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.summary import digest

_LEAD = "Train drivers will walk out next week after talks with rail firms collapsed.\n\n"


@pytest.mark.parametrize("mark", ['"', "\u201d", "'"])
def test_a_closing_mark_at_a_paragraphs_end_ends_its_sentence(nlp: Language, mark: str) -> None:
    """'... refused to move."' then a new paragraph: the mark is the quoted sentence's last."""
    opening = {'"': '"', "\u201d": "\u201c", "'": "'"}[mark]
    quoted = f"Union leader Ann Vell said: {opening}The firms have refused to move.{mark}"
    doc = nlp(_LEAD + quoted + "\n\nA spokesman for the firms said the walkout was needless.")
    sentences = [s.text.strip() for s in doc.sents]
    assert quoted in sentences
    assert sentences[-1] == "A spokesman for the firms said the walkout was needless."


def test_a_quoted_key_point_keeps_its_closing_mark(nlp: Language) -> None:
    """The key point of a quoted sentence ends with the mark that closes the quotation."""
    text = (
        _LEAD
        + "The strike will hit services on Thursday and Saturday across the whole network.\n\n"
        + 'Union leader Ann Vell said: "We have bent over backwards, but the firms have not.'
        + '"\n\nA spokesman for the firms said the walkout was not needed at all.'
    )
    points = digest(nlp(text)).key_points
    assert 'Union leader Ann Vell said: "We have bent over backwards, but the firms have not."' in (
        points
    )


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "\u201cWho pays for the repairs?\u201d Ann Vell asked the council on Monday.",
            ["\u201cWho pays for the repairs?\u201d Ann Vell asked the council on Monday."],
        ),
        (
            "\u2018Who pays for the repairs?\u2019 asked Ann Vell at the meeting.",
            ["\u2018Who pays for the repairs?\u2019 asked Ann Vell at the meeting."],
        ),
        (
            '"Who pays for the repairs?" The council has not said.',
            ['"Who pays for the repairs?"', "The council has not said."],
        ),
    ],
)
def test_a_quoted_question_stays_with_its_speaker(
    nlp: Language, text: str, sentences: list[str]
) -> None:
    """'"Why?" Ann Vell asked the crowd.' is one sentence; one naming no speaker still starts."""
    # A new sentence after the question that names no speaker still starts.
    assert [s.text.strip() for s in nlp(_LEAD + text).sents][1:] == sentences
