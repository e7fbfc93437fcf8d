"""A role under a name that heads its own paragraph: "2. Jo Roe, 41" then "The
harbour pilot from Leeds ...".

Features that list people give each a heading line of the name (maybe numbered, maybe
with an age) and open the paragraph below it with a definite description of that
person. The parser often runs the two lines into one sentence, making the description
an appositive of the name or a second subject of its verb, across the paragraph break
that `roles.appositive` will not cross.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import Lexicon
from generator.extract.role_context import SUBJECTS
from generator.extract.role_nouns import names_someone
from generator.extract.role_phrases import role_phrase

__all__ = ["under_heading"]


def _breaks(token: Token) -> bool:
    """Whether a paragraph break comes right after ``token`` or is ``token``."""
    return token.is_space or "\n" in token.whitespace_


def _heads_line(span: Span) -> bool:
    """Whether the name opens its line, after no more than a number ("2.")."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = span.start - 1
    while at >= 0 and not _breaks(tokens[at]):
        if not (tokens[at].like_num or tokens[at].text == "."):
            return False
        at -= 1
    return True


def _line_end(doc: Doc, span: Span) -> int | None:
    """Where the text after the name's line starts, when nothing but an age (", 41")
    follows the name on its line; else None."""
    at = span.end
    if at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].like_num:
        at += 2
    if not _breaks(doc[at - 1]) and not (at < len(doc) and doc[at].is_space):
        return None
    while at < len(doc) and doc[at].is_space:
        at += 1
    return at if at < len(doc) else None


def under_heading(span: Span, lex: Lexicon) -> str | None:
    """ "harbour pilot from Leeds" for "Jo Roe, 41" heading a paragraph that opens "The
    harbour pilot from Leeds, who ...": a singular noun for a person after "The" that
    the parse makes the name's appositive or a subject of the name's own verb."""
    if not _heads_line(span):
        return None
    doc = span.doc
    start = _line_end(doc, span)
    if start is None or doc[start].lower_ != "the" or doc[start].dep_ != "det":
        return None
    noun = doc[start].head
    root = span.root
    if noun.tag_ != "NN" or not names_someone(noun, lex):
        return None
    described = noun.dep_ == "appos" and noun.head == root
    shared = noun.dep_ in SUBJECTS and root.dep_ in SUBJECTS and noun.head == root.head
    if not (described or shared):
        return None
    if any(t.ent_type_ == "PERSON" for t in doc[start : noun.i]):
        return None
    return role_phrase(noun, range(span.start, span.end), lex)
