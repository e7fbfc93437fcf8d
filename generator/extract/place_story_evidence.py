"""Which places and peoples the sentences around a place no table knows name.

A story is mostly about one country, but not every place it names is there: a British
story names a hill town of a war abroad, another a square of a foreign capital or a street
of a holiday. A place no table places takes
the country most of the story's places are in (`place_story`) unless the sentences naming
it name places or peoples ("Vestrian") of other countries only: better no country than the
wrong one. What each such place's sentences name is read once per document.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from spacy.tokens import Span

from generator.extract.lexicon import Place, lexicon, normalize


class _Mentioned(Protocol):
    """A mention: the span it covers."""

    @property
    def span(self) -> Span: ...


class _PlaceEntity(Protocol):
    """A place entity: its table place and its mentions."""

    @property
    def place(self) -> Place | None: ...

    @property
    def mentions(self) -> Sequence[_Mentioned]: ...


def story_evidence(entities: Iterable[_PlaceEntity]) -> dict[str, frozenset[str]]:
    """For each place of ``entities`` the tables give no country, by name: the names of the
    other places, and the country codes of the peoples ("British"), the sentences of its
    mentions name. Names, not codes: the story's other places are settled after this
    (`place_countries`), a "Kelby" the table reads abroad among them."""
    entities = list(entities)
    by_sentence: dict[int, set[str]] = {}
    for entity in entities:
        if entity.place is not None:
            for mention in entity.mentions:
                by_sentence.setdefault(mention.span.sent.start, set()).add(entity.place.name)
    demonyms = lexicon().demonyms
    out: dict[str, frozenset[str]] = {}
    for entity in entities:
        if entity.place is None or entity.place.country_code is not None:
            continue
        found: set[str] = set()
        seen: set[int] = set()
        for mention in entity.mentions:
            sentence = mention.span.sent
            if sentence.start in seen:
                continue
            seen.add(sentence.start)
            found |= by_sentence.get(sentence.start, set()) - {entity.place.name}
            found |= {
                _PEOPLE + demonyms[key]
                for token in sentence
                if token.is_title and (key := normalize(token.text)) in demonyms
            }
        out[entity.place.name] = out.get(entity.place.name, frozenset()) | found
    return out


#: What marks a people's country code among the names `story_evidence` gives.
_PEOPLE = "people:"


def story_attested(
    place: Place, code: str, places: Iterable[Place], evidence: Mapping[str, frozenset[str]]
) -> bool:
    """Whether the text lets ``place`` take the country ``code`` most of the story's places
    (``places``) are in: unless the sentences naming it name places or peoples of other
    countries only (``evidence``, `story_evidence`): "a square in Kelby, Vestria" in a story
    mostly of another country. A sentence naming places of no country says nothing."""
    found = evidence.get(place.name, frozenset())
    codes = {name.removeprefix(_PEOPLE) for name in found if name.startswith(_PEOPLE)}
    codes |= {p.country_code for p in places if p.name in found and p.country_code}
    return not codes or code in codes
