"""Evidence that names are shops or firms: "Tarvo Hale and Ivo Brand said they would stop
selling the range in their stores".

Chains may be named like people. When names are the subject of a verb and the clause it
opens speaks of "their" stores, branches, customers or shares (of "its", for one name), the
names are bodies; selling in that clause adds to it. Names listed as one subject that trade
in a shop's goods ("have stopped selling the range"), and names listed after a plural noun
of bodies ("stores including", "retailers"), are bodies too. A couple selling their house
own no stores, so selling alone is no vote. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import singulars
from generator.extract.mentions import ORG, Mention
from generator.extract.quote_lemmas import verb_forms
from generator.extract.sentence_openers import BODIES_ONLY

#: What a shop or a firm owns in the plural, after "their" or "its": "their stores".
SHOP_WORDS = frozenset(
    {"stores", "shops", "branches", "outlets", "customers", "shoppers", "shareholders"}
    | {"shares", "supermarkets", "showrooms", "franchises"}
)
#: What a shop sells, as the object of a verb of trade: "stop selling the range".
GOODS = frozenset({"range", "ranges", "products", "brand", "brands", "goods", "merchandise"})
#: Nouns of bodies that no person is, whose plural may head a list of names: "retailers".
BODY_PLURALS = BODIES_ONLY - {"band", "charity"} | {"store", "chain", "shop", "bank", "brand"}
#: How many words a list may run back from a name to the noun that heads it.
_LIST_REACH = 12
#: Verbs of trade, by their lemmas: "stop selling the range", "no longer stock it".
_TRADING = ("sell", "stock", "resell")
#: Links of a name to the list it ends or opens, as the parse reads the list.
_IN_A_LIST = frozenset({"conj", "nmod", "compound"})
#: Weights: of a shop word owned by the names, and of a verb of trade beside it.
_OWNED, _TRADE = 2.0, 1.0


def retailer_votes(mention: Mention) -> None:
    """A vote for a body when the clause of the name's verb owns a shop word, or when names
    listed as one subject trade in goods (see the module)."""
    span = mention.span
    if _listed_after_bodies(span):
        mention.vote(ORG, _OWNED)  # "stores including Tarvo Hale and Ivo Brand"
        return
    subject = span.root
    # "Ivo Brand" of "Tarvo Hale and Ivo Brand said": a list's first name may hang on the
    # last as the parse reads the list as one name.
    while subject.dep_ in _IN_A_LIST and subject.head.pos_ == "PROPN":
        subject = subject.head
    if subject.dep_ != "nsubj":
        return
    listed = not span.start <= subject.i < span.end
    listed = listed or any(c.dep_ == "conj" for c in subject.children)
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
    trades = verb_forms(_TRADING)
    traded = any(t.lower_ in trades for t in words)
    if any(_owned(t, owner) for t in words):
        mention.vote(ORG, _OWNED + (_TRADE if traded else 0.0))
    elif (listed or len(clauses) > 1) and any(_goods_traded(t, trades) for t in words):
        mention.vote(ORG, _OWNED)  # "Tarvo Hale and Ivo Brand have stopped selling the range"


def _goods_traded(token: Token, trades: frozenset[str]) -> bool:
    """Whether a token is a shop's goods, the object of a verb of trade: "selling the range"."""
    return token.lower_ in GOODS and token.dep_ == "dobj" and token.head.lower_ in trades


def _listed_after_bodies(span: Span) -> bool:
    """Whether a name is one of a list after a plural noun of bodies, or after such a noun
    and "including" or "such as": "retailers Tarvo Hale and Ivo Brand", "chains such as
    Tarvo Hale"; a person is no retailer, a bank nor a chain."""
    doc = tokens_of(span.doc)
    if len(span) > 1 and _bodies(doc[span.start]):
        return True  # "Retailers Tarvo Hale", the model's name run over the opening noun
    i = span.start - 1
    while i >= 0 and span.start - i <= _LIST_REACH and _list_word(doc[i]):
        if _bodies(doc[i]) and doc[i + 1].is_title:
            return True  # "Retailers Tarvo Hale and Ivo Brand", not "Banks, Ivo Brand and"
        i -= 1
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        i -= 2
    elif i >= 0 and doc[i].lower_ == "including":
        i -= 1
    return i >= 0 and _bodies(doc[i])


def _bodies(token: Token) -> bool:
    """Whether a word is the plural of a noun of bodies, in lower case or opening a sentence:
    "retailers", "Chains"."""
    opens = token.is_sent_start or token.i == 0  # the tagger reads these as proper nouns
    if not (token.is_lower and token.tag_ == "NNS") and not (opens and token.is_title):
        return False
    return any(form in BODY_PLURALS for form in singulars(token.lower_)[1:])


def _list_word(token: Token) -> bool:
    """A word of a list of names: a capitalised word, a comma, "and", "&"."""
    return token.is_title or token.lower_ in (",", "and", "&")


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
