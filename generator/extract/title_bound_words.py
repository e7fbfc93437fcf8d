"""Words a headline made from a lead cannot cut without garbling what stays.

The headline cuts phrases and clauses by the parse; three kinds of word belong to
their neighbours however the parser hangs them: a piece of a hyphenated word
("politically" of "politically-correct"), a capitalised word inside a run of them
("Inclusion" of "Diversity and Inclusion Directorate", "Again" of a song's name), and a
name set beside its noun with no comma ("Playtech" of "betting giant Playtech"), which
says which one is meant.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Words that join capitalised words inside one name ("Diversity and Inclusion").
_CONNECTORS = frozenset(("and", "of", "&"))
#: Marks that set an appositive off from its noun.
_SET_OFF = frozenset((",", "(", "\u2014", "\u2013", "--", "-", ":"))


def bound_to_neighbours(token: Token) -> bool:
    """Whether cutting ``token`` with its phrase would cut a word its neighbours need."""
    return _hyphen_piece(token) or _inside_capitals(token) or _close_appositive(token)


def _hyphen_piece(token: Token) -> bool:
    """A phrase joined to a kept word by a hyphen with no space on either side."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    return (left >= 2 and _joining_hyphen(doc[left - 1])) or (
        right + 2 < len(doc) and _joining_hyphen(doc[right + 1])
    )


def _joining_hyphen(token: Token) -> bool:
    """A hyphen inside a word: "-" with no space before or after it."""
    before = token.doc[token.i - 1]
    return token.text == "-" and not token.whitespace_ and not before.whitespace_


def _inside_capitals(token: Token) -> bool:
    """A phrase of capitalised words (and "and", "of") with capitalised words on both
    sides: a word inside a name, not a name joined to one ("X and Mayor Y of")."""
    doc, sent = token.doc, token.sent
    left, right = token.left_edge.i, token.right_edge.i
    words = doc[left : right + 1]
    if not all(w.is_title or w.lower_ in _CONNECTORS for w in words):
        return False
    at, end = left - 1, right + 1
    while at > sent.start and doc[at].lower_ in _CONNECTORS:
        at -= 1
    while end < sent.end - 1 and doc[end].lower_ in _CONNECTORS:
        end += 1
    return at > sent.start and doc[at].is_title and end < sent.end and doc[end].is_title


def _close_appositive(token: Token) -> bool:
    """A proper name right after the noun it names, with no mark between them."""
    if token.dep_ != "appos" or token.pos_ != "PROPN" or token.left_edge.i == 0:
        return False
    before = token.doc[token.left_edge.i - 1]
    return before.i == token.head.i and before.text not in _SET_OFF
