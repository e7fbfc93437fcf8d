"""The state, province or country written after a place's name: "Tarland, Ont.",
"Vellton, New Jersey", "Kelby, Shropshire: roads closed"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import lower_at as _lower
from generator.extract.doc_words import token_at as _token
from generator.extract.gazetteer import gazetteer, shire_county
from generator.extract.lexicon import Lexicon, Place, lexicon
from generator.extract.place_compass import COMPASS_POINTS

#: What may end a region's name written after a place: a comma, a stop, a dash, the text's
#: end ("Kelby Cove, Cornwall - ten miles from Tarn").
QUALIFIER_ENDS = frozenset({",", "", ";", ":", ")", "-", "\u2013", "\u2014"})


def region_after(span: Span) -> Place | None:
    """The state, province or country written after a place's name and a comma, which says
    where the place is: "Tarland, Ont.", "Vellton, New Jersey", "Kelby, Syria". The name
    after the comma must be one the model takes for a place ("In Tarvik, Ann Roke voted"
    names a voter), or one it left untagged with a stop after it ("Kelby, Shropshire: roads
    closed"), and must end the list: "Kelby, Kent, Tarvik" lists three places; after a
    compass point in small letters, a city says where too ("Kelby, west London"). A US
    state comes before a country of its name: "Fort Vell, Georgia". A region the model read
    as a person, a body or a product places the town when the region's name ends its phrase
    ("from Ashby, Devon, said", "off Kelby Cove, Cornwall, on Monday"): the model reads a
    county after a comma as anything, but a name the gazetteer knows as a region and
    nothing more of the phrase after it is where the town is."""
    doc, lex = span.doc, lexicon()
    follower = _token(doc, span.end + 1)
    if _lower(doc, span.end) != "," or follower is None:
        return None
    start = _past_compass_words(doc, follower.i)
    follower = _token(doc, start) or follower  # the place after "south" of "Kelby, south Wales"
    tagged = follower.ent_type_ in ("GPE", "LOC") or follower.text in lex.state_abbreviations
    misread = bool(follower.ent_type_) and not tagged  # "Ashby, Devon" read as a person's
    # After a compass word in small letters a city says where too: "Kelby, north-west London"
    kinds = ("region", "country", "city") if start > span.end + 1 else ("region", "country")
    found = _region_ending(doc, start, lex, states_first=True)
    if found is None or found[0].kind not in kinds:
        return None
    region, stop = found
    ends = QUALIFIER_ENDS if misread else _STOPS
    if not tagged and _lower(doc, stop) not in ends:
        return None  # "In Tarvik, Victoria said": a person the model missed, maybe
    after = _token(doc, stop + 1)
    listed = _lower(doc, stop) in (",", "and", "&") and after is not None and after.is_title
    return None if listed else region


#: The most words of a compass point before a place: "north", "-", "west".
_COMPASS_WORD_COUNT = 3


def _past_compass_words(doc: Doc, start: int) -> int:
    """Where the words of a compass point in small letters that start at ``start`` end:
    "west London", "north-west London", "north west London"."""
    at = start
    while at < start + _COMPASS_WORD_COUNT and (word := _token(doc, at)) is not None:
        if word.text not in COMPASS_POINTS and (word.text != "-" or at == start):
            break
        at += 1
    return at


#: Marks that end an untagged region's name after a place ("Kelby, Shropshire:"); a final
#: full stop reads as "" (`lower_at`), as the end of the text does.
_STOPS = frozenset({":", "", ";", ")", "-", "–", "—"})


def region_at(doc: Doc, start: int, lex: Lexicon) -> Place | None:
    """The country or region whose name, of up to three capitalised words, starts at
    ``start``, the longest first: "North Carolina", not "North"; none where the model's
    name goes on after it ("Bristol City", a club, is no "Bristol")."""
    found = _region_ending(doc, start, lex)
    if found is None:
        return None
    after = _token(doc, found[1])
    return None if after is not None and after.ent_iob_ == "I" else found[0]


def _region_ending(
    doc: Doc, start: int, lex: Lexicon, *, states_first: bool = False
) -> tuple[Place, int] | None:
    """`region_at`'s place and the index of the token after its name; with
    ``states_first``, a subdivision before a country of its name."""
    stop = start
    while stop < min(start + 3, len(doc)) and doc[stop].text[:1].isupper():
        stop += 1
    while stop < min(start + 5, len(doc)) and doc[stop].ent_iob_ == "I":
        stop += 1  # a name the model read whole: "Newfoundland and Labrador"
    table = gazetteer()
    for end in range(stop, start, -1):
        written = doc[start:end].text
        if states_first:
            region = table.subdivision(written) or lex.place(written)
        else:
            region = lex.place(written) or table.subdivision(written)
        region = region or shire_county(written)  # "Kelby, Berkshire": no ISO code names it
        if region is not None:
            return region, end
    return None
