"""Names whose written form says what they are, against the model's label: "Co Tarn" is a
county, "the Mardle Arcade" a place, and "shares in Tarnow" a firm's shares even when a city
abroad is spelt so in another tongue.

`evidence.collect` calls `site_form_votes` for each mention the tables did not decide.
"""

from __future__ import annotations

from generator.extract.doc_words import lower_at, words_of
from generator.extract.gazetteer import fold, gazetteer
from generator.extract.lexicon import Place
from generator.extract.mentions import ORG, PLACE, Mention
from generator.extract.typing_site_names import site_name_votes

#: Last words of a place where people shop or walk, never a surname's or a body's:
#: "the Mardle Precinct", "Tarn Arcade".
_SHOPPING_SITES = frozenset({"precinct", "arcade"})
#: A last word that is a street's too but also a march's ("the Easter Parade"): a place only
#: after a word of where.
_STREET_TOO = frozenset({"parade"})
_WHERE = frozenset({"in", "on", "at", "along", "off", "near", "outside"})
#: Nouns of a firm's stock that "in" joins to the firm: "shares in Tarnow", "a stake in".
_HELD_IN = frozenset({"shares", "stake", "stakes", "stock", "holding", "holdings"})


def site_form_votes(mention: Mention) -> None:
    """Votes from a name's abbreviated county word, its site's noun, or a foreign city
    spelling after "shares in"; and those of `typing_site_names`."""
    _county_votes(mention)
    _shopping_site_votes(mention)
    _held_in_votes(mention)
    site_name_votes(mention)


def _county_votes(mention: Mention) -> None:
    """ "Co Tarn", "Co. Tarn": Ireland and Britain shorten "County" so before a county's name
    (a firm's "Co" closes its name, never opens it)."""
    span = mention.span
    if words_of(span.doc).texts[span.start] not in ("Co", "Co."):
        return  # the first word first: no list of the name's Tokens for most names
    words = [t for t in span if t.text != "."]
    if not 2 <= len(words) <= 3:
        return
    if not all(t.is_title and t.is_alpha for t in words[1:]):
        return
    county = " ".join(t.text for t in words[1:])
    known = gazetteer().subdivision(county)
    code = known.country_code if known is not None else None
    mention.place = Place(f"County {county}", "region", code)
    mention.vote(PLACE, 4.0)


def _shopping_site_votes(mention: Mention) -> None:
    """ "the 1970s Mardle Precinct", "in Tarn Parade": a place, not a person or a body."""
    span = mention.span
    last = span[-1].lower_
    if len(span) < 2 or not span[-1].is_title:
        return
    if last in _SHOPPING_SITES or (
        last in _STREET_TOO and lower_at(span.doc, span.start - 1) in _WHERE
    ):
        mention.vote(PLACE, 5.0)  # the head noun says it: more than "the" before a body


def _held_in_votes(mention: Mention) -> None:
    """ "Shares in Kelmo rose": a firm, when the map knows the name only as another tongue's
    spelling of a city elsewhere ("in Tokyo" written as the city is still where)."""
    span, place = mention.span, mention.place
    doc = span.doc
    if place is None or lower_at(doc, span.start - 1) != "in":
        return  # the words before first: the name's text is cut only after "in"
    if lower_at(doc, span.start - 2) in _HELD_IN and fold(place.name) != fold(span.text):
        mention.vote(ORG, 3.0)
