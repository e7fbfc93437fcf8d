"""Named entities of one parsed article: people, organizations, places, groups.

Mentions come from the pipeline's entities (statistical NER plus our ruler);
this module decides what each mention is (the data tables beat the model's
label), merges partial names into full ones ("Shaibani" -> "Asaad
al-Shaibani") and orders entities by first mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

import pycountry
from spacy.tokens import Doc, Span

from generator.extract.lexicon import Lexicon, Place, lexicon, normalize

PERSON, ORG, PLACE, GROUP = "person", "organization", "place", "group"
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
_NAME_PARTICLES = re.compile(r"^(?:al|el|ad|as|an|ar|at|az|ash|ibn|bin|abu)[-\u2010]", re.I)


@dataclass
class Mention:
    """One stretch of text naming an entity."""

    span: Span
    kind: str
    text: str  # surface form, cleaned (no "the", no possessive)
    key: str  # what it refers to before merging: canonical name or surface form
    place: Place | None = None


@dataclass
class Entity:
    """One person, organization, place or group, with every mention of it."""

    kind: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    place: Place | None = None
    role: str | None = None

    @property
    def first(self) -> int:
        """Character offset of the first mention."""
        return min(m.span.start_char for m in self.mentions)

    @property
    def aliases(self) -> list[str]:
        """Every other surface form used, in order of first use."""
        seen = {normalize(self.name)}
        out = []
        demonyms = lexicon().demonyms
        for mention in sorted(self.mentions, key=lambda m: m.span.start_char):
            key = normalize(mention.text)
            if self.kind == PLACE and key in demonyms:
                continue  # "Iraqi" mentions Iraq but is not a name of it
            if key not in seen:
                seen.add(key)
                out.append(mention.text)
        return out


# --- cleaning spans -----------------------------------------------------------------


def clean_span(span: Span, lex: Lexicon) -> Span | None:
    """The span without a leading "the", courtesy titles, or a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    if span.label_ == "PERSON":
        # "Mr Howard", "President Bush": the title is a role, not part of the name.
        while end - start > 1 and (
            doc[start].lower_ in lex.honorifics or doc[start].lower_ in lex.role_words
        ):
            start += 1
    if start >= end:
        return None
    out = doc[start:end]
    out.label_ = span.label_
    out.id_ = span.id_
    return out


def surface(span: Span) -> str:
    """The text of a span as a name: one line, typographic apostrophes kept."""
    return " ".join(span.text.split())


# --- classifying mentions -------------------------------------------------------------


@cache
def _subdivisions() -> dict[str, str]:
    """Normalized subdivision name -> country code ("missouri" -> "US")."""
    out: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        out.setdefault(normalize(sub.name), sub.country_code)
    return out


def _place_of(text: str, label: str, lex: Lexicon) -> Place | None:
    found = lex.place(text)
    if found:
        return found
    code = _subdivisions().get(normalize(text))
    if code and label in ("GPE", "LOC"):
        return Place(text, "region", code)
    if label == "GPE":
        return Place(text, "other", None)
    if label == "LOC":
        return Place(text, "region", None)
    if label == "FAC":
        return Place(text, "other", None)
    return None


def _in_title(span: Span, lex: Lexicon) -> bool:
    """A one-word name that only qualifies a title: "Defense Secretary", "Secretary of State"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in lex.role_words:
        return True
    return (
        span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ in lex.role_words
    )


#: Plural nouns of peoples the tables do not list ("Gibraltarians", "Hashemites").
_GROUP_SUFFIX = re.compile(r"(?:ians|ites|eans)$")


def _places_inside(span: Span, lex: Lexicon) -> list[Mention]:
    """Countries named inside an event: "the Iraq war", "the Iran-Iraq war"."""
    out = []
    for token in span:
        place = lex.countries.get(normalize(token.text))
        if place is not None and token.text[:1].isupper():
            out.append(
                Mention(span.doc[token.i : token.i + 1], PLACE, token.text, place.name, place)
            )
    return out


def _looks_like_name(text: str) -> bool:
    # Names start with a capital (or an Arabic particle) and hold no digits.
    return (
        bool(text)
        and not any(c.isdigit() for c in text)
        and (text[0].isupper() or bool(_NAME_PARTICLES.match(text)))
        and "\n" not in text
        and len(text) <= 80
    )


def classify(span: Span, lex: Lexicon) -> list[Mention]:
    """What one entity span names; data tables beat the model's label."""
    text = surface(span)
    key = normalize(text)
    ruler_id = span.ent_id_
    kind, _, ident = ruler_id.partition(":")
    if kind == "org" or (not ruler_id and key in lex.organizations):
        return [Mention(span, ORG, text, ident or lex.organizations[key])]
    if kind == "group" or (not ruler_id and key in lex.groups):
        return [Mention(span, GROUP, text, ident or lex.groups[key])]
    if kind == "country":
        place = Place(lex.country_names[ident], "country", ident)
        return [Mention(span, PLACE, text, place.name, place)]
    if kind == "demonym" or (not ruler_id and key in lex.demonyms):
        code = ident or lex.demonyms[key]
        place = Place(lex.country_names[code], "country", code)
        out = [Mention(span, PLACE, text, place.name, place)]
        if key in lex.nationality_groups:
            out.append(Mention(span, GROUP, text, lex.nationality_groups[key]))
        return out
    if not _looks_like_name(text) or key in lex.noise:
        return []
    label = span.label_
    if label == "PERSON" and (key in lex.role_words or key in lex.honorifics):
        return []  # "Prince" alone is a title, not a name
    if label in ("ORG", "PERSON", "GPE") and _GROUP_SUFFIX.search(text) and " " not in text:
        return [Mention(span, GROUP, text, text)]  # "Gibraltarians": a people
    if label == "EVENT":
        return _places_inside(span, lex)
    if label == "ORG" and len(span) == 1 and _in_title(span, lex):
        return []  # "Home" of "Home Secretary", "State" of "Secretary of State"
    if label in ("GPE", "LOC", "FAC") or (label in ("ORG", "PERSON") and lex.place(text)):
        found = _place_of(text, label if label in ("GPE", "LOC", "FAC") else "GPE", lex)
        return [Mention(span, PLACE, text, found.name, found)] if found else []
    if label == "PERSON":
        return [Mention(span, PERSON, text, text)]
    if label == "ORG":
        return [Mention(span, ORG, text, text)]
    if label == "NORP" and text.endswith("s") and " " not in text and not text.isupper():
        return [Mention(span, GROUP, text, text)]  # an unknown people: "Houthis"
    return []


# --- merging people ---------------------------------------------------------------------


def name_tokens(name: str) -> list[str]:
    """Comparable parts of a name: "al-Shaibani" and "Shaibani" share "shaibani"."""
    return list(_name_tokens(name))


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[str, ...]:
    # Merging compares every pair of person mentions: worth caching.
    parts = [_NAME_PARTICLES.sub("", part).lower() for part in name.replace(".", "").split()]
    return tuple(p for p in parts if p)


def _partial_of(short: list[str], full: list[str]) -> bool:
    if not short or len(short) >= len(full):
        return False
    if len(short) == 1:
        return short[0] in full
    return all(part in full for part in short)


def resolve_people(mentions: list[Mention]) -> None:
    """Point every partial name at the full name it shortens (in place).

    A partial joins the full name mentioned most recently before it, else
    the first one in the text: "Hussein" after "Fuad Hussein" is Fuad Hussein.
    """
    people = [m for m in mentions if m.kind == PERSON]
    forms = sorted({m.key for m in people}, key=lambda k: -len(name_tokens(k)))
    for mention in people:
        short = name_tokens(mention.key)
        candidates = [
            m
            for m in people
            if _partial_of(short, name_tokens(m.key)) and len(name_tokens(m.key)) > len(short)
        ]
        if not candidates:
            continue
        # Prefer the surname: "Hussein" is more likely "Fuad Hussein" than "Hussein Ali".
        by_surname = [c for c in candidates if name_tokens(c.key)[-1] == short[-1]]
        pool = by_surname or candidates
        before = [c for c in pool if c.span.start_char < mention.span.start_char]
        chosen = (
            max(before, key=lambda c: c.span.start_char)
            if before
            else min(pool, key=lambda c: c.span.start_char)
        )
        mention.key = chosen.key
    # Chains: "Sudani" -> "Mohammed al-Sudani" -> "Mohammed Shia al-Sudani".
    longest = {k: k for k in forms}
    for form in forms:
        for longer in forms:
            if _partial_of(name_tokens(form), name_tokens(longer)):
                longest[form] = longest[longer]
                break
    for mention in people:
        mention.key = longest.get(mention.key, mention.key)


def adopt_person_parts(mentions: list[Mention]) -> None:
    """An organization or place that is part of a person's name is that person.

    The model calls "Rufayi" an organization; when the text also names
    "Abdullah Makki Muslih al-Rufayi" the mention is a surname, not an org.
    Only mentions the data tables did not place are moved.
    """
    people = {m.key: name_tokens(m.key) for m in mentions if m.kind == PERSON}
    for mention in mentions:
        if mention.kind not in (ORG, PLACE) or mention.span.ent_id_:
            continue
        if mention.kind == PLACE and mention.place and mention.place.kind != "other":
            continue
        tokens = name_tokens(mention.text)
        if len(tokens) != 1:
            continue
        owners = [key for key, parts in people.items() if len(parts) > 1 and tokens[0] in parts]
        if owners:
            mention.kind, mention.key, mention.place = PERSON, owners[0], None


_LOCATIVE_WORDS = "in near at outside inside around across into towards toward through off"
_LOCATIVE = frozenset(_LOCATIVE_WORDS.split())


def _place_context(span: Span, lex: Lexicon, locative: bool) -> bool:
    """Whether the words around a mention make it a place name.

    "the Karameh border crossing", "the oasis of Fada": a place noun is its
    head; with ``locative``, also "near Sidon" (a locative preposition
    governs it; not used for organizations, which people work "at" or "in").
    """
    root = span.root
    head = root.head
    if root.dep_ == "compound" and head.lower_ in lex.place_nouns:
        return True
    if locative and root.dep_ == "pobj" and head.lower_ in _LOCATIVE:
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lex.place_nouns


def places_by_context(mentions: list[Mention], lex: Lexicon) -> None:
    """People and unknown organizations that only ever appear as places become places.

    The model calls many small places people ("Karameh", "Sittingbourne");
    a name is moved only when every mention of it stands in a place context
    and it never has a role-like title, so real people stay people.
    """
    groups: dict[tuple[str, str], list[Mention]] = {}
    for mention in mentions:
        if mention.kind in (PERSON, ORG) and not mention.span.ent_id_:
            groups.setdefault((mention.kind, mention.key), []).append(mention)
    for (kind, key), group in groups.items():
        if kind == ORG and normalize(key) in lex.organizations:
            continue
        if (
            kind == PERSON
            and len(name_tokens(key)) > 1
            and not any("-" in t or t[:2].lower() == "al" for t in key.split())
        ):
            continue  # "Jack Straw" in London is still a person
        if all(_place_context(m.span, lex, locative=kind == PERSON) for m in group):
            for mention in group:
                mention.kind = PLACE
                mention.place = Place(mention.text, "other", None)
                mention.key = mention.text


def bare_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Surnames the NER missed ("Shaibani held talks"), as mentions of their person.

    Only a proper noun equal to the last part of exactly one person's name
    counts: first names ("Mohammed") are shared too often to be safe.
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    surnames: dict[str, set[str]] = {}
    for mention in mentions:
        parts = name_tokens(mention.key)
        if mention.kind == PERSON and parts:
            surnames.setdefault(parts[-1], set()).add(mention.key)
    added = []
    for token in doc:
        # The tagger sometimes calls a rare surname a noun ("Safadi told
        # reporters"); the capital and the exact match are the evidence.
        if token.i in taken or token.pos_ not in ("PROPN", "NOUN", "ADJ", "X"):
            continue
        parts = name_tokens(token.text)
        owners = surnames.get(parts[0]) if len(parts) == 1 else None
        if owners and len(owners) == 1 and token.text[:1].isupper():
            span = doc[token.i : token.i + 1]
            added.append(Mention(span, PERSON, token.text, next(iter(owners))))
    return sorted([*mentions, *added], key=lambda m: m.span.start)


def acronym_aliases(mentions: list[Mention]) -> None:
    """ "Veterans of Foreign Wars (VFW)": later "VFW" mentions are that organization."""
    acronyms: dict[str, str] = {}
    for mention in mentions:
        span = mention.span
        doc = span.doc
        if mention.kind == ORG and span.end + 2 < len(doc) and doc[span.end].text == "(":
            inner = doc[span.end + 1]
            if inner.text.isupper() and 2 <= len(inner.text) <= 8 and doc[span.end + 2].text == ")":
                acronyms.setdefault(inner.text, mention.key)
    for mention in mentions:
        if mention.kind == ORG and mention.text in acronyms:
            mention.key = acronyms[mention.text]


# --- putting it together --------------------------------------------------------------------


_PERSON_EVIDENCE_LABELS = frozenset(
    {"ORG", "GPE", "FAC", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "NORP", "LOC"}
)


def _titled(span: Span, lex: Lexicon) -> bool:
    return (
        span.start > 0
        and span.doc[span.start - 1].text[:1].isupper()
        and (span.doc[span.start - 1].lower_ in lex.role_words)
    )


def person_by_title(ent: Span, lex: Lexicon) -> Span:
    """A span the model mislabelled although a title says it is a person.

    "General Guven Ergenc" (tagged a work of art) and "President Reagan"
    (tagged an organization) are people: a capitalised role word followed by
    proper nouns is a name. Spans the entity ruler set are never changed.
    """
    if ent.label_ not in _PERSON_EVIDENCE_LABELS or ent.ent_id_:
        return ent
    doc = ent.doc
    start = ent.start
    while start < ent.end and doc[start].lower_ in lex.role_words and doc[start].text[:1].isupper():
        start += 1
    rest = doc[start : ent.end]
    titled = start > ent.start or _titled(ent, lex)
    if (
        titled
        and 1 <= len(rest) <= 3
        and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in lex.role_words
            for t in rest
        )
        and lex.place(rest.text) is None
        and normalize(rest.text) not in lex.organizations
    ):
        person = doc[start : ent.end]
        person.label_ = "PERSON"
        return person
    return ent


def joined_people(doc: Doc) -> list[Span]:
    """The entities, with PERSON spans that touch joined into one.

    The model sometimes cuts a long name in two ("Hojatoleslam Akbar" +
    "Hashemi Rafsanjani"); two person spans with nothing between them are
    one name.
    """
    out: list[Span] = []
    for ent in doc.ents:
        previous = out[-1] if out else None
        if (
            previous is not None
            and ent.label_ == previous.label_ == "PERSON"
            and ent.start == previous.end
        ):
            joined = doc[previous.start : ent.end]
            joined.label_ = "PERSON"
            out[-1] = joined
        else:
            out.append(ent)
    return out


def mentions_of(doc: Doc, lex: Lexicon | None = None) -> list[Mention]:
    """Every classified mention in the document, in text order."""
    lex = lex or lexicon()
    out: list[Mention] = []
    for ent in joined_people(doc):
        span = clean_span(person_by_title(ent, lex), lex)
        if span is not None:
            out.extend(classify(span, lex))
    resolve_people(out)
    adopt_person_parts(out)
    resolve_people(out)
    places_by_context(out, lex)
    out = bare_surnames(doc, out)
    acronym_aliases(out)
    return out


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
    ordered = sorted(entities.values(), key=lambda e: e.first)
    return ordered


def extract_entities(doc: Doc) -> list[Entity]:
    """People, organizations, places and groups of a parsed article."""
    return group_entities(mentions_of(doc))
