"""A news agency named right before the words "news agency", which the model left out or
read as a people's word: "the domestic Harvik news agency said", "Harvik reported".

Wire stories cite agencies this way all the time. The model tags a known agency's name with
the lower-case words ("Dorvana news agency", cut to "Dorvana" by `name_spans`), but an
unfamiliar one it leaves untagged or reads as a nationality (NORP), and the record loses the
body. The shape says it is the agency's own name: proper nouns right before lower-case
"news agency", no people's word, country or region of the tables (the "Iranian news agency"
is a nation's agency, not named), no entity of the model's running past them, and no name
right after ("the Quorvan news agency Velta": the name is Velta's, the word before a nation's).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import lexicon, normalize
from generator.extract.mentions import writings
from generator.extract.nlp import text_of

#: "news agency" written in lower case after a capital: one pass over a text finds them all.
_AGENCY = re.compile(r"(?<=[A-Za-z] )news agenc(?:y|ies)\b")
#: Model labels that a name's words may carry and still be read here: none, or a people's
#: word ("Harvik" read as NORP, which `classify` drops unless it names a people in the
#: plural). A person or a place the model read stays its reading.
_READ_LABELS = frozenset({"", "NORP"})
#: Most words of an agency's name before "news agency".
_MOST_WORDS = 3


def agency_names(doc: Doc) -> list[Span]:
    """Every writing of an agency's name that "news agency" follows (see the module) and the
    model left untagged, and that name before "news agency", as organization spans."""
    text = text_of(doc)
    if "news agenc" not in text:
        return []  # most documents cite no agency so: nothing else is read
    names: dict[tuple[str, ...], Span] = {}
    for found in _AGENCY.finditer(text):
        news = doc.char_span(found.start(), found.start() + len("news"))
        if news is None:
            continue
        after = news.end + 1  # the word after "agency"
        if after < len(doc) and _name_word(doc[after]):
            continue  # "the Quorvan news agency Velta": the name comes after
        name = _name_before(doc, news.start)
        if name is not None:
            names.setdefault(tuple(t.text for t in name), name)
    out: list[Span] = []
    for words, cited in names.items():
        spans = [cited] + [
            s for s in writings(doc, words) if s.start != cited.start and _untagged(s)
        ]
        for span in spans:
            body = Span(doc, span.start, span.end, label="ORG")
            out.append(body)
    return out


def _name_word(token: Token) -> bool:
    """A proper noun of a name: "Harvik", "Tass" of "Itar-Tass"."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _name_before(doc: Doc, end: int) -> Span | None:
    """The agency's name that ends right before ``end`` (the index of "news"), or None."""
    start = end
    while start > 0 and end - start < _MOST_WORDS:
        token = doc[start - 1]
        if _name_word(token):
            start -= 1
        elif token.text == "-" and not token.whitespace_ and start - 2 >= 0:
            if not _name_word(doc[start - 2]) or doc[start - 2].whitespace_:
                break
            start -= 2  # "Itar-Tass"
        else:
            break
    if start == end:
        return None
    name = doc[start:end]
    if any(t.ent_type_ not in _READ_LABELS for t in name):
        return None  # the model's own body, a date or a number
    if any(t.ent_iob_ == "I" for t in (name[0], doc[end])):
        return None  # an entity of the model's runs past the name's ends
    lex, key = lexicon(), normalize(name.text)
    if key in lex.demonyms or key in lex.groups or lex.place(name.text) is not None:
        return None  # "the Iranian news agency", "the Gulf news agency": no agency's name
    return name


def _untagged(span: Span) -> bool:
    """Whether the model left every word of the span out of its entities."""
    return all(t.ent_iob_ == "O" for t in span)
