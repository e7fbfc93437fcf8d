"""Evidence that a name the model reads as a person's is a brand a firm makes: "Orvell, which
makes Johnny Marlowe whisky and Tarka gin", "the brewer, which brews Harbour Pale". A firm's
own goods are the object of its making, brewing or selling; the model reads a brand named
like a person ("Johnny Marlowe") as a person. Only when the maker is plainly a body (the
model's organization, a noun of a kind of body, or "it") and nothing after the name makes it
a person the firm made something of ("made Jo Ames chief executive", "made Jo Ames famous").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import cues
from generator.extract.mentions import WORK, Mention
from generator.extract.role_nouns import person_noun

__all__ = ["made_brand_votes"]

#: Verbs of a firm's making or selling its goods, as written right before the goods' name.
_MAKING = frozenset(
    {"makes", "made", "brews", "brewed", "produces", "produced", "manufactures"}
    | {"manufactured", "sells", "distils", "distills", "bottles"}
)
#: Words after the name that end the goods' phrase or list: "makes Tarka gin, and ...".
_ENDS = frozenset({",", ".", ";", "and", "&", "as", "in", "from", "under"})
#: Weight: more than the model's person label and a verb of saying together.
_WEIGHT = 3.0


def _a_body(token: Token) -> bool:
    """Whether a subject word is a body: the model's organization or a noun of a kind of body
    ("the brewer", "the firm")."""
    return token.ent_type_ == "ORG" or token.lower_ in cues().org_heads


def _which_after(subject: Token) -> bool:
    """Whether a subject has a clause on "which" set off after it: "Hallam, which was founded
    in 1840, makes": a body or a thing, as a person is "who", whatever the model read."""
    return any(
        clause.dep_ == "relcl"
        and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ == "which" for w in clause.children)
        for clause in subject.children
    )


def _made_by_a_body(verb: Token) -> bool:
    """Whether the making verb's subject is a body, "it", a name with a clause on "which"
    after it, or "which"/"that" after a body."""
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        if child.lower_ == "it" or _a_body(child) or _which_after(child):
            return True
        if child.lower_ in ("which", "that") and verb.dep_ == "relcl":
            return _a_body(verb.head)
    return False


def _nothing_made_of_it(span: Span) -> bool:
    """Whether the word after the name ends the goods' phrase or is the noun of the goods
    ("whisky"), not a role, a describing word or a noun phrase the firm made the person."""
    doc = span.doc
    if span.end >= len(doc):
        return True
    after = doc[span.end]
    if after.lower_ in _ENDS:
        return True
    return after.is_lower and after.pos_ == "NOUN" and not person_noun(after.lower_)


def made_brand_votes(mention: Mention) -> None:
    """A work's vote for a name the model reads as a person's right after a body's verb of
    making or selling ("which makes Johnny Marlowe whisky") that ends the goods' phrase."""
    span = mention.span
    if span.label_ != "PERSON" or span.start == 0 or len(span) > 3:
        return
    verb = span.doc[span.start - 1]
    if verb.lower_ in _MAKING and _made_by_a_body(verb) and _nothing_made_of_it(span):
        mention.vote(WORK, _WEIGHT)  # the firm's own goods, named like a person
