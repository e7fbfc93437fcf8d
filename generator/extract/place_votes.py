"""Evidence that a name is a place, from the words around it.

"in Pittsburgh" (a place the tables know), "the capital Grozny", "the Karameh
border crossing", "the oasis of Zelta", "Pittsburgh, Pennsylvania", "Kelby
Head, five miles from Port Selby"; a dateline's place. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Lexicon, cues
from generator.extract.mentions import PLACE, Mention
from generator.extract.work_votes import lower_at as _lower
from generator.extract.work_votes import token_at as _token


def place_votes(mention: Mention, lex: Lexicon, datelines: set[int]) -> None:
    """Votes for a place from the words around a name ("in Pittsburgh", "the town Kehl")."""
    span, doc = mention.span, mention.span.doc
    if span.start in datelines:
        mention.vote(PLACE, 4.0)
        return
    root = span.root
    head = root.head
    known = mention.place is not None
    bonus = 1.0 if known else 0.0
    before = _token(doc, span.start - 1)
    if known and before is not None and before.lower_ in cues().locative:
        mention.vote(PLACE, 2.0)  # "in Sergiyev Posad 70 km north", however it is parsed
    elif before is not None and before.is_lower and _place_noun(before, lex):
        mention.vote(PLACE, 2.0 + bonus)  # "the capital Grozny", "the town Kehl"
    elif root.dep_ == "compound" and _place_noun(head, lex) and not _members_of(span, head):
        mention.vote(PLACE, 2.0 + bonus)  # "the Karameh border crossing"; "GCC states" are members
    elif root.dep_ == "pobj" and head.lower_ == "of" and _place_noun(head.head, lex):
        mention.vote(PLACE, 2.0 + bonus)  # "the oasis of Zelta", "the towns of Varnholm"
    elif root.dep_ == "pobj" and head.lower_ in cues().locative:
        if known:
            mention.vote(PLACE, 2.0)  # "in Pittsburgh"
        elif len(span) == 1 and span.label_ != "ORG":
            mention.vote(PLACE, 0.75)  # "near Sittingbourne": people are rarely "near"
    elif root.dep_ == "pobj" and head.lower_ in ("to", "on") and known:
        mention.vote(PLACE, 1.5)  # "a move to Kecskemet", "the attack on Arbil"
    if _lower(doc, span.start - 1) == "for" and _lower(doc, span.start - 2) in _MEMBERS:
        mention.vote(PLACE, 3.0)  # "the MP for Welby Hatton": a constituency
    if _at_a_distance(doc, span.end):
        mention.vote(PLACE, 3.0)  # "near Kelby Head, five miles from Port Selby"
    if _lower(doc, span.end) == ",":
        follower = _token(doc, span.end + 1)
        # Not a list of names: "Ana Ruiz, Kerry Vance" (the model's person span goes on).
        if follower is not None and follower.text[:1].isupper() and not _opens_a_name(follower):
            region = lex.place(follower.text) or gazetteer().subdivision(follower.text)
            if region is not None and region.kind in ("region", "country"):
                mention.vote(PLACE, 3.0 if known else 1.5)  # "Pittsburgh, Pennsylvania"


def _members_of(span: Span, noun: Token) -> bool:
    """ "GCC states", "SADC states": a body's initials before its member states, not a place
    ("LAX airport" is one)."""
    letters = span.text.replace(".", "")
    initials = len(span) == 1 and letters.isalpha() and letters.isupper() and len(letters) >= 2
    return initials and noun.lower_ in ("state", "states")


#: Members of a parliament, whose "for" names their constituency.
_MEMBERS = frozenset({"mp", "mps", "msp", "mep", "mla", "mpp", "tds", "td"})
#: Units of distance on the map.
_DISTANCES = frozenset(
    {"mile", "miles", "km", "kilometres", "kilometers", "kilometre", "kilometer", "metres"}
    | {"meters", "yards", "feet"}
)


def _at_a_distance(doc: Doc, end: int) -> bool:
    """Whether a distance from or of another place follows a name: "X, five miles from Y",
    "X, 70 km north of Y"; people are not measured so."""
    at = end + 1 if _lower(doc, end) == "," else end
    number, unit = _token(doc, at), _lower(doc, at + 1)
    if number is None or not number.like_num or unit not in _DISTANCES:
        return False
    after = _lower(doc, at + 2)
    if after in _COMPASS_WORDS:
        after = _lower(doc, at + 3)
    return after in ("from", "of", "away")


_COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west", "outside", "inland"}
)


def _opens_a_name(token: Token) -> bool:
    """Whether a word is the first of a person's name of several words ("Kerry Vance")."""
    after = _token(token.doc, token.i + 1)
    return token.ent_type_ == "PERSON" and after is not None and after.ent_iob_ == "I"


def _place_noun(token: Token, lex: Lexicon) -> bool:
    word = token.lower_
    return word in lex.place_nouns or (word.endswith("s") and word[:-1] in lex.place_nouns)
