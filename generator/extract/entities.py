"""Named entities of one parsed article: people, organizations, places, groups.

`document_mentions` reads every mention of a name and gives it one kind; here
the mentions become entities, one per kind and name, in order of first mention,
with the dateline's places added and every place settled (`gazetteer` places
cities and provinces).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from generator.extract.designations import DESIGNATION_TITLES
from generator.extract.doc_words import tokens_of
from generator.extract.document_mentions import mentions_of
from generator.extract.family_names import name_tokens
from generator.extract.lexicon import Lexicon, Place, lexicon, normalize
from generator.extract.mentions import GROUP, ORG, PERSON, PLACE, Mention
from generator.extract.no_person_notes import judged_no_person
from generator.extract.people import resolve_people
from generator.extract.place_countries import settled_places
from generator.extract.place_datelines import dateline_heads
from generator.extract.place_parts import dateline_region, dateline_town
from generator.extract.place_story_evidence import story_evidence

__all__ = [
    "GROUP",
    "ORG",
    "PERSON",
    "PLACE",
    "Entity",
    "Mention",
    "Place",
    "dateline_entity",
    "extract_entities",
    "judged_no_person",
    "mentions_of",
    "name_tokens",
    "resolve_people",
]


@dataclass
class Entity:
    """One person, organization, place or group, with every mention of it."""

    kind: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    place: Place | None = None
    role: str | None = None
    #: Forms written where the pipeline did not read, such as the dateline.
    unparsed_forms: list[str] = field(default_factory=list)

    @property
    def first(self) -> int:
        """Character offset of the first mention; -1 for the dateline's place, named before."""
        return min((m.span.start_char for m in self.mentions), default=-1)

    @property
    def aliases(self) -> list[str]:
        """Every other surface form used, in order of first use."""
        seen = {_alias_key(self.name)}
        out = []
        demonyms = lexicon().demonyms
        written = [m.text for m in sorted(self.mentions, key=lambda m: m.span.start_char)]
        for form in [*self.unparsed_forms, *written]:
            if self.kind == PLACE and normalize(form) in demonyms:
                continue  # "Iraqi" mentions Iraq but is not a name of it
            if normalize(form) in DESIGNATION_TITLES and form != self.name.split()[-1]:
                continue  # "the Duke" refers to a person but is no name of his; "Bishop"
                # of "Julie Bishop" is one of hers
            key = _alias_key(form)
            if key not in seen:
                seen.add(key)
                out.append(form)
        return out


def _alias_key(form: str) -> str:
    """The key that tells two written forms apart: `normalize`, but a dotted form is its
    own ("US" of a headline and "U.S." of the body are both forms the text writes)."""
    return normalize(form) + ("." if "." in form else "")


def group_entities(mentions: Iterable[Mention]) -> list[Entity]:
    """Mentions -> entities (one per kind and key), ordered by first mention."""
    entities: dict[tuple[str, str], Entity] = {}
    for mention in mentions:
        entity = entities.setdefault(
            (mention.kind, mention.key), Entity(mention.kind, mention.key, place=mention.place)
        )
        entity.mentions.append(mention)
        if entity.place is None:
            entity.place = mention.place
    return sorted(entities.values(), key=lambda e: e.first)


def dateline_entity(place_name: str, lex: Lexicon | None = None) -> Entity:
    """The place of a dateline the pipeline did not read ("WASHINGTON" of "WASHINGTON (AP) -")."""
    place = dateline_town(place_name, lex)
    town = " ".join(place_name.split()).partition(",")[0].strip()
    return Entity(PLACE, place.name, place=place, unparsed_forms=[town])


def _add_place(entities: list[Entity], place: Entity, at: int) -> None:
    """A place of a dateline into ``entities`` at ``at``, or its forms to the one of its name."""
    same = [e for e in entities if e.kind == PLACE and e.name == place.name]
    if same:
        same[0].unparsed_forms.extend(place.unparsed_forms)
    else:
        entities.insert(at, place)


def extract_entities(doc: Doc, dateline_place: str | None = None) -> list[Entity]:
    """People, organizations, places and groups of a parsed article.

    ``dateline_place`` is the place of a dateline cut from the text before
    parsing: the story was filed there, so it is one of the story's places.
    """
    entities = group_entities(mentions_of(doc))
    cut = [dateline_place] if dateline_place and dateline_place.strip() else []
    if cut:
        _add_place(entities, dateline_entity(cut[0]), 0)
    for dateline in [*cut, *dateline_heads(doc)]:
        region = dateline_region(dateline)  # "IRVINE, Calif": California too
        if region is not None:
            place, form = region
            if form != place.name:  # the model's own "Calif", of no place so named, is this one
                entities[:] = [e for e in entities if not (e.kind == PLACE and e.name == form)]
            # After the first place, the dateline's town: "Irvine", then "California".
            after_town = next((i + 1 for i, e in enumerate(entities) if e.kind == PLACE), 0)
            found = Entity(PLACE, place.name, place=place, unparsed_forms=[form])
            _add_place(entities, found, after_town)
    placed = [(e, e.place) for e in entities if e.kind == PLACE and e.place is not None]
    capitalized = frozenset(t.lower_ for t in tokens_of(doc) if t.is_title)
    filed = [dateline_town(name).country_code for name in [*cut, *dateline_heads(doc)][:1]]
    evidence = story_evidence(e for e, _ in placed)
    settled = settled_places(
        [p for _, p in placed], capitalized, filed[0] if filed else None, evidence
    )
    for (entity, _), place in zip(placed, settled, strict=True):
        entity.place = place
    return entities
