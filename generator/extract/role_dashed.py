"""A general noun for a person and the clause that sets the person apart, between dashes
after a name: "Jo Roe - the woman who chairs the ferry board - said", "Ed Poe - the man
recently appointed as harbour master - and ...".

`role_surface.marked_appositive` reads a plain noun phrase between dashes; "man" or
"woman" alone says nothing, so only with the relative clause or participle that follows
it does it say who someone is. The parser rarely ties such a phrase to the name (it
makes the noun the subject of the name's verb, or reads the closing dash as a hyphen),
so it is read from the marks: a spaced dash right after the name, and one closing it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.role_phrases import MAX_ROLE_WORDS, role_words, trim, write_role

__all__ = ["dashed_description"]

#: Dashes that set a phrase off.
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
#: Words that may stand between a general noun and its participle ("recently appointed").
_BETWEEN = ("ADV",)


def _spaced_dash(doc: Doc, at: int) -> bool:
    """Whether the token at ``at`` is a dash written between spaces, a mark of its own."""
    return (
        0 < at < len(doc)
        and doc[at].text in _DASHES
        and bool(doc[at - 1].whitespace_)
        and bool(doc[at].whitespace_)
    )


def _sets_apart(noun: Token) -> bool:
    """Whether a relative clause ("who chairs ...") or a participle ("appointed as ...",
    "recently put in charge of ...") follows the general noun ``noun`` right away."""
    doc = noun.doc
    at = noun.i + 1
    while at < len(doc) and doc[at].pos_ in _BETWEEN:
        at += 1
    if at >= len(doc):
        return False
    after = doc[at]
    return after.lower_ == "who" or after.tag_ in ("VBN", "VBD")


def dashed_description(span: Span) -> str | None:
    """ "woman who chairs the ferry board" of "Jo Roe - the woman who chairs the ferry
    board - said", or None."""
    doc = span.doc
    if not _spaced_dash(doc, span.end):
        return None
    start = span.end + 1
    if start >= len(doc) or doc[start].lower_ not in ("the", "a", "an"):
        return None
    noun = doc[start + 1] if start + 1 < len(doc) else None
    if noun is None or noun.lower_ not in role_words().generic or not _sets_apart(noun):
        return None
    for at in range(noun.i + 1, min(len(doc), start + MAX_ROLE_WORDS + 2)):
        token = doc[at]
        if token.is_sent_start or token.text in (".", ";", ":", "(") or token.is_space:
            return None  # no closing dash in the sentence: the clause runs on
        if _spaced_dash(doc, at):
            return write_role(trim(list(doc[start:at])))
    return None
