"""Quote marks that are not what they look like: apostrophes and speech broken off.

The short form of a year (’70s, '99), the marks around the "n" of "rock ’n’ roll", and
a mark right after words broken off by a dash ("I went –'"): `quote_marks` reads a
single mark with these tests before it pairs marks. Marks after "so-called" set off a
name others use, and marks after "titled" or "headlined" a work's title, however long,
not words someone said (`so_called_before`). Words in
capitals right after a verb of voicing ("shouting ‘Holy Moses’", "chanted 'Save Our
Pool'") are words cried out, not a name of a work, however they are cased
(`voiced_before`).
"""

from __future__ import annotations

import re

__all__ = ["cut_off", "decade", "n_elision", "so_called_before", "voiced_before"]

#: Two digits of a year after an apostrophe: ’70s, '99 (not ‘100 per cent’, ‘2,000).
_DECADE = re.compile(r"\d\ds?(?![\w,.]\d|\d)")


#: A right mark that closes quoted words: after a word or a stop, before no letter.
_CLOSING_RIGHT_MARK = re.compile(r"(?<=[\w.,!?])\u2019(?![\w])")


def decade(text: str, at: int, hi: int) -> bool:
    """Whether the two digits of a year's short form start at ``at``: ’70s, '99. The form
    is typed with the right mark, though keyboards often curl it to the left ("in ‘79"),
    so a left mark before two digits is a year unless a right mark closes quoted words
    later before ``hi``: then it opens a quote ("fighting ‘31 fires across the hills’")."""
    found = _DECADE.match(text, at, hi)
    if found is None:
        return False
    if at > 0 and text[at - 1] == "\u2018" and not found[0].endswith("s"):
        return _CLOSING_RIGHT_MARK.search(text, found.end(), hi) is None
    return True


def _space(char: str) -> bool:
    return char == "" or char.isspace()


def cut_off(text: str, at: int, lo: int) -> bool:
    """Words broken off by a dash right before the mark: "I went –'", "I went—'", "never – ’"."""
    window = text[max(lo, at - 4) : at]  # word, at most one space, dash, at most one space
    before = window.rstrip(" ")
    if len(window) - len(before) > 1 or not before or before[-1] not in "-\u2013\u2014":
        return False
    words = before[:-1].rstrip(" ")
    return bool(words) and len(before) - 1 - len(words) <= 1 and words[-1].isalnum()


def n_elision(text: str, at: int, lo: int, hi: int) -> bool:
    """rock ’n’ roll: the marks around a lone "n" between spaces."""
    opening = text[at + 1 : at + 3]
    closing = text[max(lo, at - 2) : at]
    return (
        len(opening) == 2
        and opening[0] in "nN"
        and opening[1] in "'\u2019"
        and (at + 3 >= hi or _space(text[at + 3]))
    ) or (
        len(closing) == 2
        and closing[1] in "nN"
        and closing[0] in "'\u2018\u2019"
        and (at + 1 >= hi or _space(text[at + 1]))
    )


#: "so-called" or "so called", then the opening mark: "the so-called ‘green belt towns’";
#: or a verb that gives a work its title: "a blog post titled ‘Why I Left, and What I
#: Found There’", "an essay entitled", "a column headlined".
_SO_CALLED = re.compile(r"\b(?:so[- ]called|(?:en)?titled|headlined)\s*\W?$", re.IGNORECASE)


def so_called_before(text: str, first: int) -> bool:
    """Whether "so-called", or a verb that titles a work, stands right before the quoted
    words that start at ``first``: a name, however long, not words someone said."""
    return _SO_CALLED.search(text, max(0, first - 16), first) is not None


#: A verb of voicing words aloud, then the opening mark: "shouting ‘Holy Moses’"; or of
#: tweeting them, words of one's own too ("tweeted ‘Welcome Home Lads’"). Verbs that name
#: ("called", "dubbed", "titled") or sing are left out: a name or a song follows.
_VOICED = re.compile(
    r"\b(?:shout|yell|scream|shriek|chant|cry|cried|exclaim|bellow|holler|mutter|"
    r"whisper|say|said|sa(?:ys|ying)|(?:re)?tweet)(?:s|ed|ing)?,?\s+\W?$",
    re.IGNORECASE,
)


def voiced_before(text: str, first: int) -> bool:
    """Whether a verb of voicing stands right before the quoted words that start at
    ``first``: the words are said aloud, not a title."""
    return _VOICED.search(text, max(0, first - 24), first) is not None
