"""Sentences the parser plainly misread, and where a headline made of one's opening words
may end.

A headline made from a long lead cuts clauses and phrases out of its middle, which
trusts the parse. On a misread sentence it garbles: with "stretch marks" read as a
second subject of "is trying", cutting "starring a doll with curves," left "A new ad
stretch marks and a body is trying ...". Such a lead's headline is its opening words
instead, ended before a clause or, failing that, a phrase.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Relations a head has at most once (a second subject or complement clause is the
#: parser's error); objects are left out, since a hyphenated word inside a quoted name
#: ("Re-education") often reads as two.
_ONCE_PER_HEAD = {
    **dict.fromkeys(("nsubj", "nsubjpass", "csubj", "csubjpass"), "subject"),
    "ccomp": "complement",
}
#: Marks before which a clause starts (and dashes, `is_dash`).
_CLAUSE_MARKS = frozenset((",", ";", ":"))
#: Tags of the words that open a relative or embedded question clause.
_WH_TAGS = frozenset(("WDT", "WP", "WP$", "WRB"))
#: So many opening words at least before a cut: a shorter title says too little.
_MIN_WORDS = 4


def misparsed(sent: Span) -> bool:
    """Whether a sentence's parse is plainly wrong: a head with two subjects or two
    complement clauses, a subordinating mark on the root ("so he could get" as the main
    clause), or the root after a colon that follows a verb (the words quoted after "with
    the caption:" read as the main clause)."""
    for token in sent:
        relations = [_ONCE_PER_HEAD[c.dep_] for c in _word_children(token)]
        if len(relations) != len(set(relations)):
            return True
    root = sent.root
    if any(c.dep_ == "mark" for c in root.children):
        return True
    colons = [t.i for t in sent if t.text == ":" and t.i < root.i]
    return bool(colons) and any(t.pos_ in ("VERB", "AUX") for t in sent if t.i < colons[0])


def _word_children(token: Token) -> list[Token]:
    """A head's children of the relations it has once, one for each written word: the
    pieces of "al-Mekdad", all read as subjects, are one subject."""
    kept: list[Token] = []
    for child in token.children:
        if child.dep_ not in _ONCE_PER_HEAD:
            continue
        glued = child.i > 0 and not child.doc[child.i - 1].whitespace_
        if not (kept and glued and kept[-1].i >= child.i - 2):
            kept.append(child)
    return kept


def clause_starts(sent: Span) -> list[int]:
    """Where a clause starts, after the opening words: a comma, colon, semicolon or dash, a
    conjunction, or a relative word."""
    return [t.i for t in _after_opening(sent) if _starts_clause(t)]


def phrase_starts(sent: Span) -> list[int]:
    """Where a phrase starts, after the opening words: a preposition, an auxiliary, a verb,
    or the "to" of an infinitive."""
    return [t.i for t in _after_opening(sent) if _starts_phrase(t)]


def _after_opening(sent: Span) -> list[Token]:
    """The sentence's words after its first few, outside an aside between dashes or in
    brackets (a cut there would leave the aside open)."""
    outside: list[Token] = []
    dashes = brackets = 0
    for token in sent:
        if token.i - sent.start >= _MIN_WORDS and not dashes % 2 and not brackets:
            outside.append(token)
        dashes += is_dash(token)
        brackets += (token.text == "(") - (token.text == ")")
    return outside


def is_dash(token: Token) -> bool:
    """A dash between clauses: an em or en dash, "--", or a hyphen with a space before it
    (not the one inside "2-0")."""
    spaced_hyphen = token.text == "-" and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in ("\u2014", "\u2013", "--") or spaced_hyphen


def _starts_clause(token: Token) -> bool:
    return (
        token.text in _CLAUSE_MARKS
        or is_dash(token)
        or token.pos_ in ("SCONJ", "CCONJ")
        or token.tag_ in _WH_TAGS
    )


def _starts_phrase(token: Token) -> bool:
    """A preposition, an infinitive's "to", an auxiliary, or a verb without one before it
    (the cut before "was forced" falls before "was", or the title ends "was")."""
    if token.pos_ == "VERB":
        return not any(c.dep_ in ("aux", "auxpass") and c.i < token.i for c in token.children)
    return token.pos_ in ("ADP", "AUX") or token.tag_ == "TO"
