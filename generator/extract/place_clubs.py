"""Evidence that a town's name in a match report is its club's: "Tarnby were beaten 2-1",
"Rotherham held Grimsby to a 1-1 draw", "the only goal against Tarnby".

A sports page names a club by its town alone, and the model and the gazetteer read a town.
A town wins, loses and draws nothing: a name that is the subject or the object of a
sentence that gives a score and a result word, or that is beaten "by", drawn "with" or
played "against" or "over" in one, is the club's. "Against" a town and "at home to" one
are a fixture's words even without a score, in a text that gives a result elsewhere. A
town that "lost their" lead is a team too: a place is "its", a person seldom "their"
after the name. A country, or a state or region of the tables, is no club: a nation's side
is written as the nation ("Peru beat Chile 2-0").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import kept_per_doc, lower_at, token_at
from generator.extract.full_name_ends import ends_a_full_name
from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import lexicon
from generator.extract.mentions import ORG, Mention
from generator.extract.nlp import span_text
from generator.extract.place_club_words import (
    result_owner,
    staff_before,
    transferred,
    unknown_side,
)

#: A match's score, two small numbers joined by a dash, no year's range ("2010-11").
_SCORE = re.compile(r"(?<![\d.,/-])\d{1,2} ?[-\u2013] ?\d{1,2}(?![\d/%-]|[.,]\d)")
#: Words of a match's result; a score alone may be an age band ("aged 18-24").
_RESULT_WORDS = frozenset(
    {"win", "won", "wins", "victory", "defeat", "defeated", "draw", "drew", "drawn", "beat"}
    | {"beaten", "beating", "lost", "lose", "loss", "hammered", "thrashed", "thrashing"}
    | {"goal", "goals", "equaliser", "equalizer", "scored", "clash", "triumph", "held"}
)
#: How a club stands in a sentence about its match: "earned Tarnby a point" too.
_PLAYER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
#: Prepositions of a club's rival in a match: "beaten by", "a draw with", "a win over".
_RIVAL_PREPOSITIONS = frozenset({"by", "with", "against", "over"})
#: The votes for a club: at a score, and at a fixture's words without one.
_SCORE_WEIGHT = 3.0
_FIXTURE_WEIGHT = 2.0


def club_votes(mention: Mention) -> None:
    """Votes for an organization when a place's name plays a match: "Tarnby were beaten
    2-1", "a 3-0 win over Tarnby", "against Tarnby", "at home to Tarnby", "Tarnby lost
    their lead", "four clubs - Tarnby, Kelby and Vell"; and, by `place_club_words`, "the
    Tarnby goalkeeper", "signed for Tarnby", "Tarnby's 2-1 win"."""
    span = mention.span
    ground = span.label_ == "FAC"  # a ground plays no match: "a 1-0 win at Kelby Park"
    if span.label_ not in ("GPE", "LOC", "FAC") and mention.place is None:
        return
    if _a_surname(span):
        return  # "Tarnby (left) watched the 1-1 draw": Jo Tarnby, a town's namesake
    if lexicon().place(span.text) is not None:
        return  # "Peru beat Chile 2-0": a nation's side is written as the nation
    root = span.root
    # A ground's name is where a match is played, not a side of it: only a club's own
    # words below (its striker, its signing) say the model's facility is a club.
    if not ground and _in_a_result(span, root):
        mention.vote(ORG, _SCORE_WEIGHT)
        return
    if not ground and (_fixture(span, root) or _their_after(root) or _listed_as_clubs(root)):
        mention.vote(ORG, _FIXTURE_WEIGHT)
        return
    if gazetteer().subdivision(span.text) is not None:
        return  # "the Kelshire midfielder": a nation or county's side is written as it
    report = _match_report(span.doc)
    if (
        staff_before(span, report)  # "Tarnby striker Jo Bell"
        or transferred(root)  # "signed for Tarnby"
        or (report and result_owner(root))  # "Tarnby's 2-1 win"
        or (report and unknown_side(root, mention.place is not None, _PLAYER_DEPS))
    ):
        mention.vote(ORG, _FIXTURE_WEIGHT)


def _match_report(doc: Doc) -> bool:
    """Whether a text gives a match's result in a sentence: a score and a result word."""
    return kept_per_doc(doc, _REPORT_KEY, lambda d: any(_a_result(s) for s in d.sents))


_REPORT_KEY = "place_clubs_match_report"


def _a_result(sent: Span) -> bool:
    """Whether a sentence gives a score and a result word."""
    return bool(_SCORE.search(span_text(sent))) and any(t.lower_ in _RESULT_WORDS for t in sent)


def _in_a_result(span: Span, root: Token) -> bool:
    """Whether the name plays in a sentence that gives a score and a result word."""
    after = token_at(span.doc, span.end)
    played = (
        root.dep_ in _PLAYER_DEPS
        or (root.dep_ == "pobj" and root.head.lower_ in _RIVAL_PREPOSITIONS)
        or (after is not None and after.pos_ in ("AUX", "VERB"))  # "as Tarnby were beaten"
    )
    return played and _a_result(span.sent)


def _fixture(span: Span, root: Token) -> bool:
    """ "against Tarnby", "at home to Tarnby": a rival in a fixture, in a text that reports a
    match's result (`_match_report`): "sanctions against Tarnby" is the town's rulers'."""
    doc = span.doc
    if root.dep_ != "pobj" or not _match_report(doc):
        return False
    if root.head.lower_ == "against":
        return True
    return (
        root.head.lower_ == "to"
        and lower_at(doc, span.start - 2) == "home"
        and lower_at(doc, span.start - 3) == "at"
    )


def _their_after(root: Token) -> bool:
    """ "Tarnby lost their lead": the subject's verb has "their" in its object, as a team's
    has; a town's is "its"."""
    if root.dep_ != "nsubj" or root.head.i < root.i:
        return False
    for child in root.head.children:
        if child.dep_ == "dobj" and any(
            t.lower_ == "their" and t.dep_ == "poss" for t in child.children
        ):
            return True
    return False


def _a_surname(span: Span) -> bool:
    """Whether a one-word name ends a person's name the model read in the text ("Tarnby" of
    "Jo Tarnby")."""
    return len(span) == 1 and ends_a_full_name(span.doc, span[0].text)


#: Plural nouns whose apposed list names clubs: "the other four clubs - Tarnby, Kelby and Vell".
_CLUB_NOUNS = frozenset({"clubs", "teams", "sides"})


def _listed_as_clubs(root: Token) -> bool:
    """Whether a name is listed in apposition to "clubs", "teams" or "sides", itself or
    through the names listed before it."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root.dep_ == "appos" and root.head.lower_ in _CLUB_NOUNS
