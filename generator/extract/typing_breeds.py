"""Evidence that a one-word name right before an animal's noun is a breed's or a species'
word, not a person's nor a body's name: "a pair of Sumatran tigers", "Cockapoo and
Dachshund puppies", "two Amur leopard cubs".

The word must modify the animal's noun in the parse (a list of such words counts through
its first), and must stand before an animal's noun wherever the text repeats it: "Tesco
chicken ... Tesco said" keeps the retailer. The vote is a work's, which drops the word from
the record as it does other names of things.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import animals, singulars
from generator.extract.mentions import WORK, Mention

#: Dependencies of a word on the noun it names a kind of: "Sumatran tigers".
_MODIFYING = frozenset({"compound", "amod", "nmod"})
#: Weight: more than the model's label and a verb of saying together.
_WEIGHT = 3.0


def breed_votes(mention: Mention) -> None:
    """A vote for a thing for a one-word name that is a breed's word (see the module)."""
    span = mention.span
    if mention.fixed or mention.place is not None or len(span) != 1:
        return
    if span.label_ not in ("PERSON", "ORG", "NORP") or not span[0].is_title:
        return
    if _kind_of_animal(span[0]) and all(
        _kind_of_animal(t) for t in span.doc if t.lower_ == span[0].lower_ and t.i != span[0].i
    ):
        mention.vote(WORK, _WEIGHT)


def _kind_of_animal(word: Token) -> bool:
    """Whether the word modifies a lower-case animal's noun after it, itself or as the first
    of a list of such words."""
    first = word
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    noun = first.head
    if first.dep_ not in _MODIFYING or noun.i <= word.i or not noun.is_lower:
        return False
    return any(form in animals() for form in singulars(noun.lower_))
