"""A club's name the model cut before its last word: "Ashby" of "Ashby Rovers beat Kelby".

A club takes a word after its town that no surname or place ends in ("Rovers", "Athletic",
"Wanderers", "FC"); where the model read the town alone and left that word outside every
name, the name runs on to it and is an organization's. Not when a capitalised word follows
("Ashby United Reformed Church" is a church's longer name). A name the model calls a person's
that ends in "Town" or "City" after a word that is no given name ("Kelby Town beat Ashby") is
a club's or a town's, never a person's.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import ORG, Mention
from generator.extract.referent_given_names import given_name_sex

#: Last words of a sports club's name, no surname's: "Kestrel Rovers", "Tarn Athletic".
CLUB_ENDINGS = frozenset(
    {"rovers", "rangers", "wanderers", "athletic", "albion", "harriers", "hotspur", "united"}
    | {"fc", "afc"}
)
#: Labels of names a club's town may be read as.
_TOWN_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP"})


def club_of_town(ent: Span) -> Span:
    """The entity run on to a club's last word left outside it ("Ashby" + "Rovers"), as an
    organization; any other entity as it is."""
    doc = ent.doc
    if ent.label_ not in _TOWN_LABELS or ent.end >= len(doc):
        return ent
    ending = doc[ent.end]
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    if (
        ending.ent_iob_ != "O"
        or ending.lower_ not in CLUB_ENDINGS
        or not (ending.is_title or ending.is_upper)
        or (after is not None and after.is_title)
    ):
        return ent
    club = doc[ent.start : ent.end + 1]
    club.label_ = "ORG"
    return club


#: Last words of a club's or a town's name, which no person's name ends in after a word that
#: is no given name: "Kelby Town", "Kelby City"; and words that close only football clubs'
#: names after their town ("Kelby Orient", "Tarn Argyle", "Ashby Villa").
_TOWN_WORDS = frozenset(
    {"Town", "City", "Villa", "Orient", "Argyle", "Alexandra", "Thistle", "Academical"}
    | {"Wednesday", "Palace", "Forest"}
)


def town_club_votes(mention: Mention) -> None:
    """ "Kelby Town beat Ashby": the model's person is a club (or the town), no one's name."""
    span = mention.span
    if span.label_ != "PERSON" or len(span) != 2:
        return
    last = span[-1]
    if last.text not in _TOWN_WORDS and not (last.is_title and last.lower_ in CLUB_ENDINGS):
        return
    if given_name_sex(span[0].text) is None:
        mention.vote(ORG, 1.5)
