"""Evidence that a name is a movement's or a group's from the members it has: "Vell Tide
activists", "practitioners of Orran Kai", "Vell Tide's organisers".

Activists, protesters, campaigners, practitioners and adherents belong to a cause, a
campaign or a faith, which the model often reads as a person's name. People have
supporters, fans and followers too ("Jo Ames supporters"), so those nouns give no vote;
nor does a name that opens with a given name ("Jo Ames"), which a movement's seldom does.
The vote is for a body: a movement is published with the organizations.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import POSSESSIVE_ENDINGS
from generator.extract.mentions import ORG, Mention
from generator.extract.referent_given_names import given_name_sex

__all__ = ["movement_member_votes"]

#: Plural nouns for those who belong to a cause, a campaign or a faith, never to one person.
_MEMBERS = frozenset(
    {"activists", "protesters", "protestors", "campaigners", "practitioners", "adherents"}
    | {"organisers", "organizers", "demonstrators"}
)
#: More than the model's person label of a name written twice; less than a title ("Mr").
_WEIGHT = 2.0


def movement_member_votes(mention: Mention) -> None:
    """A body's vote for a name its members are named by (see the module)."""
    span = mention.span
    if mention.fixed or mention.place is not None or given_name_sex(span[0].text) is not None:
        return
    if _modifies_members(span) or _members_of(span.root) or _owns_members(span):
        mention.vote(ORG, _WEIGHT)


def _modifies_members(span: Span) -> bool:
    """Whether the name stands right before a plural noun of members: "Vell Tide activists",
    "hundreds of Vell Tide protesters"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _MEMBERS


def _members_of(root: Token) -> bool:
    """Whether the name is what members are "of": "practitioners of Orran Kai"."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.i != root.left_edge.i - 1:
        return False
    return of.head.lower_ in _MEMBERS


def _owns_members(span: Span) -> bool:
    """Whether the name owns members: "Vell Tide's organisers", "Vell Tide's key activists"."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in POSSESSIVE_ENDINGS:
        return False
    following = doc[span.end + 1 : span.end + 3]
    return any(token.lower_ in _MEMBERS for token in following)
