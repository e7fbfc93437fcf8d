"""Which named site or which of two bodies a definite body noun refers back to.

Two readings `referent_organizations.Organizations.org_antecedent` falls back on:

* `subject_of_tie`: "Unlike the Hale Guild, the Tarn Guild keeps no rolls. ... The guild
  adds: '...'": when the two bodies whose names hold the noun were last named in the
  same sentence, the one that sentence was about (its main subject) is the one news
  refers back to; the other was named only beside it.
* `site_holding`: "Masks are required at Kelby Airport. '...,' the airport states": the
  body speaking is the site's own, named as the model named the site (a place of no
  town, region or country kind), when one such site's name ends with the noun;
* `site_of`: "a spokesman for Kelby Airport": the site's own body, named as written.

Both give None when the text leaves it open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from spacy.tokens import Span, Token

from generator.extract.entities import PLACE, Entity
from generator.extract.speech import SUBJECT_DEPS

__all__ = ["site_holding", "site_of", "subject_of_tie"]

#: Place kinds that are sites, not towns, regions or countries (which speak only as
#: their governments or peoples, which the text does not name).
SITE_KINDS = frozenset(["other"])


def subject_of_tie(tied: Iterable[Entity], sentence: Span) -> Entity | None:
    """The one of ``tied`` (bodies last named in ``sentence``) whose mention there is the
    sentence's main subject (the subject of its root or of a clause joined to it)."""
    found = [
        entity
        for entity in tied
        if any(
            sentence.start <= m.span.start and m.span.end <= sentence.end and _main_subject(m.span)
            for m in entity.mentions
        )
    ]
    return found[0] if len(found) == 1 else None


def _main_subject(span: Span) -> bool:
    """Whether a mention's head is the one subject of the sentence's root or of a verb
    joined to the root ("Unlike X, Y doesn't ...": Y); "X and Y share ..." has two."""
    root = span.root
    joined = any(c.dep_ == "conj" for c in root.children)
    return root.dep_ in SUBJECT_DEPS and root.head.dep_ in ("ROOT", "conj") and not joined


def site_of(token: Token, owners: Mapping[int, Entity]) -> Span | None:
    """The mention, without "the", of the site (a place of no town, region or country
    kind) that owns ``token``, or None."""
    owner = owners.get(token.i)
    if owner is None or owner.kind != PLACE or owner.place is None:
        return None
    if owner.place.kind not in SITE_KINDS:
        return None
    span = next((m.span for m in owner.mentions if m.span.start <= token.i < m.span.end), None)
    if span is None:
        return None
    return _without_the(span)


def _without_the(span: Span) -> Span:
    """The span without its opening "the": the site's name as news writes it alone."""
    return span[1:] if span[0].lower_ == "the" and len(span) > 1 else span


def site_holding(
    noun: Token,
    entities: Iterable[Entity],
    quoted: Callable[[int], bool],
    sentence_of: Callable[[int], int],
    within: int,
) -> Span | None:
    """The mention, without "the", of the one site named last before ``noun`` whose name
    ends with it ("Kelby Airport" for "the airport"), within ``within`` sentences; None
    when sites of different names share that last sentence."""
    word = noun.lower_
    last: dict[str, tuple[int, Span]] = {}
    for entity in entities:
        if entity.kind != PLACE or entity.place is None or entity.place.kind not in SITE_KINDS:
            continue
        for mention in entity.mentions:
            span = mention.span
            if span.end > noun.i or span[-1].lower_ != word or quoted(span.start_char):
                continue
            index = sentence_of(span.start_char)
            if entity.name not in last or index >= last[entity.name][0]:
                last[entity.name] = (index, span)
    if not last:
        return None
    ranked = sorted(last.values(), key=lambda pair: pair[0], reverse=True)
    latest, span = ranked[0]
    if len(ranked) > 1 and ranked[1][0] == latest:
        return None
    if sentence_of(noun.idx) - latest > within:
        return None
    name = _without_the(span)
    return name if len(name) > 1 else None
