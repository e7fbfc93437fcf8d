"""The adjective "New" that opens a sentence before an office, read into a body's name: "New
Transport Secretary Ana Lisk said", "New Irish envoy Dan Mey arrived".

At a sentence's start "New" is capitalised whether it is the adjective ("newly appointed")
or part of a name ("New Holland", "New Labour"). Before a title and a person's name it is
the adjective when the rest of the name is only what qualifies the title: portfolios
("Transport", "Home"), a nationality ("Irish"), or words the text writes elsewhere on
their own. Then "New" is cut off, and the portfolio is read as part of the title, as it is
in the middle of a sentence. A name that is a place with "New" ("New Zealand", "New York
Police"), a body the tables know, or one the text writes with "New" elsewhere than at a
sentence's start, is left alone. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Lexicon, normalize
from generator.extract.mentions import place_named, writings
from generator.extract.sentence_openers import opens_sentence

#: Lower-case words that may stand between the name and the title: "New European
#: commission president".
_REACH = 2


def _place_with_new(span: Span, lex: Lexicon) -> bool:
    """Whether "New" and the words after it begin a place's name: "New York", "New South
    Wales"."""
    for end in range(2, len(span) + 1):
        text = span[:end].text
        if place_named(text, lex) is not None or gazetteer().lookup(text) is not None:
            return True
    return False


def _title_follows(span: Span, lex: Lexicon) -> bool:
    """Whether a title and a capitalised word follow the name, over a few lower-case words:
    "... Secretary Ana", "... commission president Jo"."""
    doc = span.doc
    for i in range(span.end, min(span.end + _REACH + 1, len(doc) - 1)):
        word = doc[i]
        if word.lower_ in lex.role_words:
            return doc[i + 1].is_title
        if not (word.is_lower and word.is_alpha):
            return False
    return False


def _qualifies(rest: Span, lex: Lexicon) -> bool:
    """Whether the words after "New" only qualify a title: portfolios, a nationality, or
    words written elsewhere not after "New"."""
    if all(t.lower_ in lex.portfolios or t.lower_ in lex.role_words for t in rest):
        return True
    if len(rest) == 1 and normalize(rest.text) in lex.demonyms:
        return True
    doc = rest.doc
    found = writings(doc, tuple(t.text for t in rest), range(len(doc)))
    return any(w.start == 0 or doc[w.start - 1].text != "New" for w in found)


def _new_elsewhere(span: Span) -> bool:
    """Whether the whole name is written somewhere not at a sentence's start."""
    doc = span.doc
    found = writings(doc, tuple(t.text for t in span), range(len(doc)))
    return any(not opens_sentence(doc[w.start]) for w in found)


def without_opening_new(span: Span, lex: Lexicon) -> Span:
    """The span without a sentence's opening adjective "New" before a title (see the
    module's doc); the span itself otherwise."""
    if len(span) < 2 or span[0].text != "New" or span.label_ != "ORG":
        return span
    if not opens_sentence(span[0]) or not _title_follows(span, lex):
        return span
    if normalize(span.text) in lex.organizations or _place_with_new(span, lex):
        return span
    rest = span.doc[span.start + 1 : span.end]
    if not _qualifies(rest, lex) or _new_elsewhere(span):
        return span
    rest.label_ = span.label_
    rest.id_ = span.id_
    return rest
