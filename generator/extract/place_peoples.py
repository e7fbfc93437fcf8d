"""Places the model reads as a people: "elections in Punjab", "a speech to Auckland".

The small model tags a region or a city as a nationality or a faith (NORP) when its
name sounds like one, and such a name never becomes a mention. A NORP name that no table
lists as a people's but that names a country or a subdivision, or a city known the world
over (`WORLD_FAME`), is a place's name; not a little-known town's ("Liberal", a Kansas
town, is a party's word) nor a plural ("Kurds"), nor a region's name set as an adjective
before a noun ("the Balkan nation", which one country's province also bears).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.gazetteer import WORLD_FAME, gazetteer
from generator.extract.lexicon import lexicon, normalize
from generator.extract.mentions import place_named


def peoples_that_are_places(doc: Doc) -> list[Span]:
    """The model's NORP names that are places' (`place_named`), as GPE spans."""
    lex = lexicon()
    out = []
    for ent in doc.ents:
        if ent.label_ != "NORP" or not ent.text[:1].isupper() or ent.text.endswith("s"):
            continue
        key = normalize(ent.text)
        if key in lex.demonyms or key in lex.groups or key in lex.nationality_groups:
            continue
        place = place_named(ent.text, lex)
        if place is None:
            continue
        known = place.kind in ("country", "region") and place.country_code is not None
        if place.kind == "region" and _before_a_noun(ent):
            continue  # "the Balkan nation": a people's or an area's adjective, not a province
        if known or gazetteer().fame(ent.text) >= WORLD_FAME:
            out.append(Span(doc, ent.start, ent.end, label="GPE"))
    return out


#: Nouns of a country's divisions: the name before one is the division's own ("the Kelmar
#: region", "Tarn province"), not an adjective describing the noun.
_DIVISION_NOUNS = frozenset(
    {"region", "province", "state", "department", "district", "county", "governorate"}
    | {"prefecture", "territory", "canton", "oblast", "municipality"}
)


def _before_a_noun(ent: Span) -> bool:
    """Whether a lower-case common noun follows the name: "the Balkan nation"; not a noun of
    a country's divisions ("the southern Kelmar region")."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ in _DIVISION_NOUNS:
        return False
    return doc[ent.end].pos_ == "NOUN" and doc[ent.end].is_lower
