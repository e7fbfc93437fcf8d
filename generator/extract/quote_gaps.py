"""Whether one speaker goes on from a quote to the next: what lies between the two.

`QuoteGaps` reads the text between two quotes for someone new: a verb of saying outside
quotes after the sentence that ends the first (`reported_since`), or another person or
organization, or a name the entities missed, in the same paragraph (`nobody_between`).
`antecedents.Context` mixes it in; `quotes` asks it before a speaker goes on.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.entities import ORG, PERSON
from generator.extract.quote_marks import Quote
from generator.extract.speaker_mentions import Mentions
from generator.extract.speech import SUBJECT_DEPS

__all__ = ["QuoteGaps"]


def _spoken_to(verb: Token) -> bool:
    """Whether a verb of saying is passive with its subject the one spoken to or of, with
    no agent and no clause of what was said ("Firefighters were called at dawn",
    "Residents were asked to stay indoors"): no one new reported speaking. "It was
    announced that ..." (a clause) and "... was told by the council" (an agent) are."""
    children = [c.dep_ for c in verb.children]
    return "auxpass" in children and "agent" not in children and "ccomp" not in children


class QuoteGaps(Mentions):
    """What lies between two quotes: a new verb of saying, another person, a paragraph break."""

    def reported_since(self, previous: Quote, quote: Quote) -> bool:
        """Whether someone new was reported saying something between two quotes: a verb
        of saying outside quotes after the sentence that ends the previous quote."""
        end = previous.parts[-1][1]
        after = self.sentences.spans[self.sentences.index_at(max(0, end - 1))].end_char
        if after >= quote.parts[0][0]:
            return False
        between = self.doc.char_span(after, quote.parts[0][0], alignment_mode="expand")
        return between is not None and any(
            self.is_reporting(t) and not self.quoted.inside(t.idx) and not _spoken_to(t)
            for t in between
        )

    def nobody_between(self, previous: Quote, quote: Quote) -> bool:
        """Whether two quotes share a paragraph with no other person or organization between."""
        end, start = previous.parts[-1][1], quote.parts[0][0]
        if "\n\n" in self.text[end:start]:
            return False
        between = self.doc.char_span(end, start, alignment_mode="expand")
        if between is None:
            return False
        for token in between:
            owner = self.owners.get(token.i)
            if owner is not None and owner is not previous.speaker and owner.kind in (PERSON, ORG):
                return False
            if owner is None and token.dep_ in SUBJECT_DEPS and token.pos_ in ("PROPN", "NOUN"):
                return False  # "Lee did not need coaxing": someone the NER missed
        return True
