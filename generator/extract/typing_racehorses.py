"""Racehorses, whose names are written as people's: "Moss Rowan, ridden by Jo Ames, won".

A name a rider or a trainer saddles ("ridden by", "saddled by"), or that someone rides
("Jo Ames rode Moss Rowan"), is a horse's. In a story of horse racing (a jockey, a
racecourse or a ride in it), a name called the favourite or an outsider ("Moss Rowan, the
8-1 favourite", "favourite Moss Rowan") is a runner too: people are so called in betting on
prizes and elections, so only where horses race. A name that is not a person's written
before "winner" is a race or a prize ("the Grand National winner"), not a place. General
word lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import kept_per_doc, tokens_of, words_of
from generator.extract.mentions import WORK, Mention

#: Participles whose agent rides or prepares a horse: "ridden by Jo Ames".
_RIDDEN = frozenset({"ridden", "saddled"})
#: Verbs whose object is the horse ridden: "Jo Ames rode Moss Rowan to victory".
_RIDES = frozenset({"ride", "rides", "rode", "riding"})
#: Words that only a story of horse racing holds.
_RACING_WORDS = frozenset(
    {"jockey", "jockeys", "racehorse", "racehorses", "racecourse", "racecourses"}
    | {"racegoers", "furlong", "furlongs", "steeplechase", "paddock"}
)
#: Nouns for a runner in the betting: "the 8-1 favourite", "a 33-1 outsider".
_BETTING = frozenset({"favourite", "favorite", "outsider"})
#: Nouns after a race's or a prize's name: "the Grand National winner".
_WINNERS = frozenset({"winner", "winners"})


def _ridden_verb(token: Token) -> bool:
    """A participle of riding whose agent is named: "ridden by Jo Ames", not "ridden by
    debt"."""
    return token.lower_ in _RIDDEN and any(
        c.dep_ == "agent" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        for c in token.children
    )


def _racing(doc: Doc) -> bool:
    """Whether the document tells of horse racing, found once per document."""
    return kept_per_doc(doc, "racehorses.racing", _read_racing)


def _read_racing(doc: Doc) -> bool:
    # Words first: only a form of riding makes a Token to read its children.
    tokens, lowers = tokens_of(doc), words_of(doc).lowers
    return any(
        lower in _RACING_WORDS or (lower in _RIDDEN and _ridden_verb(tokens[i]))
        for i, lower in enumerate(lowers)
    )


def _ridden(root: Token) -> bool:
    """Whether the name whose head word is ``root`` is ridden or saddled: as the subject of
    the passive, or by a participle after it or after its apposition ("Moss Rowan, the
    seven-year-old trained by Jo Ames and ridden by Al Roe")."""
    anchors = [root, *(c for c in root.children if c.dep_ == "appos")]
    for anchor in anchors:
        for verb in anchor.children:
            if verb.dep_ != "acl":
                continue
            chain = [verb, *(c for c in verb.subtree if c.dep_ == "conj" and c.head.pos_ == "VERB")]
            if any(_ridden_verb(v) for v in chain):
                return True
    head = root.head
    if root.dep_ == "nsubjpass" and _ridden_verb(head):
        return True
    return root.dep_ == "dobj" and head.lower_ in _RIDES


def _race_winner(token: Token) -> bool:
    """ "the Gold Cup winner": "winner" after a race's name, not "last year's winner"."""
    return token.lower_ in _WINNERS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children
    )


def _called_favourite(root: Token) -> bool:
    """Whether the name is set off as, or said to be, the favourite or an outsider, or set off
    as a race's winner: "Moss Rowan, the 8-1 favourite,", "Moss Rowan is second favourite at
    4-1", "Moss Rowan, the two-time Gold Cup winner," (a jockey "won on" it)."""
    appositions = [c for c in root.children if c.dep_ == "appos"]
    if any(c.lower_ in _BETTING or _race_winner(c) for c in appositions):
        return True
    if root.dep_ == "appos" and root.head.lower_ in _BETTING and root.head.i < root.i:
        return True  # "the 8-1 favourite, Moss Rowan"
    verb = root.head
    return root.dep_ == "nsubj" and any(
        c.dep_ in ("attr", "acomp") and c.lower_ in _BETTING for c in verb.children
    )


def _betting_word_before(span: Span) -> bool:
    """Whether the favourite's or an outsider's noun stands right before the name, as its
    title: "favourite Moss Rowan", "Outsider Moss Rowan could", "the 8-1 favourite Moss Rowan"."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _BETTING


def racehorse_votes(mention: Mention) -> None:
    """A horse's name votes for a thing; a race's name before "winner" for no place."""
    span = mention.span
    root = span.root
    called = _called_favourite(root) or _betting_word_before(span)
    if _ridden(root) or (called and _racing(span.doc)):
        mention.vote(WORK, 3.0)
        mention.named_thing = True  # no pronoun nor verb of saying makes a horse a person
        return
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        span.label_ != "PERSON"
        and (mention.place is None or mention.place.kind == "other")
        and after is not None
        and after.lower_ in _WINNERS
        and root.head.i == after.i
    ):
        mention.vote(WORK, 3.0)  # "the Grand National winner": a race, not a place


#: Words one of which a text writes whenever `racehorse_votes` votes, so that `vote_gates`
#: skips it for every name of a text that writes none: `_ridden` reads a `_RIDDEN` participle
#: or a `_RIDES` verb, `_called_favourite` and `_betting_word_before` a `_BETTING` noun or a
#: race's "winner", and the race's own vote "winner(s)" after it.
RACING_CUES = _RIDDEN | _RIDES | _BETTING | _WINNERS
