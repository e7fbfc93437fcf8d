"""Names the model reads as places that name none, and the label each is read by instead.

The model tags as a place (GPE, LOC, FAC) names whose own words say otherwise:

- an occasion, whose name ends in "Day", "Week", "Month", "Year" or "Eve" ("the Lantern
  Remembrance Day"), or follows a lower-case noun of a feast and "of" ("the feast of
  Tollan", "the religious festival of Marwa"): an event, which no record lists;
- a title alone ("the King's mansion"): a person's word, which names no one by itself, as
  does a pronoun of people capitalised ("Nobody", "Everyone": spaCy's stop words ending
  in "-body" or "-one");
- a state's mission abroad ("the Vorlish Consulate", "the Pellish Embassy"): a body,
  whichever city it stands in, so it gives no story a region of that city's country;
- the plural of a thing the text names in the singular as a product ("the Kestrels are
  drones" beside "a Kestrel drone" the model reads as a product): a product, no land.
  A place of the tables or the gazetteer keeps its reading ("the Alps", "the Cotswolds").
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Lexicon

#: Words after a name, or ending it, that make it an occasion: "Labour Day", "Europe Week".
OCCASIONS = frozenset({"Day", "Week", "Month", "Year", "Eve"})
#: Lower-case nouns of a feast before "of" and its name: "the festival of Marwa".
_FEASTS = frozenset({"festival", "feast", "holiday", "fast"})
#: The model's labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Last words of a state's mission abroad: "the Vorlish Consulate".
_MISSIONS = frozenset({"embassy", "consulate"})


def label_read_instead(span: Span, lex: Lexicon) -> str | None:
    """The model's label a place-tagged span names by its own words (see module): "EVENT",
    "PERSON", "ORG" or "PRODUCT"; None when it may be a place."""
    if span.label_ not in _PLACE_LABELS:
        return None
    last = span[-1]
    if (len(span) > 1 and last.text in OCCASIONS) or _feast_named(span):
        return "EVENT"
    if len(span) == 1 and last.lower_ in lex.role_words and _unknown(span.text, lex):
        return "PERSON"  # `mentions.classify` lists no title alone
    if len(span) == 1 and _people_pronoun(last.lower_) and _unknown(span.text, lex):
        return "PERSON"  # "Nobody lost the vote": whoever it is, no place
    if len(span) > 1 and last.is_title and last.lower_ in _MISSIONS:
        return "ORG"
    if _plural_of_a_product(span, lex):
        return "PRODUCT"
    return None


def _people_pronoun(word: str) -> bool:
    """Whether a lower-case word is a pronoun of people: "nobody", "everyone"."""
    return word in STOP_WORDS and word.endswith(("body", "one"))


def _feast_named(span: Span) -> bool:
    """Whether a lower-case noun of a feast and "of" come right before the name."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    noun = doc[span.start - 2]
    return noun.is_lower and noun.lower_ in _FEASTS


def _plural_of_a_product(span: Span, lex: Lexicon) -> bool:
    """ "Kestrels" where the model reads "Kestrel" elsewhere in the text as a product, and
    no table or the gazetteer knows "Kestrels" as a place."""
    word = span.text
    if len(span) != 1 or not word.istitle() or not word.endswith("s") or len(word) < 4:
        return False
    if not _unknown(word, lex):
        return False
    return any(t.text == word[:-1] and t.ent_type_ == "PRODUCT" for t in span.doc)


def _unknown(name: str, lex: Lexicon) -> bool:
    """Whether neither the tables nor the gazetteer know a place of the name."""
    return lex.place(name) is None and gazetteer().lookup(name) is None
