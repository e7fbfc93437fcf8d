"""Which places and peoples the sentences around a place no table knows name.

A story is mostly about one country, but not every place it names is there: a British
story names a hill town of a war abroad, another a square of a foreign capital or a street
of a holiday. A place no table places takes
the country most of the story's places are in (`place_story`) unless the sentences naming
it name places or peoples ("Vestrian") of other countries only: better no country than the
wrong one. A street or a square whose sentences name a town, or follow one that does when
they name nothing, is in that town's country (`way_country`): "a tower in Kelby.\n\nThe
plans put it on Tarn Square." What each such place's sentences name is read once per
document.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from spacy.tokens import Span

from generator.extract.lexicon import Place, lexicon, normalize
from generator.extract.place_name_holds import names_a_way


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
    mentions name, or, for a sentence that names none, the places of the sentence before
    it, marked (`_BEFORE`). Names, not codes: the story's other places are settled after
    this (`place_countries`), a "Kelby" the table reads abroad among them."""
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
            said = _sentence_names(sentence, by_sentence, demonyms) - {entity.place.name}
            if not said and sentence.start > 0:
                # A sentence that names nothing leans on the one before it, across a
                # paragraph's break too: "... a tower in Kelby.\n\nThe plans put it on Tarn
                # Square." Marked, as only a street's town is read from it (`way_country`).
                before = _sentence_before(sentence)
                said = {_BEFORE + name for name in by_sentence.get(before.start, set())}
            found |= said
        out[entity.place.name] = out.get(entity.place.name, frozenset()) | found
    return out


def _sentence_names(
    sentence: Span, by_sentence: Mapping[int, set[str]], demonyms: Mapping[str, str]
) -> set[str]:
    """The places (``by_sentence``: by sentence start) and the peoples' country codes
    (``demonyms``: "British") a sentence names."""
    return by_sentence.get(sentence.start, set()) | {
        _PEOPLE + demonyms[key]
        for token in sentence
        if token.is_title and (key := normalize(token.text)) in demonyms
    }


def _sentence_before(sentence: Span) -> Span:
    """The sentence before ``sentence``, which is not the document's first."""
    return sentence.doc[sentence.start - 1].sent


#: What marks a people's country code among the names `story_evidence` gives ...
_PEOPLE = "people:"
#: ... and a place named in the sentence before one that names none.
_BEFORE = "before:"


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


def way_country(
    place: Place, places: Iterable[Place], evidence: Mapping[str, frozenset[str]]
) -> str | None:
    """The country of the towns the sentences naming a street or a square name
    (``evidence``, `story_evidence`), if they are all of one: "a tower on Tarn Square" after
    "plans for a hotel in Kelby" is Kelby's, whatever country most of the story is about. A
    town, not a country or a people: "Kelby Street said Vestria ..." is a government's seat."""
    if not names_a_way(place.name):
        return None
    found = {name.removeprefix(_BEFORE) for name in evidence.get(place.name, frozenset())}
    codes = {p.country_code for p in places if p.kind == "city" and p.name in found}
    return codes.pop() if len(codes) == 1 and None not in codes else None
