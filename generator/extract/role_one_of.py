"""A group a name is set off as one of: "Tom Vell, one of the marchers, said".

The parser makes "one" the name's appositive and hangs the group from its "of"; the
group's noun says what the person is, so the role is the phrase as written ("one of
the cafe's joint owners"), cut before any clause like any role phrase.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import Lexicon
from generator.extract.role_phrases import role_phrase
from generator.extract.role_surface import after_marks

__all__ = ["one_of"]


def one_of(span: Span, lex: Lexicon) -> str | None:
    """ "one of the marchers" in "Tom Vell, one of the marchers, said" or in "One of the
    marchers, Tom Vell, said", or None."""
    doc = span.doc
    tokens = tokens_of(doc)
    root = span.root
    if span.start > 1 and tokens[span.start - 1].text == "," and root.dep_ == "appos":
        one = root.head  # "one of the marchers, Tom Vell,": the name is the appositive
        if one.lower_ == "one" and one.i < span.start and one.i + 1 < len(doc):
            return _group(one, tokens[one.i + 1], span, lex)
    if span.start > 1 and tokens[span.start - 1].text == "," and _closed(span):
        # the same with the name hung from the verb as an adverb ("npadvmod")
        of = tokens[span.start - 2].head
        if root.dep_ == "npadvmod" and of.lower_ == "of" and of.head.i == of.i - 1:
            return _group(of.head, of, span, lex)
    at = after_marks(doc, span.end)
    if at + 3 >= len(doc) or tokens[at].text != ",":
        return None
    one, of = tokens[at + 1], tokens[at + 2]
    if one.dep_ != "appos" or one.head.i not in range(span.start, span.end):
        return None
    return _group(one, of, span, lex)


def _closed(span: Span) -> bool:
    """Whether a comma closes the name."""
    return span.end < len(span.doc) and span.doc[span.end].text == ","


def _group(one: Token, of: Token, span: Span, lex: Lexicon) -> str | None:
    """ "one of the marchers" for the words "one" and "of" a group hangs from."""
    if one.lower_ != "one" or of.lower_ != "of" or of.head != one:
        return None
    group = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ == "NNS"), None)
    if group is None or group.ent_type_ == "PERSON":
        return None
    phrase = role_phrase(group, range(span.start, span.end), lex, said=True)
    if not phrase:
        return None
    # Words the phrase left out before its own ("the", "his", "most" of "the most outspoken"):
    # the role reads as written.
    doc = span.doc
    start = of.i + 1
    while start < group.i and not phrase.startswith(doc[start].text):
        start += 1
    lead = "".join(t.text_with_ws for t in doc[of.i + 1 : start])
    return f"one of {lead}{phrase}"
