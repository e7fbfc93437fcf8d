"""Evidence that a name is a toy's: "a Barnaby Bear toy", "the Lulu doll".

Toys are sold under names made like people's (a given name and an animal, a pet name), and the
model reads them as people. A lower-case noun of a toy right after the name, which the name
modifies, says it is the toy's: no person is written so. A doll made after a real person ("a
Jo Ames doll") names that person too, so the vote only leans: the text's evidence of the person
elsewhere (titles, speech, pronouns) outweighs it.
"""

from __future__ import annotations

from generator.extract.mentions import PERSON, WORK, Mention

__all__ = ["toy_votes"]

#: Nouns of toys a name may modify. Not "figure" ("a Labour figure" is a person) nor plurals
#: ("Tarla dolls" are a brand's goods, which `org_after` reads as the maker's).
TOY_NOUNS = frozenset({"doll", "toy", "teddy", "puppet", "plush", "plushie", "figurine"})
#: Weight: more than the model's label and a given name's vote together, less than the
#: evidence of a real person named elsewhere in the text.
_WEIGHT = 2.0


def toy_votes(mention: Mention) -> None:
    """A vote for a thing, not a person, for a name that modifies a toy's noun right after it:
    "a Barnaby Bear toy was recalled", "the Lulu doll, sold since 2019"."""
    span = mention.span
    doc = span.doc
    if span.end >= len(doc):
        return
    noun = doc[span.end]
    if not noun.is_lower or noun.lower_ not in TOY_NOUNS or noun.pos_ != "NOUN":
        return
    if span[-1].head.i != noun.i:
        return  # "gave Lulu toy cars": the name is not the noun's modifier
    mention.votes.pop(PERSON, None)
    mention.vote(WORK, _WEIGHT)
