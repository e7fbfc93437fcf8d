"""A name after a year in a noun phrase of "a" or "his" is a product's model: "a silver 2014
Tarrow Sprite", "his 1967 Kelso". Bodies and people are never written so.

A vehicle or a gadget is described by its model year between its article and its make and
model ("pulled up in a maroon 2003 Tarrow Sprite"), and the model often reads the make and
model as an organization. When the name heads such a phrase (no noun follows it: "the 2016
Ames campaign" is a campaign, and "Ames" someone's), it is a thing. General words only.
"""

from __future__ import annotations

from spacy.tokens import Span

#: Words that open the noun phrase of one thing: "a", "his", "their".
_DETERMINERS = frozenset({"a", "an", "his", "her", "their", "its", "my", "our", "your"})
#: How many words (a colour, a make's adjective) may stand between the article and the year.
_REACH = 2


def _model_year(text: str) -> bool:
    """Whether a word is a year a model may bear: "1967", "2014"."""
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def model_year_name(span: Span) -> bool:
    """Whether the name heads "a [words] <year> <name>": "a maroon 2003 Tarrow Sprite"; not
    "the 2016 Ames campaign", "in 2003 Tarrow Sprite said"."""
    doc = span.doc
    year = span.start - 1
    if year < 1 or not _model_year(doc[year].text):
        return False
    if span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False  # the name qualifies a noun: "the 2016 Ames campaign"
    for i in range(year - 1, max(year - 2 - _REACH, -1), -1):
        if doc[i].lower_ in _DETERMINERS:
            return True
        if not doc[i].is_alpha:
            return False
    return False
