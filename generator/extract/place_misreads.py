"""Names the model reads as places that name none, and the label each is read by instead.

The model tags as a place (GPE, LOC, FAC) names whose own words say otherwise:

- an occasion, whose name ends in "Day", "Week", "Month", "Year" or "Eve" ("the Lantern
  Remembrance Day"): an event, which no record lists;
- a state's mission abroad ("the Vorlish Consulate", "the Pellish Embassy"): a body,
  whichever city it stands in, so it gives no story a region of that city's country;
- the plural of a thing the text names in the singular as a product ("the Kestrels are
  drones" beside "a Kestrel drone" the model reads as a product): a product, no land.
  A place of the tables or the gazetteer keeps its reading ("the Alps", "the Cotswolds").
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Lexicon

#: Words after a name, or ending it, that make it an occasion: "Labour Day", "Europe Week".
OCCASIONS = frozenset({"Day", "Week", "Month", "Year", "Eve"})
#: The model's labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Last words of a state's mission abroad: "the Vorlish Consulate".
_MISSIONS = frozenset({"embassy", "consulate"})


def label_read_instead(span: Span, lex: Lexicon) -> str | None:
    """The model's label a place-tagged span names by its own words (see module): "EVENT",
    "ORG" or "PRODUCT"; None when it may be a place."""
    if span.label_ not in _PLACE_LABELS:
        return None
    last = span[-1]
    if len(span) > 1 and last.text in OCCASIONS:
        return "EVENT"
    if len(span) > 1 and last.is_title and last.lower_ in _MISSIONS:
        return "ORG"
    if _plural_of_a_product(span, lex):
        return "PRODUCT"
    return None


def _plural_of_a_product(span: Span, lex: Lexicon) -> bool:
    """ "Kestrels" where the model reads "Kestrel" elsewhere in the text as a product, and
    no table or the gazetteer knows "Kestrels" as a place."""
    word = span.text
    if len(span) != 1 or not word.istitle() or not word.endswith("s") or len(word) < 4:
        return False
    if lex.place(word) is not None or gazetteer().lookup(word) is not None:
        return False
    return any(t.text == word[:-1] and t.ent_type_ == "PRODUCT" for t in span.doc)
