"""Evidence that a name the model calls a person's is a road's or a ground's: "Castle Lane".

A name of two words that ends in a word for a road or a ground ("Lane", "Road", "Stadium")
after a word that is no given name is where a club plays or a shop stands ("the ground,
known as Castle Lane since 1898"), or a soap named after such a place ("Harbour Lane airs
on Fridays"); a person's two-word name opens with a given name ("Jo Lane"). The text seldom
tells the ground from the show, so the vote is a work's: no person, and no place published
on a guess. "Park" ends surnames after given names the tables may not hold ("Mungo Park"),
so it counts only after an English word ("Windmill Park"). The vote is a little more than
the model's label: any evidence of a person in the text outweighs it.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import WORK, Mention
from generator.extract.nlp import adjectives, common_nouns
from generator.extract.referent_given_names import given_name_sex

#: Last words of a road's or a ground's name.
_GROUND_WORDS = frozenset(
    {"Road", "Lane", "Street", "Avenue", "Drive", "Crescent", "Terrace", "Stadium", "Arena"}
)
_WEIGHT = 1.5


def ground_votes(mention: Mention) -> None:
    """ "known as Castle Lane": a two-word "person" ending in a road's word is no person."""
    span = mention.span
    if span.label_ != "PERSON" or len(span) != 2 or given_name_sex(span[0].text) is not None:
        return
    first, last = span[0].lower_, span[1].text
    english = first in common_nouns() or first in adjectives()
    if (last in _GROUND_WORDS or (last == "Park" and english)) and not _surname_alone(span):
        mention.vote(WORK, _WEIGHT)


def _surname_alone(span: Span) -> bool:
    """Whether the text names someone by the last word alone ("Darcy Lane ... Lane said"):
    a person's surname is written so, a road's or a ground's last word never is."""
    last = span[-1].text
    return any(ent.label_ == "PERSON" and ent.text == last for ent in span.doc.ents)
