"""Sentences that a scrape ran together: "the plan failed.Ministers said" -> "failed. Ministers".

Pages whose paragraphs lost their breaks join one sentence's end to the next one's
start with no space. The parser then reads "failed.Ministers" as one token and the
NER finds names such as "Ukraine?The". Only the text the parser reads is mended; the
record's body keeps the seed's text as it came.

A join is mended only where it cannot be anything else: a lower-case letter, a digit
or a closing bracket, then ". ? !" (and any closing quote marks), then a capital and
a lower-case letter. Web addresses ("example.com", "bbc.co.uk/news"), initials and
acronyms ("U.S.A", "ASP.NET") and decimals never match.
"""

from __future__ import annotations

import re

_JOIN = re.compile(r"(?<=[a-z0-9)\]])([.?!]+[\"'’”]*)(?=[A-Z][a-z])")


def mend_joins(text: str) -> str:
    """``text`` with a space after each sentence end that runs into the next sentence."""
    return _JOIN.sub(r"\1 ", text)
