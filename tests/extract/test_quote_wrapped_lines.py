"""Archive text that kept a page's line breaks as " . ": a break before a capital inside
a quote that goes on into the speaker's next paragraph is a wrapped line of the speech,
not the writer's line, when the word after it is "I" or the line before it is the
paragraph's short first line."""

from __future__ import annotations

import pytest

from tests.extract.test_quote_runs import texts

#: (text, the quotes found): the speech's first paragraph is kept whole.
WRAPPED = {
    "i-after-a-long-line": (
        "Tobin Reys said the storm came at night. Flooded: the cellar of the Reys home . "
        "'After an hour in the rain . I found the cat asleep on a shelf in the . larder. "
        "'We were lucky,' he said.",
        "After an hour in the rain . I found the cat asleep on a shelf in the . larder. "
        "We were lucky",
    ),
    "name-after-a-two-word-line": (
        "Wenna Lowrie runs a cake stall in the square. "
        "'Last week . Derek from the market office came round with a letter. "
        "'He said the stall had to go,' she said.",
        "Last week . Derek from the market office came round with a letter. "
        "He said the stall had to go",
    ),
    "contraction-after-one-word": (
        "Ivo Saltash said: 'Honestly . I'm not sure the club wanted me at . all. "
        "'It was time to go,' he said.",
        "Honestly . I'm not sure the club wanted me at . all. It was time to go",
    ),
}


@pytest.mark.parametrize("case", sorted(WRAPPED))
def test_a_wrapped_line_of_the_speech_does_not_end_the_quote(case: str) -> None:
    """The break before "I", or after a paragraph's one- or two-word first line, goes on."""
    text, quote = WRAPPED[case]
    assert texts(text) == [quote]
