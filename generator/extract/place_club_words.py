"""More of a match report's evidence that a name is a club's, not a town's.

`place_clubs` reads a name that plays in a sentence giving a score. A report names its
clubs in other ways too: as the owner of a result ("Tarnby's 2-1 win"), before a player's position
("Tarnby striker Jo Bell") or after a transfer's verb ("signed for Tarnby"), and, a name
no table knows as a place, as one side of a sentence of the match ("gave the Kelby Reds
the lead"). A town has no striker and owns no draw; a name the tables know is a town
until a score or such words say otherwise. "A draw at Tarnby" says nothing: a ground
("a win at Kelby Park") is where a result is had as often as a club.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import token_at

#: Nouns of a match's result that an owner may be given to: "X's win".
RESULT_NOUNS = frozenset(
    {"win", "victory", "defeat", "draw", "loss", "triumph", "thrashing", "clash", "stalemate"}
)
#: Positions on a football pitch: only a club has a player in one ("Tarnby striker").
_POSITIONS = frozenset(
    {"striker", "midfielder", "defender", "goalkeeper", "winger", "full-back", "centre-back"}
    | {"centre-half", "left-back", "right-back", "playmaker"}
)
#: A club's staff and following, which a town has too ("Kelby's manager" of a shop): a
#: club's in a match report only.
_STAFF = frozenset({"manager", "boss", "coach", "captain", "fans", "supporters", "chairman"})
#: Forms of a transfer's verb (the pipeline runs no lemmatizer) whose object of "for" or
#: "from" is a club: "signed for Tarnby".
_TRANSFER_WORDS = frozenset({"sign", "signs", "signed", "signing"})
#: Words of a sentence about a match besides a result word: "gave X the lead".
_MATCH_WORDS = frozenset({"lead", "point", "points", "equaliser", "equalizer", "opener"})


def result_owner(root: Token) -> bool:
    """ "X's 2-1 win": the name owns a result."""
    return root.dep_ == "poss" and root.head.lower_ in RESULT_NOUNS


def staff_before(span: Span, in_report: bool) -> bool:
    """ "X striker Jo Bell", "the X manager": a player's position after the name, or, in a
    match report (``in_report``), a club's staff."""
    after = token_at(span.doc, span.end)
    if after is None:
        return False
    return after.lower_ in _POSITIONS or (in_report and after.lower_ in _STAFF)


def transferred(root: Token) -> bool:
    """ "signed for X", "a signing from X": the name is a club a player joined or left."""
    head = root.head
    if root.dep_ != "pobj" or head.lower_ not in ("for", "from"):
        return False
    return head.head.lower_ in _TRANSFER_WORDS


def unknown_side(root: Token, known: bool, player_deps: frozenset[str]) -> bool:
    """Whether a name no table knows as a place (not ``known``) is the subject or an object
    of a sentence with a word of a match in it: "gave the Kelby Reds the lead"."""
    if known or root.dep_ not in player_deps:
        return False
    return any(t.lower_ in _MATCH_WORDS for t in root.sent)
