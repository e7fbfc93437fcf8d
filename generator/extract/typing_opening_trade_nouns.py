"""Evidence that a one-word "name" opening a sentence is the common noun of a kind of body,
capitalised for its place: "Chipmaker warns on profits", "Regulator opens inquiry". Headlines
and short news lines open on what kind of firm acts, with no article; the model reads the
capital as a name. No body is called by the noun of its kind alone, so the word names none.
"""

from __future__ import annotations

from generator.extract.lexicon import cues
from generator.extract.mentions import WORK, Mention
from generator.extract.sentence_openers import BODIES_ONLY, opens_sentence

__all__ = ["opening_trade_noun_votes"]

#: Weight: more than the model's label and a verb of saying or acting together.
_WEIGHT = 4.0


def opening_trade_noun_votes(mention: Mention) -> None:
    """A vote against any name for one word opening a sentence that is the noun of a kind
    of body: "Chipmaker warns", "Carmaker recalls vans", not "Chipmaker Tarvo said"."""
    span = mention.span
    if len(span) != 1 or not opens_sentence(span[0]):
        return
    word = span[0].lower_
    if word in cues().org_heads or word in BODIES_ONLY:
        mention.vote(WORK, _WEIGHT)  # the kind of firm the line is about, no firm's name
