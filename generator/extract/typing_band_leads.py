"""Evidence that a name is a band's: it has a frontman or a lead singer.

A solo singer has a drummer and a guitarist too, but no one fronts a person or sings lead
for one: "Velvet Orrin's lead singer Tom Kell", "the frontman of Velvet Orrin", "Tom Kell,
frontwoman with Velvet Orrin" name a band. Read from the words, since the parser hangs the
possessive on either noun.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import POSSESSIVE_ENDINGS
from generator.extract.mentions import ORG, Mention

#: Those who front a band, whatever word comes before.
_FRONTS = frozenset({"frontman", "frontwoman", "frontmen", "frontwomen"})
#: Those who lead a band after "lead": "lead singer", "lead vocalist".
_LEAD_VOICES = frozenset({"singer", "vocalist", "singers", "vocalists"})
_LINKS = frozenset({"of", "with", "for"})
#: Weight of a band's front: more than the model's person label and a verb of saying.
FRONTED = 3.0


def band_lead_votes(mention: Mention) -> None:
    """A vote for a band when the name owns or is fronted by a frontman or lead singer."""
    span = mention.span
    if _owns_a_front(span) or _fronted(span):
        mention.vote(ORG, FRONTED)


def _band_role(words: list[str]) -> bool:
    """Whether words are a band's front: "frontman", "lead singer"."""
    if words[-1:] and words[-1] in _FRONTS:
        return True
    return len(words) >= 2 and words[-2] == "lead" and words[-1] in _LEAD_VOICES


def _owns_a_front(span: Span) -> bool:
    """ "Velvet Orrin's frontman", "Velvet Orrin's lead singer"."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in POSSESSIVE_ENDINGS:
        return False
    after = [t.lower_ for t in doc[span.end + 1 : span.end + 3]]
    return _band_role(after[:1]) or _band_role(after)


def _fronted(span: Span) -> bool:
    """ "the frontman of Velvet Orrin", "lead singer with Velvet Orrin"; not "the frontman
    of Jo Ames's band", whose band is fronted."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in _LINKS:
        return False
    if span.end < len(doc) and doc[span.end].text in POSSESSIVE_ENDINGS:
        return False
    before = [t.lower_ for t in doc[max(span.start - 3, 0) : span.start - 1]]
    return _band_role(before)
