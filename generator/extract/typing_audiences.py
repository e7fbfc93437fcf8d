"""Evidence that a name is a work's from its audience: "fans of Moss Harbour queued overnight".

Fans, viewers, players, readers and listeners "of" a name are a game's, a show's, a book's or
a podcast's, which the model reads as a body, a person or a town. A club or a band has fans
too, so the vote is modest: it decides a name written once with no other evidence, and loses
to a body's or a person's evidence anywhere in the text ("the band Moss Harbour", "striker
Ian Moss"). Names the gazetteer knows ("fans of Leeds"), names ending like a body's
("fans of Kelby Rovers"), and names made like a person's ("fans of Justin Vell") get no vote.
General word lists only: no titles of works.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import cues
from generator.extract.mentions import WORK, Mention
from generator.extract.nlp import common_nouns
from generator.extract.referent_given_names import given_name_sex
from generator.extract.shapes import ends_like_place
from generator.extract.typing_club_spans import CLUB_ENDINGS

#: Nouns of a work's audience: "fans of", "viewers of", "players of".
_AUDIENCES = frozenset(
    {"fans", "viewers", "players", "readers", "listeners", "gamers"}
    | {"fan", "viewer", "player", "reader", "listener", "gamer"}
)
#: Last words of a periodical's name, beside the body words of the lexicon: "Motor Weekly".
_PERIODICALS = frozenset({"weekly", "monthly", "magazine", "review", "quarterly"})
#: Less than the model's label and a verb of saying together; more than the label alone.
_WEIGHT = 1.5


def audience_votes(mention: Mention) -> None:
    """A vote for a work when the name is what an audience is "of" (see the module)."""
    if mention.fixed or mention.place is not None:
        return
    span = mention.span
    if _person_shaped(span) or _body_shaped(span):
        return
    if _audience_of(_title_head(span.root)):
        mention.vote(WORK, _WEIGHT)


def _title_head(token: Token) -> Token:
    """The capitalised word a name's root is part of: "Tales" of "Grimwood" in "Grimwood
    Tales", which the model cut short."""
    while token.dep_ == "compound" and token.head.is_title and token.head.i > token.i:
        token = token.head
    return token


def _audience_of(token: Token) -> bool:
    """Whether a word is the object of "of" after an audience's noun: "fans of ...",
    not "a group of fans" nor "fans in Leeds"."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return False
    return of.head.lower_ in _AUDIENCES


def _body_shaped(span: Span) -> bool:
    """Whether a name ends in a word of bodies, clubs, periodicals or places: "Kelby Rovers",
    "Motor Weekly", "Tarn Records", "Otter Road"; readers of a paper are its own."""
    last = span[-1].lower_
    if last in cues().org_suffixes or last in CLUB_ENDINGS or last in _PERIODICALS:
        return len(span) > 1
    return ends_like_place(span)


def _person_shaped(span: Span) -> bool:
    """Whether a name reads as a person's: a given name first and a last word that is no
    common noun ("Justin Vell"; not "Zelda Quest"), or a title or an honorific before it."""
    words = cues()
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in words.honorifics:
        return True
    last = span[-1].lower_
    return given_name_sex(span[0].text) is not None and last not in common_nouns()
