"""Evidence that a name only ever describes a thing: "an Ardwing missile", "the yearly State of
the Realm address".

A name the model read as a body that the text writes nowhere but straight before a
lower-case noun of a weapon or of a speech is that weapon's class or that speech's
occasion, not a body: bodies are written on their own too ("Acme said"), so one writing
elsewhere of the same words keeps the old reading. Names the tables know, places and a
firm's name before a weapon ("Ardwing Corp missiles") are left alone. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.given_name_votes import given_name_votes
from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, WORK, Mention, by_writing, writings
from generator.extract.nickname_votes import nickname_votes
from generator.extract.storm_votes import storm_votes
from generator.extract.typing_family_plurals import family_votes
from generator.extract.typing_generation_names import generation_votes
from generator.extract.typing_modifier_names import modifier_name_votes
from generator.extract.typing_numbered_names import numbered_name_votes
from generator.extract.typing_pageants import pageant_votes
from generator.extract.typing_plural_openers import plural_opener_votes
from generator.extract.typing_state_papers import state_paper_votes

#: Lower-case nouns a speech's occasion is written before, whatever its last word: "the
#: State of the Workers' Union address" names no union.
SPEECHES = frozenset({"speech", "speeches", "address"})
#: Lower-case nouns a weapon's class or a speech's occasion is written before.
THINGS = SPEECHES | frozenset(
    {"missile", "missiles", "rocket", "rockets", "torpedo", "torpedoes", "warhead", "warheads"}
)
#: How many words (adjectives, hyphen parts) may stand between the name and the noun:
#: "an Ardwing anti-ship missile".
_REACH = 4


def _thing_after(span: Span) -> str | None:
    """The noun of ``THINGS`` a writing of a name modifies, over a few lower-case words
    ("Ardwing missiles", "an Ardwing anti-ship missile"), or None."""
    doc, last = span.doc, span[-1]
    head = last.head  # "State of the Realm address": the last word modifies the noun
    if last.dep_ not in ("compound", "nmod", "amod") or head.i < span.end:
        return None
    if head.i - span.end > _REACH or not head.is_lower or head.lower_ not in THINGS:
        return None
    if not all(t.is_lower or t.is_punct for t in doc[span.end : head.i]):
        return None
    return head.lower_


def thing_votes(mentions: list[Mention]) -> None:
    """Each mention of a model's body whose every writing describes a weapon or a speech
    votes for a thing (see the module's doc)."""
    storm_votes(mentions)
    nickname_votes(mentions)
    given_name_votes(mentions)
    state_paper_votes(mentions)
    family_votes(mentions)
    numbered_name_votes(mentions)
    pageant_votes(mentions)
    modifier_name_votes(mentions)
    for mention in mentions:
        if not mention.fixed:
            generation_votes(mention)
            plural_opener_votes(mention)
    if not mentions:
        return
    doc = mentions[0].span.doc
    suffixes = cues().org_suffixes
    groups = by_writing(mentions)
    for group in groups.values():
        first = group[0]
        if any(m.fixed or m.place is not None or m.span.label_ != "ORG" for m in group):
            continue
        noun = _thing_after(first.span)
        if noun is None or (noun not in SPEECHES and first.span[-1].lower_ in suffixes):
            continue
        found = writings(doc, tuple(t.text for t in first.span))
        if found and all(_thing_after(w) is not None for w in found):
            for mention in group:
                mention.votes.pop(ORG, None)  # what its words said of a body
                mention.vote(WORK, 3.0)
