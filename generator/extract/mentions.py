"""Mentions: the names of a parse, with a first guess at what they name.

A mention starts from the pipeline's entities (statistical NER plus our
ruler), cleaned by `name_spans`. The data tables decide a few kinds for sure (ruler aliases, groups,
demonyms, countries); every other mention only gets the model's label as one
vote, which `evidence` weighs against what the rest of the document says.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import kept_per_doc, tokens_in, tokens_of, words_of
from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import (
    Lexicon,
    Place,
    cues,
    normalize,
    people_nouns,
    people_words,
)
from generator.extract.nlp import common_noun_plural, span_text
from generator.extract.place_misreads import OCCASIONS, label_read_instead
from generator.extract.place_norp_names import norp_place
from generator.extract.place_roads import numbered_road
from generator.extract.referent_given_names import given_name_sex
from generator.extract.title_qualifiers import qualifies_title
from generator.extract.typing_nation_nouns import nation_noun

PERSON, ORG, PLACE, GROUP = "person", "organization", "place", "group"
#: A film, book, show, game, product, award or event: named, but not an entity we list.
WORK = "work"

NAME_PARTICLES = re.compile(r"^(?:al|el|ad|as|an|ar|at|az|ash|ibn|bin|abu)[-\u2010]", re.I)
#: Party-state tags after a politician's name: "D-Mass.", "R-Texas", "I-Vt."
_PARTY_TAG = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
#: Plural nouns of peoples the tables do not list ("Gibraltarians", "Hashemites").
_GROUP_SUFFIX = re.compile(r"(?:ians|ites|eans)$")

#: A city this large is what its name ending in "s" means, not a people ("Memphis culture").
_PEOPLE_NOT_CITY = 100_000
#: The model's labels and the kind each one votes for.
MODEL_KINDS = {
    "PERSON": PERSON,
    "ORG": ORG,
    "GPE": PLACE,
    "LOC": PLACE,
    "FAC": PLACE,
    "WORK_OF_ART": WORK,
    "PRODUCT": WORK,
    "LAW": WORK,
    "EVENT": WORK,
}


@dataclass
class Mention:
    """One stretch of text naming an entity."""

    span: Span
    kind: str
    text: str  # surface form, cleaned (no "the", no possessive)
    key: str  # what it refers to before merging: canonical name or surface form
    place: Place | None = None
    #: Decided by the data tables; evidence never changes it.
    fixed: bool = False
    #: The text says outright that the name is an animal's or a thing's ("Tilly the
    #: sheepdog"): no count of pronouns or verbs of saying makes it a person.
    named_thing: bool = False
    #: The text says outright that the name is a body's ("investment bank Tarn Hollis").
    named_body: bool = False
    #: The parse makes the name a part someone plays ("Ann Vell plays Jack Stone") or a
    #: person of a story ("the fictional detective Jack Stone").
    played: bool = False
    #: What the model's label and the tables suggest, before reading the context.
    prior: dict[str, float] = field(default_factory=dict)
    #: Evidence from the context for each kind; `kinds.decide` sums both
    #: over all mentions of the name.
    votes: dict[str, float] = field(default_factory=dict)

    def vote(self, kind: str, weight: float) -> None:
        """Add evidence that this mention names a ``kind``."""
        self.votes[kind] = self.votes.get(kind, 0.0) + weight


def by_writing(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    """The mentions grouped by their written form (`normalize`d), in text order: every
    writing of one name together."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[normalize(mention.text)].append(mention)
    return groups


def organizations_by_key(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    """The organization mentions grouped by what they refer to (`Mention.key`)."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.kind == ORG:
            groups[mention.key].append(mention)
    return groups


def without_organizations(mentions: list[Mention], keys: set[str]) -> list[Mention]:
    """The mentions without the organization mentions of ``keys``."""
    if not keys:
        return mentions
    return [m for m in mentions if not (m.kind == ORG and m.key in keys)]


def writings(doc: Doc, words: tuple[str, ...]) -> list[Span]:
    """Every place the document writes these words, tagged or not, in text order; not as a
    part of a hyphened word ("Vance" of "Arroyo-Vance")."""
    size = len(words)
    return [
        doc[i : i + size]
        for i in words_of(doc).starts_of(words)
        if not hyphened_to(doc, i, i + size)
    ]


def hyphened_to(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at start..end are joined by a hyphen to a capitalised word before or
    after: part of a longer name ("Vance" of "Arroyo-Vance"), not "post-Vance" or "Vance-led"."""
    before = start > 1 and closed_hyphen(doc, start - 1) and doc[start - 2].text[:1].isupper()
    after = end < len(doc) - 1 and closed_hyphen(doc, end) and doc[end + 1].text[:1].isupper()
    return before or after


def closed_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen with no space on either side."""
    return doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def surface(span: Span) -> str:
    """The text of a span as a name: one line, typographic apostrophes kept."""
    return " ".join(span_text(span).split())


def place_named(text: str, lex: Lexicon) -> Place | None:
    """A country or general region from the tables, else a city or subdivision."""
    return lex.place(text) or gazetteer().lookup(text)


def _opening_noun(span: Span) -> bool:
    """Whether a one-word name opens the sentence and is a plural of an English common noun,
    capitalised for its place: "Veterans groups welcomed the vote"."""
    first = span[0]
    opens = first.i == 0 or first.is_sent_start or first.nbor(-1).is_space
    return opens and common_noun_plural(first.lower_)


#: A broadcaster's name that numbers its channel or station: "Channel 4", "BBC Radio 5 Live".
#: No other number: "Chelsea 2" of a results line is a team and its score.
_NUMBERED_BODY = re.compile(
    r"(?:[A-Z][\w&'\u2019-]* )*(?:Channel|Radio|TV|Television) \d{1,2}(?: [A-Z][a-z]+)?"
)


#: A country's leaving a union, named by a blend of its name and "exit": "Brexit".
_LEAVING = re.compile(r"[A-Z][a-z]{1,4}exit")


def _looks_like_name(text: str, label: str = "") -> bool:
    # Names start with a capital (or an Arabic particle) and hold no digits, but for a
    # body's number after its capitalised words or a road's ("Interstate 40").
    numbered = label == "ORG" and _NUMBERED_BODY.fullmatch(text) is not None
    numbered = numbered or numbered_road(text, label)
    return (
        bool(text)
        and (numbered or not any(c.isdigit() for c in text))
        and (text[0].isupper() or bool(NAME_PARTICLES.match(text)))
        and "\n" not in text
        and " / " not in text
        and len(text) <= 80
        and not _PARTY_TAG.match(text)
    )


def _places_inside(span: Span, lex: Lexicon) -> list[Mention]:
    """Countries named inside an event: "the Iraq war", "the Iran-Iraq war"."""
    out = []
    for token in span:
        place = lex.countries.get(normalize(token.text))
        if place is not None and token.text[:1].isupper():
            mention = Mention(
                span.doc[token.i : token.i + 1], PLACE, token.text, place.name, place, fixed=True
            )
            out.append(mention)
    return out


def _plural_of_people(span: Span) -> bool:
    """ "Zorans" where the text also calls someone or something "Zoran" as a people's word."""
    word = span.text
    if len(span) != 1 or not word.endswith("s") or not word.istitle():
        return False
    if word[:-1] not in words_of(span.doc).positions:
        return False  # the text writes no such word, in an entity or out of one
    return any(t.text == word[:-1] for e in span.doc.ents if e.label_ == "NORP" for t in e)


def _by_table(span: Span, text: str, key: str, lex: Lexicon) -> list[Mention] | None:
    """Mentions the ruler or the tables decide for sure; None when they do not know."""
    # A span reads the ruler's id from its root token: it is the span's own only when every
    # token has it ("U.S. Navy" joined from the country "U.S." is no country).
    own = span.ent_id_
    ruled = own if all(t.ent_id_ == own for t in tokens_in(span)) else ""
    kind, _, ident = ruled.partition(":")
    tabled = not ruled
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text in OCCASIONS:
        return []  # "Labour Day" is a holiday, not the Labour Party
    if kind == "org" or (tabled and key in lex.organizations):
        return [Mention(span, ORG, text, ident or lex.organizations[key], fixed=True)]
    if kind == "group" or (tabled and key in lex.groups):
        return [Mention(span, GROUP, text, ident or lex.groups[key], fixed=True)]
    if kind == "country" and not _surname_of_a_person(span):
        place = Place(lex.country_names[ident], "country", ident)
        return [Mention(span, PLACE, text, place.name, place, fixed=True)]
    # A people's word is written with a capital: "polish the game", "french fries" name none.
    if tabled and key in lex.demonyms and text[:1].isupper():
        place = lex.demonym_place(key)
        out = [Mention(span, PLACE, text, place.name, place, fixed=True)]
        if key in lex.nationality_groups:
            out.append(Mention(span, GROUP, text, lex.nationality_groups[key], fixed=True))
        return out
    return None


def _surname_of_a_person(span: Span) -> bool:
    """Whether a one-word country follows a given name or a title somewhere in the text:
    "Holland" after "Trevor Holland" or "Mr Holland" is most likely that man again, so the
    votes of the text decide it, not the country table ("Holland was moved to tears")."""
    return len(span) == 1 and span.text in _surnames_after_given_names(span.doc)


def _surnames_after_given_names(doc: Doc) -> frozenset[str]:
    """Capitalised words written right after a given name or a courtesy title ("Holland" of
    "Trevor Holland" or "Mr Holland"), found once per document."""
    return kept_per_doc(doc, _SURNAMES_KEY, _read_surnames_after_given_names)


def _read_surnames_after_given_names(doc: Doc) -> frozenset[str]:
    return frozenset(
        token.text
        for previous, token in itertools.pairwise(tokens_of(doc))
        if token.is_title and _names_before(previous)
    )


_SURNAMES_KEY = "surnames_after_given_names"


def _names_before(token: Token) -> bool:
    """Whether a word goes before a surname: a given name ("Trevor") or a courtesy title
    ("Mr", "Dr.")."""
    if not token.is_title:
        return False
    return given_name_sex(token.text) is not None or token.lower_.rstrip(".") in cues().honorifics


#: Nouns of a country's divisions: "Kachin State", "Bihar state", "Punjab province".
_DIVISIONS = frozenset({"state", "province", "region", "governorate", "prefecture", "oblast"})


def _division_named(span: Span, text: str) -> Place | None:
    """ "Kachin State": a subdivision the gazetteer knows and the noun of its
    kind, written as one name (kept whole, as the text writes it)."""
    last = span[-1]
    if len(span) < 2 or not last.is_title or last.lower_ not in _DIVISIONS:
        return None
    division = gazetteer().subdivision(span[:-1].text)
    return Place(text, "region", division.country_code) if division is not None else None


def _division_before_its_noun(span: Span, text: str) -> Place | None:
    """ "Bihar state", "Parana state": the subdivision, not a city of that name elsewhere."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or not after.is_lower or after.lower_ not in _DIVISIONS:
        return None
    return gazetteer().subdivision(text)


def _peoples_words(span: Span, lex: Lexicon) -> bool:
    """ "Norlandic Buddhist monks": a name of only nation and faith words that qualifies a
    lower-case noun names a group; "Tom English said" has a first name and a verb after."""
    if len(span) < 2:
        return False  # asked first: most names are of one word
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    keys = [normalize(t.text) for t in span]
    return (
        after is not None
        and after.is_lower
        and after.pos_ in ("NOUN", "ADJ")
        and before not in lex.honorifics
        and before not in lex.role_words
        and all(t.is_title and key in people_words() for t, key in zip(span, keys, strict=True))
        and any(key in lex.demonyms or key in lex.groups for key in keys)
    )


def _modifies_a_noun(span: Span) -> bool:
    """Whether a one-word name qualifies a lower-case noun after it ("a Clarks shoe shop"):
    a people is written in the singular there ("Houthi rebels"), so the word is a shop's."""
    head = span[-1].head
    return span[-1].dep_ == "compound" and head.i > span.end - 1 and head.is_lower


def classify(span: Span, lex: Lexicon) -> list[Mention]:
    """What one entity span names: sure from the tables, else the model's vote."""
    text = surface(span)
    key = normalize(text)
    sure = _by_table(span, text, key, lex)
    if sure is not None:
        return sure
    label = label_read_instead(span, lex) or span.label_  # "the Vorlish Consulate": a body
    if not _looks_like_name(text, label) or key in lex.noise or nation_noun(span, lex):
        return []  # "said the Scot", "the Frenchman said": someone described, not named
    if _LEAVING.fullmatch(text):
        return []  # "Brexit", "Grexit": a country's leaving, an event, no body or person
    if (label in ("PERSON", "ORG") or text.endswith(".")) and (
        key in lex.role_words or key in lex.honorifics or key in people_nouns()
    ):
        # "Prince" alone is a title, not a name, and "Brig." whatever the model calls it (a
        # rank cut off another: "Brig. Gen. Jo Ames"); "Staff" of "General Staff" a noun.
        return []
    if (
        label in ("ORG", "PERSON", "GPE")
        and " " not in text
        and (_GROUP_SUFFIX.search(text) or _plural_of_people(span))
    ):
        return [Mention(span, GROUP, text, text, fixed=True)]  # "Gibraltarians": a people
    if norp_place(span, lex):
        label = "GPE"  # "the Belgorod region": a place the model read as a people's word
    if label == "NORP":
        if (
            text.endswith("s")
            and " " not in text
            and not text.isupper()
            and not _opening_noun(span)
            and not _modifies_a_noun(span)
            and gazetteer().population(text) < _PEOPLE_NOT_CITY  # "Memphis culture": a city's
        ):
            return [Mention(span, GROUP, text, text, fixed=True)]  # an unknown people: "Houthis"
        return []
    if label == "EVENT":
        inside = _places_inside(span, lex)
        if inside:
            return inside
    if label in ("ORG", "PERSON") and qualifies_title(span, lex):
        return []  # "Home" of "Home Secretary", "State" of "Secretary of State"
    if label == "PERSON" and _peoples_words(span, lex):
        return [Mention(span, GROUP, text, text, fixed=True)]
    kind = MODEL_KINDS.get(label)
    if kind is None:
        return []
    mention = Mention(span, kind, text, text, prior={kind: 1.0})
    known = lex.place(text) or _division_named(span, text)
    if known is not None:
        # A country or region of the tables; "Jordan" may still be a person's name.
        # The ruler's label of a country left to the votes (a person in the story bears its
        # name: `_surname_of_a_person`) is no more the model's reading than a person's label.
        ruled = span.ent_id_.startswith("country:") and _surname_of_a_person(span)
        doubted = label == "PERSON" or ruled
        mention.prior[PLACE] = mention.prior.get(PLACE, 0.0) + (1.5 if doubted else 3.0)
    mention.place = known or _division_before_its_noun(span, text) or gazetteer().lookup(text)
    if mention.place is not None and label == "PERSON" and len(span) == 1:
        mention.prior[PLACE] = mention.prior.get(PLACE, 0.0) + 0.25  # a tie-breaker only
    return [mention]
