"""Evidence that a name the model reads as a person's is a site's, a venue's or an event's.

A headland, a beach or a valley is named with its common noun ("Tarrow Point", "Kelby
Valley"), as are a cafe, a beach abroad or a studio ("Cafe Morland", "Praia do Sol",
"Studio Vennick"): no surname ends or opens so when the first word is no given name. The
people of a place are named after it ("residents of Kelby Vale"), and a festival that
announces or says something is its organisers, never a person. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import lower_at
from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, PLACE, Mention
from generator.extract.referent_given_names import given_name_sex

#: Capitalised last words of a natural site that are no common surname: "Skelby Point",
#: "Tarn Valley". Surnames that are such words too ("Hill", "Heath", "Sands", "Bay",
#: "Wood", "Vale") stay out, and so does "Gardens", which ends the titles of books.
SITE_ENDINGS = frozenset(
    {"point", "valley", "beach", "cove", "falls", "cliffs", "headland", "gorge", "estuary"}
    | {"lagoon", "peninsula", "reservoir", "waterfall", "canyon"}
)
#: First words of a place to eat, sleep or bathe, in English and the tongues of holiday
#: coasts: "Cafe Morland", "Playa Serena", "Hotel Avoca". Never a given name.
SITE_OPENERS = frozenset(
    {"cafe", "café", "caffe", "caffè", "bistro", "brasserie", "pizzeria", "trattoria"}
    | {"taverna", "osteria", "hotel", "praia", "playa", "plage", "chateau", "château"}
    | {"palazzo", "castello", "quinta", "finca", "pousada", "parador"}
)
#: First words of a maker of films, games or records: "Studio Vennick", "Studios Arlo".
_MAKER_OPENERS = frozenset({"studio", "studios"})
#: Nouns of the people who live in a place, whose "of" names it: "residents of Kelby".
_DWELLERS = frozenset(
    {"residents", "inhabitants", "villagers", "townspeople", "townsfolk", "islanders"}
    | {"householders", "homeowners", "locals"}
)
#: Weight of a site's noun: more than the model's label and a verb of saying together.
_WEIGHT = 3.0


def site_name_votes(mention: Mention) -> None:
    """Votes of a site's noun ending or opening a person's name, of the dwellers of a place
    before it, and of an event's noun ending a body's name (see the module)."""
    span = mention.span
    if span.label_ == "PERSON" and _named_for_site(span):
        first = span[0].lower_
        mention.vote(ORG if first in _MAKER_OPENERS else PLACE, _WEIGHT)
    if span.label_ not in ("GPE", "LOC") and _dwellers_of(span):
        mention.vote(PLACE, _WEIGHT)  # "residents of Kelby Vale", "villagers of Tarn Abbas"
    if span.label_ == "ORG" and _named_for_event(span):
        mention.vote(ORG, 1.5)  # "Tarnfield Festival has announced": its organisers


def _named_for_site(span: Span) -> bool:
    """Whether a capitalised name of two words or more ends or opens with a site's noun and
    opens with no given name: "Skelby Point", "Cafe Morland"; not "Tom Beach"."""
    if len(span) < 2 or not span[0].is_title or not span[-1].is_title:
        return False
    if given_name_sex(span[0].text) is not None:
        return False
    first, last = span[0].lower_, span[-1].lower_
    return last in SITE_ENDINGS or first in SITE_OPENERS or first in _MAKER_OPENERS


def _dwellers_of(span: Span) -> bool:
    """Whether the name follows "residents of" or "the people of": the place they live in."""
    doc = span.doc
    if lower_at(doc, span.start - 1) != "of":
        return False
    noun = lower_at(doc, span.start - 2)
    return noun in _DWELLERS or (noun == "people" and lower_at(doc, span.start - 3) == "the")


def _named_for_event(span: Span) -> bool:
    """Whether a body's name of two words or more ends in a capitalised event's noun:
    "Tarnfield Festival", "the Kelby Awards"."""
    last = span[-1]
    return len(span) > 1 and last.is_title and last.lower_ in cues().event_words
