"""What the entity step learned about names it dropped as no person's, for the steps after.

A name whose context said a work, a thing or an animal ("her spaniel, Biscuit")
is kept on the doc (`judged_no_person`), and the model's PERSON spans so judged
are relabelled, so later steps that read the parse's labels do not bring them back.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.lexicon import normalize
from generator.extract.mentions import PERSON, WORK, Mention

#: Where `mentions_of` keeps the names its evidence found to be no person's, in ``Doc.user_data``.
_NOT_PEOPLE_KEY = "briefings_not_people"
#: How much more the text must say for a thing than for a person: one sure sign ("her
#: spaniel, Biscuit"), not a lean ("another friend Jo Ames" read as one of a kind).
_SURELY_NO_PERSON = 3.0


def note_no_people(doc: Doc, read: list[Mention], kept: list[Mention]) -> None:
    """The names dropped whose context surely said a work, a thing or an animal rather than a
    person ("her spaniel, Biscuit"), kept on the doc for the steps after (`judged_no_person`)."""
    kept_ids = {id(m) for m in kept}
    votes: dict[str, float] = {}
    for mention in read:
        if id(mention) in kept_ids or mention.fixed:
            continue
        key = normalize(mention.text)
        against = mention.votes.get(WORK, 0.0) - mention.votes.get(PERSON, 0.0)
        votes[key] = votes.get(key, 0.0) + against
    doc.user_data[_NOT_PEOPLE_KEY] = frozenset(
        k for k, v in votes.items() if v >= _SURELY_NO_PERSON
    ) | {normalize(m.text) for m in read if m.named_thing and id(m) not in kept_ids}


def judged_no_person(doc: Doc) -> frozenset[str]:
    """The normalized names the entity step found to be no person's by what the text says."""
    found: frozenset[str] = doc.user_data.get(_NOT_PEOPLE_KEY, frozenset())
    return found


def label_works(doc: Doc, read: list[Mention], kept: list[Mention]) -> None:
    """The model's PERSON spans that the evidence found to be works, relabelled WORK_OF_ART.

    Later steps (speakers, roles) read the labels of the parse: a film the
    model called a person must not come back as a person the NER "missed".
    """
    kept_ids = {id(m) for m in kept}
    works = {
        (m.span.start, m.span.end)
        for m in read
        if id(m) not in kept_ids and m.span.label_ == "PERSON"
    }
    if not works:
        return
    relabelled = []
    for ent in doc.ents:
        inside = any(start <= ent.start and ent.end <= end for start, end in works) or any(
            ent.start <= start and end <= ent.end for start, end in works
        )
        relabelled.append(Span(doc, ent.start, ent.end, "WORK_OF_ART") if inside else ent)
    doc.ents = relabelled
