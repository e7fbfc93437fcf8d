"""A body someone is "of", told by its kind: "Jo Roe of campaign group Fair Roads said",
"Jo Roe, of the all-party group on fishing, said".

`role_affiliations.affiliation` reads a body's name the model labelled. A kind of body in
lower case before a name ("campaign group", "the charity") says a body follows whatever
label the model gave its words (a person's for "Fair Roads", a place's for "Tarn UK"),
and a kind with what it is about after it ("the all-party group on fishing") is the
body itself; a kind alone ("of the charity") refers back and names none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import cues
from generator.extract.role_phrases import trim, write_role
from generator.extract.role_surface import after_marks

__all__ = ["body_named_after", "body_of"]

#: Words of a kind of body in lower case ("the all-party parliamentary group").
MAX_KIND_TOKENS = 6
#: Words of a body's name or of what the body is about ("on fishing").
MAX_NAME_TOKENS = 6
#: Lower-case words that may join the capitalised words of a name ("Save the Quay").
_NAME_JOINS = frozenset({"the", "of", "and", "&", "for", "at", "on", "in"})
#: Parts of speech that end the words of a kind of body.
_NOT_KIND = frozenset({"VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "NUM", "PART", "PROPN"})


def _kind_noun(token: Token) -> bool:
    """Whether ``token`` is a noun for a body ("group", "charity", "association")."""
    words = cues()
    return token.pos_ == "NOUN" and token.lower_ in words.org_heads | words.org_suffixes


def _kind_end(doc: Doc, start: int) -> int | None:
    """The index after a kind of body in lower case that starts at ``start`` and ends in a
    noun for a body ("pressure group", "all-party parliamentary group"), or None."""
    end = start
    while end < len(doc) and end - start < MAX_KIND_TOKENS:
        token = doc[end]
        piece = token.text == "-" and not token.whitespace_ and end > start  # "cross-party"
        if not piece and (not token.is_lower or not token.is_alpha or token.pos_ in _NOT_KIND):
            break
        end += 1
    while end > start and not _kind_noun(doc[end - 1]):
        end -= 1
    return end if end > start else None


def _closed(doc: Doc, at: int) -> bool:
    """Whether the phrase ends at ``at``: a comma, a full stop or a verb follows."""
    return at >= len(doc) or doc[at].text in (",", ".", ";") or doc[at].pos_ in ("VERB", "AUX")


def _name_end(doc: Doc, start: int) -> int:
    """The index after a body's capitalised name at ``start`` ("Parents At Work"), or
    ``start`` when none is there."""
    end = start
    while end < len(doc) and end - start < MAX_NAME_TOKENS:
        token = doc[end]
        capital = token.is_title or (token.is_upper and token.is_alpha)
        joins = token.lower_ in _NAME_JOINS and end > start
        if not (capital or joins) or token.tag_ == "POS":
            break
        end += 1
    while end > start and doc[end - 1].lower_ in _NAME_JOINS:
        end -= 1
    return end


def _topic_end(doc: Doc, start: int) -> int:
    """The index after "on fishing" or "for rural schools" at ``start``: what a body with
    no name is about, in lower case; ``start`` when there is none."""
    if start >= len(doc) or doc[start].lower_ not in ("on", "for"):
        return start
    end = start + 1
    while end < len(doc) and end - start <= MAX_NAME_TOKENS and doc[end].is_lower:
        if not doc[end].is_alpha or doc[end].pos_ not in ("NOUN", "ADJ"):
            break
        end += 1
    return end if end > start + 1 and doc[end - 1].pos_ == "NOUN" else start


def body_of(span: Span) -> str | None:
    """ "of campaign group Fair Roads" for "Jo Roe of campaign group Fair Roads said";
    "of the all-party group on fishing" for "Jo Roe, of the all-party group on fishing,"."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = after_marks(doc, span.end)
    if at < len(doc) and tokens[at].text == ",":
        at += 1
    if at + 1 >= len(doc) or tokens[at].lower_ != "of":
        return None
    start = at + 2 if tokens[at + 1].lower_ == "the" else at + 1
    kind = _kind_end(doc, start)
    if kind is None:
        return None
    end = _name_end(doc, kind)
    if end == kind:
        end = _topic_end(doc, kind)
    if end == kind or not _closed(doc, end):
        return None  # "of the charity" alone refers back to a body: it names none
    return write_role(trim(list(doc[at:end])))


def body_named_after(span: Span, described: str) -> bool:
    """Whether "of", "from", "at" or "for" after a name (past a comma), read as
    ``described``, opens a body: one the model labelled an organisation, one whose name
    ends in a word for a body ("of Corvin Research") or one told by its kind
    (`body_of`); not a name alone, which may be a home ("of Tarland")."""
    doc = span.doc
    at = after_marks(doc, span.end)
    if at < len(doc) and doc[at].text == ",":
        at += 1
    if at + 1 >= len(doc) or doc[at].lower_ not in ("of", "from", "at", "for"):
        return False
    start = at + 2 if doc[at + 1].lower_ == "the" and at + 2 < len(doc) else at + 1
    last = described.split()[-1].lower()
    return (
        doc[start].ent_type_ == "ORG"
        or (described.split()[0] == doc[at].lower_ and last in cues().org_suffixes)
        or body_of(span) is not None
    )
