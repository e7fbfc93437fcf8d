"""Which of `evidence.collect`'s votes can vote at all on a text, asked once per text.

Most votes fire on a few texts only: a part played needs a text of films or games, a
racehorse one of riding or betting. Each gated vote's module declares the lower-case words
one of which every branch that votes reads (its comment says why); a text that writes none
of them has the vote skipped for every name, which leaves the records as they were and saves
its parse walks around every name. Words never change after the parse, so the answer holds
while the entities change.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from generator.extract.character_votes import STORY_CUES, character_votes
from generator.extract.doc_words import words_of
from generator.extract.mentions import Mention
from generator.extract.predicate_votes import animal_cue_written, animal_votes
from generator.extract.typing_racehorses import RACING_CUES, racehorse_votes

#: Each gated vote and whether a text's set of lower-case words lets it vote at all.
GATES: tuple[tuple[Callable[[Mention], None], Callable[[frozenset[str]], bool]], ...] = (
    (character_votes, lambda written: not STORY_CUES.isdisjoint(written)),
    (racehorse_votes, lambda written: not RACING_CUES.isdisjoint(written)),
    (animal_votes, animal_cue_written),
)


def closed_votes(doc: Doc) -> frozenset[Callable[[Mention], None]]:
    """The gated votes that cannot vote for any name of ``doc``: it writes none of the
    words they read."""
    written = frozenset(words_of(doc).lowers)
    return frozenset(vote for vote, opens in GATES if not opens(written))
