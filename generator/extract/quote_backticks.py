"""Typewriter quote marks of TeX and treebank copy: ``opened with two backticks''.

Some news archives keep text as TeX writes it or as the Penn Treebank tokenised it
(copies of news summarisation data sets among them): a double quote opens with two
backticks and closes with two straight single marks, and a single quote opens with one
backtick and closes with one straight mark (``He called it `absurd','' she said). No quote
mark family reads a backtick, so every such quote would be lost. In a text that opens
quotes so, each pair of backticks is an opening curly double and each pair of straight
singles a closing one: the treebank writes no other double marks, and two straight
singles never stand for an apostrophe. A backtick before a word opens a single quote that
the next straight mark not followed by a letter closes (one inside a word, "don't", is an
apostrophe). Treebank copy spaces every token: the spaces inside the marks go, and a
clitic split from its word ("club 's") is joined again, so that its mark opens nothing.
A text without a backtick is left as written. Only the text the parser
reads changes; the record's body keeps the seed's marks.
"""

from __future__ import annotations

import re

__all__ = ["curled_backticks"]

#: Two backticks: a double quote's opening mark in TeX and treebank copy.
_OPENING = "``"
#: A single quote's closing mark right before its double quote's: "`absurd'''".
_BOTH_CLOSING = "'''"
#: Two straight single marks: the closing mark that goes with two backticks.
_CLOSING = "''"
#: A single quote opened with one backtick before a word, up to the straight mark that
#: closes it: not one between letters ("don't"), and none after a letter or a backtick.
_SINGLE = re.compile(r"(?<![`\w])` ?(?=[^\s`])((?:[^`'\n]|'(?=\w))*?) ?'(?![\w'])")
#: A space between a mark and its words, as treebank copy spaces every token.
_INNER_SPACES = (("\u201c ", "\u201c"), (" \u201d", "\u201d"))
#: A clitic the treebank splits from its word ("club 's", "we 're"): its mark, spaced so,
#: would open a quote in a text that quotes with singles.
_CLITIC = re.compile(r"(?<=\w) (?='(?:s|re|ve|ll|d|m)\b)")


def curled_backticks(text: str) -> str:
    """``text`` with its TeX-style marks written curly (“ ” and ‘ ’) when it opens quotes
    with backticks; else ``text`` unchanged."""
    if "`" not in text:
        return text
    text = _CLITIC.sub("", text)
    if _OPENING in text:
        text = text.replace(_OPENING, "\u201c").replace(_BOTH_CLOSING, "'\u201d")
        text = text.replace(_CLOSING, "\u201d")
        for spaced, mark in _INNER_SPACES:
            text = text.replace(spaced, mark)
    return _SINGLE.sub("\u2018\\1\u2019", text)
