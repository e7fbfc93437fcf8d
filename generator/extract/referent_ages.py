"""Who an age or a family description refers to when no sentence before says.

News refers back to the person a story is about by an age ("the 54-year-old said") or a
family description written with hyphens ("the father-of-two said"). `Descriptions`
reads such a noun as the main subject of the narrative sentence before it; when that
subject is no person ("Police said ...", "The water rose ...") or there is none, the
noun still refers to someone the story has named:

* the one person the narrative sentence before names outside quotes ("To its new owner,
  Jo Ames, it was a bargain. '...,' the 47-year-old says");
* the speaker of the last quote with one before it, when nobody is named outside quotes
  since ("'...,' Jo Ames said. / '...' / The 61-year-old wrote ..."), else the one person
  named since whom the noun can be;
* with no speaker before, the one person named before it whom the noun can be, or the
  one named far more often than anyone else (the person the story is about).

Only people the noun can be count: of its sex, and of its age when the text states one
("Jo Ames, 44," is not "the 60-year-old").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Span, Token

from generator.extract.entities import PERSON, Entity
from generator.extract.quote_marks import Quote
from generator.extract.referent_nouns import age_number, age_of

__all__ = ["stated_ages", "story_person"]

#: Tokens before a name read for its age ("the 44-year-old Jo Ames": five, and "the").
AGE_LEAD = 6

#: Mentions of the person a story is about, and how many times as often as anyone else
#: the noun could be they are named.
STORY_MENTIONS = 3
STORY_LEAD = 2


def stated_ages(entity: Entity, before: int) -> set[int]:
    """The ages the text gives a person before token ``before``: "Jo Ames, 44," "Jo Ames,
    aged 44," or "the 44-year-old Jo Ames"."""
    ages: set[int] = set()
    for mention in entity.mentions:
        span = mention.span
        if span.start >= before:
            continue
        doc = span.doc
        after = [t for t in doc[span.end : span.end + 3] if t.lower_ != "aged"]
        if len(after) >= 2 and after[0].text == "," and after[1].like_num:
            number = age_number(after[1])  # "Jo Ames, 44," or "Jo Ames, aged 44,"
            if number is not None:
                ages.add(number)
        lead = doc[max(0, span.start - AGE_LEAD) : span.start]
        ages.update(a for t in lead if t.lower_ == "old" and (a := age_of(t)) is not None)
    return ages


def story_person(
    noun: Token,
    people: Sequence[Entity],
    quotes: Sequence[Quote],
    owners: Mapping[int, Entity],
    quoted: Callable[[int], bool],
    fits: Callable[[Entity], bool],
    near: Span | None = None,
) -> Entity | None:
    """The person an age or family description refers to with no person as the subject
    before it: the one person ``near`` (the narrative sentence before) names, else the
    last speaker, else the one person, or the main one, named before. ``fits`` tells
    whether the noun can be a person (sex); ages are checked here."""
    age = age_of(noun)

    def can_be(person: Entity) -> bool:
        ages = stated_ages(person, noun.i)
        return person.kind == PERSON and fits(person) and (age is None or not ages or age in ages)

    if near is not None:
        # "To its new owner, Jo Ames, it was a bargain. '...,' the 47-year-old says": the
        # one person the narrative sentence just before names, whom the noun can be.
        named = {
            id(o): o
            for t in near
            if not quoted(t.idx) and (o := owners.get(t.i)) is not None and can_be(o)
        }
        if len(named) == 1:
            return next(iter(named.values()))
    start = noun.sent.start_char
    spoken = [
        q
        for q in quotes
        if q.parts[-1][1] <= start and q.speaker is not None and q.speaker.kind == PERSON
    ]
    if spoken:
        # "'...,' Jo Ames said. / '...' / The 61-year-old wrote ...": the last speaker, or
        # the one person named outside quotes since whom the noun can be.
        last = max(spoken, key=lambda q: q.parts[-1][1])
        since = _named_between(noun, last.parts[-1][1], owners, quoted)
        if last.speaker is not None and not since and can_be(last.speaker):
            return last.speaker
        fitting = [p for p in people if id(p) in since and can_be(p)]
        return fitting[0] if len(fitting) == 1 else None
    counts = [(_mentions_before(p, noun, quoted), p) for p in people]
    ranked = sorted(((n, p) for n, p in counts if n > 0 and can_be(p)), key=lambda np: -np[0])
    if len(ranked) == 1:
        return ranked[0][1]  # the one person named before whom the noun can be
    if not ranked:
        return None
    (top, person), (second, _) = ranked[0], ranked[1]
    return person if top >= STORY_MENTIONS and top >= STORY_LEAD * second else None


def _mentions_before(person: Entity, noun: Token, quoted: Callable[[int], bool]) -> int:
    """How often a person is named outside quotes before the noun."""
    return sum(
        1 for m in person.mentions if m.span.start < noun.i and not quoted(m.span.start_char)
    )


def _named_between(
    noun: Token, start_char: int, owners: Mapping[int, Entity], quoted: Callable[[int], bool]
) -> set[int]:
    """The people named outside quotes from a character offset up to the noun."""
    return {
        id(owner)
        for t in noun.doc[: noun.i]
        if t.idx >= start_char
        and not quoted(t.idx)
        and (owner := owners.get(t.i)) is not None
        and owner.kind == PERSON
    }
