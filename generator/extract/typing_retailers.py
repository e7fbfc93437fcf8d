"""Evidence that names listed as one subject are shops or firms: "Tarvo Hale and Ivo Brand
said they would stop selling the range in their stores".

Two chains may be named like people. When names are the subject of a verb and the
clause it opens speaks of "their" stores, branches, customers or shares (of "its", for one
name), the names are bodies; selling in that clause adds to it. A couple selling their house
own no stores, so selling alone is no vote. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.mentions import ORG, Mention
from generator.extract.quote_lemmas import verb_forms

#: What a shop or a firm owns in the plural, after "their" or "its": "their stores".
SHOP_WORDS = frozenset(
    {"stores", "shops", "branches", "outlets", "customers", "shoppers", "shareholders"}
    | {"shares", "supermarkets", "showrooms", "franchises"}
)
#: Verbs of trade, by their lemmas: "stop selling the range", "no longer stock it".
_TRADING = ("sell", "stock", "resell")
#: Links of a name to the list it ends or opens, as the parse reads the list.
_IN_A_LIST = frozenset({"conj", "nmod", "compound"})
#: Weights: of a shop word owned by the names, and of a verb of trade beside it.
_OWNED, _TRADE = 2.0, 1.0


def retailer_votes(mention: Mention) -> None:
    """A vote for a body when the clause of the name's verb owns a shop word (see the
    module)."""
    span = mention.span
    subject = span.root
    # "Ivo Brand" of "Tarvo Hale and Ivo Brand said": a list's first name may hang on the
    # last as the parse reads the list as one name.
    while subject.dep_ in _IN_A_LIST and subject.head.pos_ == "PROPN":
        subject = subject.head
    if subject.dep_ != "nsubj":
        return
    listed = not span.start <= subject.i < span.end or any(
        c.dep_ == "conj" for c in subject.children
    )
    listed = listed or (span.start > 0 and span.doc[span.start - 1].lower_ == "and")
    pronoun, owner = ("they", "their") if listed else ("it", "its")
    verb = subject.head
    clauses = [verb] + [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp")
        and (c.dep_ == "xcomp" or any(_subject(s, pronoun) for s in c.children))
    ]
    words = [t for clause in clauses for t in _own_words(clause, clauses)]
    if not any(_owned(t, owner) for t in words):
        return
    trades = verb_forms(_TRADING)
    traded = any(t.lower_ in trades for t in words)
    mention.vote(ORG, _OWNED + (_TRADE if traded else 0.0))


def _own_words(clause: Token, clauses: list[Token]) -> list[Token]:
    """The words of a clause without the clauses under it that have subjects of their own:
    "their customers" of "said the chain let their customers down" is not the names'."""
    out = [clause]
    for child in clause.children:
        if child.dep_ in _OTHER_CLAUSES and child not in clauses:
            continue
        if child not in clauses:
            out.extend(child.subtree)
    return out


#: Clauses under a verb that have a subject of their own.
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis"})


def _subject(token: Token, pronoun: str) -> bool:
    """Whether a token is the clause's subject and that pronoun."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.lower_ == pronoun


def _owned(token: Token, owner: str) -> bool:
    """Whether a token is a shop word with the owner's possessive: "their stores"."""
    return token.lower_ in SHOP_WORDS and any(
        c.dep_ == "poss" and c.lower_ == owner for c in token.children
    )
