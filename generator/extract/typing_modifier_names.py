"""Evidence that a name only ever describes a body of laws or a site: "the new Orrin Vale
laws", "Tam Roke segregation laws were passed", "at the Marden Mill railway station".

A byword for a set of laws is written straight before the lower-case noun of laws, never on
its own, and so is a station's or an airport's name before its noun; a person is written
on their own too ("Vale said", "the Vale laws ... Vale"), so one writing elsewhere of the
same words, tagged or not, keeps the old reading. A possessive is a law or a site named
after someone ("Kira's law"), whose person the text names too, so it is no such writing.
General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import ORG, PERSON, PLACE, WORK, Mention, by_writing, writings

#: Lower-case nouns of a body of laws: "the Orrin Vale laws", "Tam Roke legislation".
LAW_NOUNS = frozenset({"law", "laws", "legislation", "statute", "statutes"})
#: Lower-case nouns of a site that only its own name stands before: "the Marden Mill railway
#: station", "Kelby airport". Not nouns a person's name describes ("the Ames home").
SITE_NOUNS = frozenset(
    {"station", "airport", "airfield", "aerodrome", "stadium", "racecourse", "bridge"}
    | {"tunnel", "junction", "interchange", "reservoir", "viaduct", "harbour", "harbor"}
)
#: How many lower-case words may stand between the name and the noun: "Tam Roke
#: segregation laws", "the Marden Mill railway station".
_REACH = 3
#: More than the model's person label of every writing (counted as at most a few) and a
#: verb of saying; no writing alone gives a person more.
_WEIGHT = 3.0


def _noun_after(span: Span) -> str | None:
    """The noun of laws or of a site that the name's last word modifies over a few
    lower-case words, or None."""
    doc, last = span.doc, span[-1]
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return None  # "Kira's law": named after someone
    head = last.head
    if last.dep_ not in ("compound", "nmod", "amod") or head.i < span.end:
        return None
    if head.i - span.end > _REACH or not head.is_lower:
        return None
    if head.lower_ not in LAW_NOUNS and head.lower_ not in SITE_NOUNS:
        return None
    if not all(t.is_lower or t.is_punct for t in doc[span.end : head.i]):
        return None
    return head.lower_


def _body(group: list[Mention]) -> bool:
    """Whether the model read any writing of the name as a body's."""
    return any(m.span.label_ == "ORG" for m in group)


def modifier_name_votes(mentions: list[Mention]) -> None:
    """Each mention of a name whose every writing describes a body of laws (or a site)
    votes for a work (or a place) in place of a person or a body (see the module's doc)."""
    if not mentions:
        return
    doc = mentions[0].span.doc
    for group in by_writing(mentions).values():
        first = group[0]
        if any(m.fixed or m.place is not None for m in group):
            continue
        noun = _noun_after(first.span)
        if noun is None or (noun in SITE_NOUNS and len(first.span) == 1 and _body(group)):
            continue  # "the Tube station": a one-word body's name before its site stays a body
        found = writings(doc, tuple(t.text for t in first.span))
        if not found or not all(_noun_after(w) is not None for w in found):
            continue
        for mention in group:
            mention.votes.pop(PERSON, None)
            mention.votes.pop(ORG, None)
            mention.vote(WORK if noun in LAW_NOUNS else PLACE, _WEIGHT)
