"""Evidence from the noun phrase a name stands in: "a restored Harlan Roadster", "nurse Jo Ames".

A name that an indefinite article counts ("a restored Harlan Roadster", "a spare Tibbet") is
a common noun with capitals: one of a kind of thing or of people, no one's name. A
full name right after a lower-case noun for a person ("student Jo Ames", "43-year-old
Jo Ames") is that person's, whatever label the model gave it; so is any name after an
occupation of the arts or of sport ("rapper Krayzon"). General word lists only.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from generator.extract.credit_votes import credit_votes, full_name
from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Lexicon, cues, occupations, people_nouns
from generator.extract.mentions import ORG, PERSON, WORK, Mention
from generator.extract.modifier_votes import modifier_votes
from generator.extract.name_spans import GENERATIONS
from generator.extract.nlp import common_nouns, text_of
from generator.extract.role_phrases import person_noun
from generator.extract.shapes import names_a_body
from generator.extract.typing_apposed_shops import apposed_shop_votes
from generator.extract.typing_toys import toy_votes

#: Articles that count one of a kind: "a Harlan Roadster", "another Tibbet".
_INDEFINITE = frozenset({"a", "an", "another"})
#: How far back an indefinite article may stand before the name, over lower-case words:
#: "a hand-stitched sailor Tibbet" (the hyphen's parts are tokens of their own).
_REACH = 6
#: Tags of the lower-case words between the article and the name: adjectives,
#: nouns, numbers, participles and a hyphen's parts.
_DESCRIBING = frozenset({"JJ", "JJR", "JJS", "NN", "CD", "VBN", "VBG", "HYPH", "RB"})
#: Words that give the name after them to a noun: "a coach called Jo Ames".
_NAMING = frozenset({"called", "named", "dubbed", "titled", "entitled", "known", "nicknamed"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
#: A party's member, capitalised as a party's name is: "the Democrat Jo Ames".
_PARTY_MEMBERS = frozenset({"democrat", "republican", "tory"})
#: An age written before a name: "43-year-old Jo Ames".
_AGE = re.compile(r"(?<![\w-])\d{1,3}-year-old\s+$")
#: Nouns with a person's ending that name machines and craft: "the rover Kite Seven".
MACHINES = frozenset(
    {"rover", "lander", "orbiter", "bomber", "fighter", "steamer", "launcher", "tracker"}
    | {"reactor", "satellite", "supercomputer", "computer", "robot", "transporter"}
)


def _indefinite(mention: Mention, lex: Lexicon) -> bool:
    """Whether an indefinite article counts the name: "a spare Tibbet", "owns a restored
    Harlan Roadster"; not "a Quorly reporter", "a Quorly's van" (the name describes a noun
    after it), "a coach called Jo Ames" (the name is given to the noun), "a Mr Ames" (a
    courtesy title names someone) nor "a friend Jo Baker" (a person's noun). A name of
    several words must end in a common noun ("Brother", "Pilot"): "a young Jo Ames" is the
    person at that age."""
    span = mention.span
    doc = span.doc
    follower = doc[span.end] if span.end < len(doc) else None
    head = span.root.head
    modifier = span.root.dep_ in ("compound", "nmod", "poss", "amod")
    if (
        modifier
        or (head.i >= span.end and head.pos_ in ("NOUN", "PROPN"))
        or (follower is not None and follower.lower_ in _POSSESSIVE)
    ):
        return False
    if len(span) > 1 and span[-1].lower_ not in common_nouns():
        return False
    i = span.start - 1
    while i >= max(0, span.start - _REACH):
        token = doc[i]
        if token.lower_ in _INDEFINITE:
            return True
        if token.lower_ in lex.honorifics or token.lower_ in _NAMING:
            return False
        if len(span) > 1 and _person_word(token):
            return False  # "a friend Jo Baker"; one word may be a toy's ("a nurse Tibbet")
        if not (token.is_lower or token.like_num or token.is_punct) or token.tag_ not in (
            _DESCRIBING
        ):
            return False
        i -= 1
    return False


def _person_word(token: Token) -> bool:
    """A lower-case singular noun for a person that no body or thing shares: "student",
    "campaigner", "housewife" (a compound of a person's noun); not "carrier", "rover"."""
    lower = token.lower_
    cue = cues()
    if not token.is_lower or token.tag_ not in ("NN", "NNP") or lower not in common_nouns():
        return False
    if lower in cue.org_heads or lower in cue.work_nouns or lower in cue.shared_roles:
        return False
    if lower in MACHINES:
        return False
    return person_noun(lower) or lower.endswith(_people_endings())


@cache
def _people_endings() -> tuple[str, ...]:
    """Nouns for people long enough to end a compound one: "housemate", "stepchild"."""
    return tuple(word for word in people_nouns() if len(word) >= 4)


def noun_votes(mention: Mention, lex: Lexicon) -> None:
    """Votes of the noun phrase around a name (see the module's doc)."""
    span = mention.span
    modifier_votes(mention, lex)
    toy_votes(mention)  # "a Barnaby Bear toy": the toy's name, no one's
    apposed_shop_votes(mention)  # "Forbidden Worlds, the comic shop": a business
    credit_votes(mention)
    if _after_occupation(mention):
        mention.vote(PERSON, 3.0)  # "rapper Krayzon" read as a town: a stage name is a person's
    if mention.place is None and len(span) == 1 and span.label_ != "ORG" and _aged(span):
        # "17-year-old Aisha", read as a building or left without votes: a given name (an
        # age before a body's name dates the thing, "her 40-year-old Volvo")
        mention.vote(PERSON, 3.0)
    if mention.place is not None or span.label_ not in ("PERSON", "ORG"):
        return
    if _acronym_first(mention, lex):
        mention.vote(ORG, 2.0)  # "NHS Lothian", "RAF Kelby": a body's branch or base
    if _after_plural_trade(mention):
        mention.vote(ORG, 3.0)  # "bookmakers Tarn Hill", "estate agents Kite Marlow"
        mention.named_body = True  # a firm's name, whatever its other mentions "said"
    if _indefinite(mention, lex):
        # Words between the article and the name describe the thing: "a sailor Tibbet" is
        # no title, so what they voted for a person is taken back.
        # A full name so counted ("someone like a Jo Ames") may still be the person named
        # elsewhere in the story: it only leans.
        mention.votes.pop(PERSON, None)
        mention.vote(WORK, 3.0 if len(span) == 1 else 1.5)
        return
    if _office_field(mention, lex):
        mention.vote(PERSON, 3.0)  # "head of drama Jo Ames": the field of a title, no film's
    if span.start == 0 or span.label_ == "PERSON" or not full_name(mention) or names_a_body(span):
        return  # the model's person needs no help; "consultant Quorly Partners" is a firm
    before = span.doc[span.start - 1]
    if _aged(span) or _person_word(before) or before.lower_ in _PARTY_MEMBERS:
        mention.vote(PERSON, 3.0)  # "43-year-old Jo Ames", "student Jo Ames", "Tory Jo Ames"


#: Occupations that bodies ply too: "public broadcaster Kelby One".
_BODIES_TOO = frozenset({"broadcaster"})


def _after_occupation(mention: Mention) -> bool:
    """Whether the name follows an occupation of the arts or of sport (titles.yaml), in lower
    case or opening the sentence: "rapper Krayzon", "Footballer Nine Volt"; whatever the model
    read, a stage name is one person's. Not a name that describes a noun after it."""
    span = mention.span
    if span.start == 0 or span.root.dep_ in ("compound", "amod", "nmod"):
        return False
    before = span.doc[span.start - 1]
    occupation = before.lower_ in occupations() and before.lower_ not in _BODIES_TOO
    opening = before.is_title and (before.i == 0 or bool(before.is_sent_start))  # "Rapper Ames"
    return occupation and (before.is_lower or opening) and span[0].is_title


def _office_field(mention: Mention, lex: Lexicon) -> bool:
    """Whether a full name follows a title and the field it is of: "head of drama Jo Ames",
    "director of music Jo Ames" (a work's noun there is the office's, not a title's)."""
    doc, start = mention.span.doc, mention.span.start
    if start < 3 or not full_name(mention) or names_a_body(mention.span):
        return False
    field = doc[start - 1]
    plain = field.is_lower and field.pos_ == "NOUN"
    return plain and doc[start - 2].lower_ == "of" and doc[start - 3].lower_ in lex.role_words


def _acronym_first(mention: Mention, lex: Lexicon) -> bool:
    """Whether a two-word "person" opens with an acronym of three or four capitals: a body's
    branch or site ("NHS Lothian", "RAF Kelby"). Two capitals may be initials ("JJ Ames"),
    and a title ("MRS"), a dateline's place ("ROME") or "Jr" after the word are no body."""
    span = mention.span
    if span.label_ != "PERSON" or len(span) != 2 or not span[1].is_title:
        return False
    word = span[0].text
    if not (word.isalpha() and word.isupper() and 3 <= len(word) <= 4):
        return False
    if span[0].lower_ in lex.honorifics | lex.role_words or span[1].lower_ in GENERATIONS:
        return False
    return lex.place(word) is None and gazetteer().lookup(word.title()) is None


#: Trades that firms ply under a name, often a founder's: "bookmakers Tarn Hill",
#: "accountants Vell Marlow", "estate agents Kite Frank". One such name after the plural is a
#: firm's; people of the trade are named in a list ("auditors Jo Ames and Kim Lee").
FIRM_TRADES = frozenset(
    {"bookmaker", "bookie", "accountant", "auditor", "agent", "stockbroker", "broker"}
    | {"solicitor", "jeweller", "auctioneer", "housebuilder", "builder", "outfitter", "caterer"}
)
#: Words after a name that go on to another: a list's.
_LISTING = frozenset({"and", ",", "&", "or"})


def _after_plural_trade(mention: Mention) -> bool:
    """Whether one name follows the plural of a firm's trade (`FIRM_TRADES`), in lower case
    or opening a sentence: "Bookmakers Tarn Hill said"; not a list of names after it."""
    span, doc = mention.span, mention.span.doc
    if span.start == 0 or span.root.dep_ == "conj" or len(span) < 2:
        return False
    noun = doc[span.start - 1]
    if not noun.lower_.endswith("s") or noun.lower_[:-1] not in FIRM_TRADES:
        return False
    listed = span.end < len(doc) and doc[span.end].lower_ in _LISTING
    return (noun.is_lower or bool(noun.is_sent_start)) and not listed


def _aged(span: Span) -> bool:
    """Whether an age stands right before the name: "43-year-old Jo Ames"."""
    return bool(_AGE.search(text_of(span.doc)[max(0, span.start_char - 16) : span.start_char]))
