"""Marks at a word's end that close no quote: a possessive after a closed quote, a dropped g.

A right single mark after an "s" and before a word may close a quote ("called them
'utter disgraces' in a letter") or be a plural possessive ("the players' union");
`quote_paragraph_marks` lets it close when the next single mark opens again. Right after
a mark that closed a single quote, nothing is left open for it to close but the outer
quote of a nested one, and an outer quote ends with the speech's own stop or comma, not
on a name's "s". So there it is a possessive: in flattened copy, where one paragraph
holds a speech's two paragraphs ("...every day. 'We are proud of him.' Mr Lowes' deputy
said the firm was 'overwhelmed'"), reading it as a close had made the speech's second
paragraph a quote nested in the first and run the speech on into the writer's words.

Speech written as it sounds drops the g of "-ing" and marks it ("we were goin' home",
"some guy had a frickin’ gun"): a mark after "in" and before a word, when the next
single mark of the paragraph closes again, stands in a quote for the lost letter (a
quote that did close there, "'in a lot of pain' on Monday", is followed by a mark that
opens the next quote, or by none). `quote_marks` reads each paragraph's marks with
`word_end_marks` before it pairs them.

In flattened copy a speech's first sentence may hold a plural possessive ("He said:
'The Smiths' dog barks all night. 'We have...") with the speech's next paragraph opening
after it in the same line. Right after the mark that opens a sentence of speech (after a
colon, a sentence's stop or at the paragraph's start), with no stop or comma between, a
mark of a possessive's shape before a word that no closed quote is followed by (a noun,
not "and" or "to") is the possessive when the next single mark opens the speech's next
sentence after a stop: a quote of a name's few words does not end on its "s".
"""

from __future__ import annotations

import re

from generator.extract.quote_mark_roles import CLOSE, OPEN, SINGLE
from generator.extract.quote_paragraph_marks import Mark

__all__ = ["word_end_marks"]

#: Letters a plural possessive's word ends with before the mark: the players', Jones', Sanchez'.
_POSSESSIVE_ENDS = "sSzZ"
#: Fewest letters of a word with a dropped g before its mark, "in" included: "doin'".
_MIN_DROPPED_G_WORD = 4
#: How far back the word before the mark is read: longer than any such word.
_MAX_WORD = 20


def word_end_marks(text: str, marks: list[Mark], hi: int) -> list[Mark]:
    """The paragraph's marks without the closing single marks that are a possessive right
    after another closing single mark or in a flattened speech's first sentence
    (`_in_first_sentence`), or a dropped g before one (`_dropped_g`)."""
    kept: list[Mark] = []
    previous: Mark | None = None
    singles = [m for m in marks if m.family == SINGLE]
    for index, mark in enumerate(singles):
        after = singles[index + 1] if index + 1 < len(singles) else None
        if (
            previous is not None
            and _possessive(text, mark, hi)
            and (previous.role == CLOSE or _in_first_sentence(text, previous, mark, after))
        ):
            continue
        previous = mark
        kept.append(mark)
    if len(singles) < len(marks):
        kept = sorted([*kept, *(m for m in marks if m.family != SINGLE)], key=lambda m: m.at)
    following: Mark | None = None
    dropped: set[int] = set()
    for mark in reversed(kept):
        if mark.family != SINGLE:
            continue
        if following is not None and following.role == CLOSE and _dropped_g(text, mark, hi):
            dropped.add(mark.at)
            continue
        following = mark
    return [m for m in kept if m.at not in dropped] if dropped else kept


def _before_a_word(text: str, mark: Mark, hi: int) -> bool:
    """Whether a closing single mark stands between a letter and a space and a word."""
    at = mark.at
    return mark.role == CLOSE and at + 2 < hi and text[at + 1] == " " and text[at + 2].isalnum()


def _possessive(text: str, mark: Mark, hi: int) -> bool:
    """Whether a closing single mark has a plural possessive's shape: "Lowes' statement"."""
    return text[mark.at - 1] in _POSSESSIVE_ENDS and _before_a_word(text, mark, hi)


def _in_first_sentence(text: str, opening: Mark, mark: Mark, following: Mark | None) -> bool:
    """Whether a possessive-shaped ``mark`` stands in the first sentence of a speech that
    ``opening`` opens after a colon, a stop or nothing, and the ``following`` single mark
    opens the speech's next sentence: "said: 'The Smiths' dog barks. 'We...'"."""
    if opening.role != OPEN or following is None or following.role != OPEN:
        return False
    lead = text[max(0, opening.at - 3) : opening.at].rstrip()
    if lead[-1:] not in ("", ":", ".", "!", "?") or _SENTENCE_STOPS.search(
        text, opening.at, mark.at
    ):
        return False
    word = _NEXT_WORD.match(text, mark.at + 1)
    return (
        word is not None
        and word.group(1) not in _FUNCTION_WORDS
        and text[following.at - 2 : following.at] in (". ", "? ", "! ")
    )


#: Marks of a sentence's end or a clause's, inside the speech before the possessive.
_SENTENCE_STOPS = re.compile(r"[.,!?;:\u2026]")
#: The word after a mark: "dog" in "Smiths' dog".
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
#: Words that follow a closed quote's mark, not a possessive's: "'Bloody Yanks' and left".
_FUNCTION_WORDS_LIST = (
    "and or but nor to as at in on of for with from by into than then so because if when "
    "while before after that which who whom he she it they we you i is was are were has "
    "had have be been said says told"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_LIST.split())


def _dropped_g(text: str, mark: Mark, hi: int) -> bool:
    """Whether a closing single mark ends a small word in "in" before a small word:
    "goin' home", "nothin’ we"."""
    at = mark.at
    word = text[max(0, at - _MAX_WORD) : at].rsplit(None, 1)[-1] if at else ""
    return (
        len(word) >= _MIN_DROPPED_G_WORD
        and word.endswith("in")
        and word.isalpha()
        and word.islower()
        and _before_a_word(text, mark, hi)
        and text[at + 2].islower()
    )
