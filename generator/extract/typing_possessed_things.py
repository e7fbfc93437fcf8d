"""Evidence that a name the model reads as a person's is a thing someone has: "they own a
'wonderful Orvel Turbo'", "she drives a Tarn Sprite", "he bought an old Vell Rover".

A verb of owning, driving or buying takes a person as its object only in other shapes ("drove
Jo Ames home", "bought Jo Ames a drink"); with "a" or "an" before the name, over describing
words and quote marks, its object is one of many of its kind: a car, a boat, a painting. The
name is the object itself, not a word before it ("own a Jo Ames painting" is the painter's).
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import WORK, Mention

#: Verbs whose object with "a" before it is a thing had: "own a", "drives a", "bought an".
_HAVING = frozenset(
    {"own", "owns", "owned", "owning", "drive", "drives", "drove", "driven", "driving"}
    | {"buy", "buys", "bought", "buying", "purchase", "purchased", "lease", "leased"}
)
#: Words that may stand between the article and the name: describing words, quote marks.
_BETWEEN = frozenset({"JJ", "JJR", "JJS", "VBN", "``", "''", "HYPH", "RB"})
#: More than the model's person label of one writing and a verb of saying.
_WEIGHT = 2.0


def _had_with_an_article(span: Span) -> bool:
    """Whether the name is the object of a verb of having, with "a" or "an" before it over
    describing words and quote marks: "own a 'wonderful Orvel Turbo'"."""
    root, doc = span.root, span.doc
    if root.dep_ != "dobj" or root.head.lower_ not in _HAVING or root.head.i > span.start:
        return False
    i = span.start - 1
    while i >= 0 and doc[i].tag_ in _BETWEEN and doc[i].lower_ not in ("a", "an"):
        i -= 1
    return i >= 0 and doc[i].lower_ in ("a", "an") and doc[i].head.i == root.i


def possessed_thing_votes(mention: Mention) -> None:
    """A work's vote for a name the model reads as a person's that is had as one of many
    (see the module's doc)."""
    if mention.span.label_ == "PERSON" and _had_with_an_article(mention.span):
        mention.vote(WORK, _WEIGHT)
