"""Whether a name after a title is a brand of goods: "makes Mr Dumbleton cakes", "its Captain
Krunch snacks". A title opens the brand's name as it opens a person's, but a person's name
does not head a plural noun of things (or a "range" of them) as its modifier: the parse makes
the name a compound of the noun right after it. Not a noun for people ("Mr Ames supporters")
nor of time ("the Mr Ames years"), which a person's name does modify.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import person_noun, singulars
from generator.extract.role_nouns import person_noun as trade_noun

__all__ = ["titled_goods"]

#: Plural nouns of time or of a person's doings that a person's name modifies: "the Dr Ames
#: years", "the Mr Ames affairs".
_OF_A_PERSON = frozenset(
    {"years", "days", "months", "weeks", "times", "era", "eras", "affairs", "scandals"}
    | {"cases", "trials", "killings", "murders", "deaths", "photos", "pictures", "papers"}
    | {"files", "tapes", "emails", "letters", "memos", "claims", "allegations", "comments"}
    | {"remarks", "speeches", "interviews", "visits", "talks", "reforms", "policies", "plans"}
    | {"fans", "followers", "loyalists", "allies", "critics", "voters"}
)


#: Singular nouns of a line of goods, which a brand's name modifies as a plural of things:
#: "the Captain Crunchley range of snacks".
_LINES_OF_GOODS = frozenset({"range", "brand"})


def titled_goods(span: Span) -> bool:
    """Whether the name is the modifier of a lower-case plural noun of things right after it,
    or of a line of goods: "Mr Dumbleton cakes", "the Captain Crunchley range"; not "Mr Ames
    supporters"."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    noun = doc[span.end]
    return (
        (noun.tag_ == "NNS" or noun.lower_ in _LINES_OF_GOODS)
        and noun.is_lower
        and noun.is_alpha
        and span.root.dep_ == "compound"
        and span.root.head.i == noun.i
        and noun.lower_ not in _OF_A_PERSON
        and not person_noun(noun)
        and not any(trade_noun(form) for form in singulars(noun.lower_))
    )
