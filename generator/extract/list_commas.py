"""Bodies the model reads across a list's comma as one: "the Ministry of Roads, Kelby Water
and the council" gives one organization "Ministry of Roads, Kelby Water". Cut at the comma,
each side is a name of its own.

A comma stays inside a name that ends in its legal form ("Tarvo Mining, LLC") or that
joins partners' names with "&" or "and" after the last comma ("Vell, Dorran & Pike",
"Ames, Roe and Co."): a firm named after its partners. A list of places is left to
`place_lists`, which also finds the list's last place when the model left it out.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import Lexicon
from generator.extract.place_lists import split_places

__all__ = ["split_at_list_commas"]

#: Words of a firm's legal form or a name's generation, written after a comma.
_AFTER_COMMA_IN_A_NAME = frozenset(
    {"inc", "ltd", "llc", "llp", "lp", "co", "corp", "plc", "sa", "ag", "nv", "gmbh"}
    | {"pty", "bhd", "spa", "jr", "sr"}
)


def split_at_list_commas(span: Span, lex: Lexicon) -> list[Span]:
    """An organization's span across a list's comma as the names on each side; any other
    span, and a list of places, whole."""
    if span.label_ != "ORG" or "," not in span.text or split_places(span, lex) is not None:
        return [span]
    commas = [t.i for t in span[1:-1] if t.text == ","]
    if not commas or _partners_joined(span, commas[-1]):
        return [span]
    doc = span.doc
    if not all(_opens_a_name(doc[comma + 1]) for comma in commas):
        return [span]
    out = []
    start = span.start
    for cut in [*commas, span.end]:
        part = doc[start:cut]
        if any(_capitalised(t) for t in part):
            part.label_ = span.label_
            out.append(part)
        start = cut + 1
    return out


def _partners_joined(span: Span, last_comma: int) -> bool:
    """Whether "&" or "and" follows the last comma: partners' names, one firm."""
    return any(t.lower_ in ("&", "and") for t in span.doc[last_comma + 1 : span.end])


def _opens_a_name(word: Token) -> bool:
    """Whether the word after a comma opens another name, not a firm's legal form."""
    return _capitalised(word) and word.lower_.rstrip(".") not in _AFTER_COMMA_IN_A_NAME


def _capitalised(word: Token) -> bool:
    return word.is_alpha and (word.is_title or word.is_upper)
