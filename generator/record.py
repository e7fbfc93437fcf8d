"""The briefing record, defined once.

``RECORD`` below drives everything: the validator (`validate`), the JSON
Schema shipped for editors (`json_schema`), and the field order of written
records (`ordered`). To add a field, add it here, regenerate the schema with
``briefings schema > generator/schema/briefing.schema.json``, and extend the
templates. The schema language it is written in is generator.spec.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

import pycountry

from generator.problems import Problem
from generator.spec import ListOf, Mapping, Spec, Text, Validator, schema_of
from generator.vocabulary import TOPICS
from generator.yamlio import Loaded

Record = dict[str, Any]

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_MAX = 80
#: Longest body a record may hold. Ingest refuses a longer seed (`seeds`), so it never
#: writes a record that `check` would reject.
BODY_MAX_CHARS = 200_000
#: New ids are shorter, for editors to type; existing ids up to SLUG_MAX stay valid.
NEW_ID_MAX = 60
_SLUG = re.compile(SLUG_PATTERN)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Files named like devices cannot be checked out on Windows.
_WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{d}{n}" for d in ("com", "lpt") for n in range(1, 10)]
)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


# --- the checks, one per rule ---------------------------------------------------


def check_date(value: str) -> str | None:
    """A calendar date written YYYY-MM-DD."""
    if not _DATE.match(value):
        return f"expected a date as YYYY-MM-DD, got '{value}'"
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return f"'{value}' is not a real date"
    return None


def check_slug(value: str) -> str | None:
    """Lower-case ASCII words joined by hyphens, at most 80 characters."""
    if len(value) > SLUG_MAX:
        return f"id is {len(value)} characters, over the limit of {SLUG_MAX}"
    if not _SLUG.match(value):
        return f"'{value}' is not a valid id: use lower-case a-z, 0-9 and single hyphens"
    if value in _WINDOWS_RESERVED:
        return f"'{value}' is not a valid id: Windows reserves it as a device name"
    if value == "entities":
        return "'entities' is not a valid id: briefings/entities.yaml is the entity register"
    return None


def check_http_url(value: str) -> str | None:
    """Only http(s) links ever reach the site."""
    if not re.match(r"^https?://[^\s/$.?#][^\s]*$", value, re.IGNORECASE):
        return f"expected an http(s) URL, got '{value}'"
    return None


def check_country_code(value: str) -> str | None:
    """An ISO 3166-1 alpha-2 code that exists."""
    if not re.match(r"^[A-Z]{2}$", value) or pycountry.countries.get(alpha_2=value) is None:
        return f"'{value}' is not an ISO 3166-1 alpha-2 country code"
    return None


#: The ``thread`` value that keeps a briefing out of every story thread.
THREAD_OUT = "none"


def check_thread_pin(value: str) -> str | None:
    """The id of another briefing of the story, or ``none``."""
    if value == THREAD_OUT or (len(value) <= SLUG_MAX and _SLUG.match(value)):
        return None
    return (
        f"'{value}' is not a briefing id: write the id of another briefing of the story"
        f" to pin this one into its thread, or '{THREAD_OUT}' to keep it out of every thread"
    )


def check_language(value: str) -> str | None:
    """An ISO 639-1 language code that exists."""
    if not re.match(r"^[a-z]{2}$", value) or pycountry.languages.get(alpha_2=value) is None:
        return f"'{value}' is not an ISO 639-1 language code"
    return None


def check_topic(value: str) -> str | None:
    """A topic from the controlled vocabulary."""
    if value in TOPICS:
        return None
    close = difflib.get_close_matches(value, list(TOPICS), n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown topic '{value}'{hint}"


def check_sha256(value: str) -> str | None:
    """A hex SHA-256 digest."""
    return None if _SHA256.match(value) else "expected a SHA-256 hex digest"


# --- the record -------------------------------------------------------------------

_NAME = Text("The name readers know", max_length=200)
_ALIASES = ListOf(Text("Another form of the name used in the text", max_length=200), "Aliases")

RECORD = Mapping(
    description="A briefing record (v1)",
    fields={
        "id": Text(
            "Unique slug, equal to the file name",
            max_length=SLUG_MAX,
            check=check_slug,
            pattern=SLUG_PATTERN,
        ),
        "title": Text("Headline", max_length=300),
        "date": Text("Date of the briefing, YYYY-MM-DD", check=check_date, json_format="date"),
        "date_source": Text(
            "Where the date came from; 'ingest' means the day the record was made",
            enum=("front matter", "page", "dateline", "ingest"),
        ),
        "status": Text("draft or published", enum=("draft", "published")),
        "source": Mapping(
            description="Where the article was published",
            fields={
                "name": Text("Publication name", nullable=True, max_length=200),
                "url": Text(
                    "http(s) URL of the article or publication",
                    nullable=True,
                    max_length=2000,
                    check=check_http_url,
                    json_format="uri",
                ),
            },
        ),
        "summary": Text("1-3 sentences, at most ~70 words", max_length=2000),
        "key_points": ListOf(
            Text("A sentence that carries the story", max_length=1000),
            "3-5 key points",
            max_items=20,
        ),
        "people": ListOf(
            Mapping(
                description="A person",
                fields={
                    "name": _NAME,
                    "role": Text("Role as stated in the text", nullable=True, max_length=300),
                    "aliases": _ALIASES,
                },
            ),
            "People, most important first",
            unique_by="name",
        ),
        "organizations": ListOf(
            Mapping(description="An organization", fields={"name": _NAME, "aliases": _ALIASES}),
            "Organizations, most important first",
            unique_by="name",
        ),
        "places": ListOf(
            Mapping(
                description="A place",
                fields={
                    "name": _NAME,
                    "kind": Text("Kind of place", enum=("country", "city", "region", "other")),
                    "country_code": Text(
                        "ISO 3166-1 alpha-2 code",
                        nullable=True,
                        check=check_country_code,
                        pattern="^[A-Z]{2}$",
                    ),
                    "aliases": _ALIASES,
                },
            ),
            "Places, most important first",
            unique_by="name",
        ),
        "groups": ListOf(
            Mapping(description="A group of people", fields={"name": _NAME, "aliases": _ALIASES}),
            "Nationalities, religious, ethnic and political groups",
            unique_by="name",
        ),
        "quotes": ListOf(
            Mapping(
                description="A direct quotation",
                fields={
                    "text": Text("The words, without quote marks", max_length=5000),
                    "speaker": Text(
                        "A people[].name or organization name", nullable=True, max_length=200
                    ),
                },
            ),
            "Direct quotations",
        ),
        "topics": ListOf(
            Text("IPTC Media Topic", enum=tuple(TOPICS), check=check_topic), "Topics", max_items=17
        ),
        "thread": Text(
            "Story thread pin: the id of another briefing of the story (a thread's address"
            " names its first briefing) puts this one in its thread; 'none' keeps it out of"
            " every thread; absent, the generator decides",
            max_length=SLUG_MAX,
            check=check_thread_pin,
        ),
        "body": Text(
            "The article text, paragraphs separated by blank lines", max_length=BODY_MAX_CHARS
        ),
        "seed": Mapping(
            description="The seed this record was generated from (null if written by hand)",
            nullable=True,
            fields={
                "path": Text("Seed path relative to the project", max_length=500),
                "sha256": Text("SHA-256 of the seed file", check=check_sha256),
            },
        ),
        "redirect_from": ListOf(
            Text("An earlier id of this record", check=check_slug, pattern=SLUG_PATTERN),
            "Earlier ids; their URLs redirect to this briefing",
        ),
        "language": Text(
            "ISO 639-1 code of the seed's language; absent for English",
            check=check_language,
            pattern="^[a-z]{2}$",
        ),
    },
    optional=frozenset({"date_source", "redirect_from", "language", "thread"}),
)

FIELD_ORDER: tuple[str, ...] = tuple(RECORD.fields)


# --- validation -----------------------------------------------------------------


def _check_speakers(record: Record, validator: Validator) -> None:
    names: set[str] = set()
    for kind in ("people", "organizations"):
        entries = record.get(kind)
        if not isinstance(entries, list):
            return  # already reported; guessing speakers would only add noise
        names.update(
            e["name"] for e in entries if isinstance(e, dict) and isinstance(e.get("name"), str)
        )
    quotes = record.get("quotes")
    if not isinstance(quotes, list):
        return
    for index, quote in enumerate(quotes):
        if isinstance(quote, dict):
            speaker = quote.get("speaker")
            if isinstance(speaker, str) and speaker not in names:
                close = difflib.get_close_matches(speaker, sorted(names), n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                validator.report(
                    f"quotes[{index}].speaker",
                    f"'{speaker}' is not the name of an entry in people or organizations{hint}",
                )


def max_chars(*path: str) -> int:
    """The longest text a record holds at a field path: ``max_chars("title")``,
    ``max_chars("source", "url")``; for a list, each item's (``max_chars("key_points")``).
    What makes a record's text shows it whole or cuts it to this, so `check` accepts it."""
    spec: Spec = RECORD
    for name in path:
        assert isinstance(spec, Mapping), path
        spec = spec.fields[name]
    if isinstance(spec, ListOf):
        spec = spec.item
    assert isinstance(spec, Text), path
    return spec.max_length


def validate(loaded: Loaded, path: str, stem: str | None = None) -> list[Problem]:
    """Every problem of one loaded record file (``stem``: its file name stem)."""
    validator = Validator(loaded, path)
    validator.value(RECORD, loaded.data, "")
    if isinstance(loaded.data, dict):
        record_id = loaded.data.get("id")
        if stem is not None and isinstance(record_id, str) and record_id != stem:
            validator.report("id", f"id '{record_id}' differs from the file name '{stem}.yaml'")
        _check_speakers(loaded.data, validator)
    return validator.problems


def quotes_once(record: Record) -> list[Record]:
    """The record's quotes with a repeat of the same words by the same speaker left out: a
    page that prints a quote twice (a pull quote) keeps both in its record, as the text has
    them, and a reader sees it once."""
    seen: set[tuple[str, str | None]] = set()
    once: list[Record] = []
    for quote in record["quotes"]:
        key = (quote["text"], quote["speaker"])
        if key not in seen:
            seen.add(key)
            once.append(quote)
    return once


def ordered(record: Record) -> Record:
    """The record with its fields in the canonical order (unknown keys last)."""
    out = {name: record[name] for name in FIELD_ORDER if name in record}
    out.update((k, v) for k, v in record.items() if k not in out)
    return out


# --- JSON Schema -------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a record, for editors' YAML language servers."""
    schema = schema_of(RECORD)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://briefings.invalid/schema/briefing-v1.schema.json",
        "title": "Briefing record v1",
        **schema,
    }
