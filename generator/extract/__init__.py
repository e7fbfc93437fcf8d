"""Seed -> record fields: the language-processing half of ingest.

`extract` parses every seed with one batched spaCy pipeline (`load_nlp`) and
turns each parse into the record fields of DESIGN.md. Each concern lives in
its own module: entities (with alias data and name merging), roles, quotes,
summary and key points, topics, dates and titles.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from generator.extract.dates import date_of
from generator.extract.designation_people import with_designated_people
from generator.extract.entities import (
    GROUP,
    ORG,
    PERSON,
    PLACE,
    Entity,
    extract_entities,
)
from generator.extract.flat_breaks import mend_flat_breaks
from generator.extract.glued_captions import without_glued_captions
from generator.extract.headline_case import recase
from generator.extract.headline_slugs import without_story_kind
from generator.extract.language import ENGLISH, foreign_fields, language_of
from generator.extract.lexicon import lexicon
from generator.extract.nlp import load_nlp, text_of, with_text
from generator.extract.parser_marks import for_parser
from generator.extract.quote_backticks import curled_backticks
from generator.extract.quote_marks import Quote
from generator.extract.quotes import extract_quotes
from generator.extract.role_lede_offices import with_lede_offices
from generator.extract.role_spoken_offices import with_spoken_offices
from generator.extract.roles import role_of
from generator.extract.sentence_joins import mend_joins
from generator.extract.sentence_pronouns import named_subjects
from generator.extract.summary import digest
from generator.extract.title import title_for
from generator.extract.title_entities import with_title
from generator.extract.topics import topics_for
from generator.seeds import Seed
from generator.vocabulary import TOPICS

__all__ = ["extract", "load_nlp", "nlp_text"]

#: Texts per batch handed to spaCy; larger batches gain little on short news.
BATCH_SIZE = 32
#: Below this many seeds a second process costs more than it saves.
MIN_SEEDS_PER_PROCESS = 8
#: The parser needs about 1 GB per 100,000 characters; news is far shorter,
#: so longer seeds are read up to here (whole paragraphs) and kept whole in
#: the body.
MAX_NLP_CHARS = 100_000


def nlp_text(seed: Seed) -> str:
    """The text the pipeline reads: the body without its furniture (`Seed.content`) and
    glued captions (`glued_captions`), its flattened line breaks (`flat_breaks`),
    run-together sentences (`sentence_joins`) and TeX-style quote marks (`quote_backticks`)
    mended."""
    text = curled_backticks("\n\n".join(seed.content))
    text = mend_joins(without_glued_captions(mend_flat_breaks(text)))
    if len(text) > MAX_NLP_CHARS:
        cut = text.rfind("\n\n", 0, MAX_NLP_CHARS)
        text = text[: cut if cut > 0 else MAX_NLP_CHARS]
    return text


def extract(seeds: Sequence[Seed], *, n_process: int = 1) -> list[dict[str, Any]]:
    """Record fields for each seed, in order (see DESIGN.md, "Briefing record v1").

    English seeds share one batched parse; a seed in another language gets
    the fields `language.foreign_fields` can give it.
    """
    nlp = load_nlp()
    texts = [nlp_text(seed) for seed in seeds]
    languages = [language_of(text) for text in texts]
    english = [i for i, code in enumerate(languages) if code == ENGLISH]
    processes = max(1, min(n_process, len(english) // MIN_SEEDS_PER_PROCESS))
    docs = nlp.pipe(
        (for_parser(texts[i]) for i in english), batch_size=BATCH_SIZE, n_process=processes
    )
    parsed = {i: with_text(doc, texts[i]) for i, doc in zip(english, docs, strict=True)}
    # Headlines are short: one extra batch, so that a name only the headline writes is found.
    titles = {
        i: recase(without_story_kind(seeds[i].title or ""), texts[i], _furniture_names(seeds[i]))
        for i in english
    }
    title_docs = nlp.pipe((for_parser(titles[i]) for i in english), batch_size=BATCH_SIZE)
    titled = {i: with_text(doc, titles[i]) for i, doc in zip(english, title_docs, strict=True)}
    return [
        fields_of(seed, parsed[i], titled[i])
        if i in parsed
        else foreign_fields(seed, texts[i], languages[i], _given_topics(seed))
        for i, seed in enumerate(seeds)
    ]


def _furniture_names(seed: Seed) -> tuple[str, ...]:
    """Names the page's furniture wrote, which the text read by the parser no longer holds:
    the dateline's town and region ("Indian Wells, California")."""
    place = seed.dateline_place
    return tuple(part.strip() for part in place.split(",")) if place else ()


def fields_of(seed: Seed, doc: Doc, title: Doc) -> dict[str, Any]:
    """The record fields of one parsed seed (``title``: its recased headline, parsed)."""
    entities = extract_entities(doc, seed.dateline_place)
    entities = with_title(entities, title, doc)
    bodies = frozenset(form for e in _of(entities, ORG) for form in (e.name, *e.aliases))
    for entity in entities:
        entity.role = role_of(entity, bodies=bodies)
    entities = with_designated_people(entities, doc)
    story = digest(doc)
    quotes = extract_quotes(doc, entities)
    with_spoken_offices(doc, quotes, _of(entities, PERSON), lexicon())
    with_lede_offices(doc, _of(entities, PERSON), lexicon())
    people = [e for e in _of(entities, PERSON) if not _writer_only(e, seed, quotes)]
    named = named_subjects(story, doc, quotes, entities, people)
    date, date_source = date_of(seed)
    fields: dict[str, Any] = {
        "title": title_for(text_of(title), doc, story.summary),
        "date": date,
        "source": {"name": seed.source_name, "url": seed.source_url},
        "summary": named.summary,
        "key_points": named.key_points,
        "people": [{"name": e.name, "role": e.role, "aliases": e.aliases} for e in people],
        "organizations": [{"name": e.name, "aliases": e.aliases} for e in _of(entities, ORG)],
        "places": [_place(e) for e in _of(entities, PLACE)],
        "groups": [{"name": e.name, "aliases": e.aliases} for e in _of(entities, GROUP)],
        "quotes": [
            {"text": q.text, "speaker": q.speaker.name if q.speaker else None} for q in quotes
        ],
        "topics": _topics(seed, doc, title, _of(entities, PERSON)),
        "body": seed.text,
    }
    if date:
        fields["date_source"] = date_source
    return fields


def _of(entities: list[Entity], kind: str) -> list[Entity]:
    return [e for e in entities if e.kind == kind]


def _writer_only(person: Entity, seed: Seed, quotes: list[Quote]) -> bool:
    """Whether a person is one of the seed's writers and speaks no quote: the page names
    them in a credit or a video caption ("Fox News' Jo Dale reports"), not as news."""
    return person.name in seed.authors and all(q.speaker is not person for q in quotes)


def _place(entity: Entity) -> dict[str, Any]:
    place = entity.place
    return {
        "name": entity.name,
        "kind": place.kind if place else "other",
        "country_code": place.country_code if place else None,
        "aliases": entity.aliases,
    }


def _given_topics(seed: Seed) -> list[str]:
    """The valid topics of the seed's front matter, once each."""
    given = seed.front_matter.get("topics")
    if not isinstance(given, list):
        return []
    return list(dict.fromkeys(t for t in given if isinstance(t, str) and t in TOPICS))


def _topics(seed: Seed, doc: Doc, title: Doc, people: list[Entity]) -> list[str]:
    """The front matter's topics, or those of the headline and text: a headline says in few
    words what the story is about, which a short story's text may not say three times.
    People's names are no evidence of a topic."""
    names = [writing for person in people for writing in (person.name, *person.aliases)]
    return _given_topics(seed) or topics_for(f"{text_of(title)}\n\n{text_of(doc)}", names)
