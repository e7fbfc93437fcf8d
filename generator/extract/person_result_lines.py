"""Competitors of a results line: "1. Tom Reel (Australia) 68", "Ann Marr (U.S.) beat ...".

Sports wires list each competitor as a name, the country in brackets and then a score, a
time or the verb of the result. The bracketed country is the competitor's nationality, so
the name before it is a person's: the model's reading of it as a body or an unknown place
is dropped, and a name it left in no entity is read. A name holding a place's word ("Real
Madrid (Spain)") or a body's word is left as the model has it: clubs are listed so too.
A match report's scorers are written so with the minute of each goal in the brackets, the
side's name often before a dash ("for the hosts went Kelby - Tom Reel (12th)"): the model's
entity that runs the side's name on to the scorer's over that dash keeps only the side's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of, words_of
from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import cues, lexicon
from generator.extract.referent_given_names import given_name_sex

#: The model's labels that a competitor's name gets by mistake, and none.
_MISREAD = frozenset({"", "ORG", "GPE", "LOC", "FAC", "NORP", "PERSON"})
#: Most words of a competitor's name.
_MOST_WORDS = 3
#: Fewest people of a town whose name makes a club of a name: "Real Madrid", "Bayern Munich".
_CLUB_TOWN = 100_000
#: Words of a result after the bracket: "beat", "bt", "def", "d".
_RESULT_WORDS = frozenset({"beat", "bt", "def", "d", "won", "wins", "beats"})


def _country_in_brackets(doc: Doc, open_at: int) -> int:
    """The index of the closing bracket when a country's name alone is in the brackets."""
    for close in range(open_at + 2, min(open_at + 5, len(doc))):
        if doc[close].text == ")":
            place = lexicon().place(doc[open_at + 1 : close].text)
            return close if place is not None and place.kind == "country" else -1
    return -1


#: The minute of a goal in brackets: "31st", "75th", "90", "43 pen".
_MINUTE = re.compile(r"\d{1,3}(?:st|nd|rd|th)?")
#: Words beside a goal's minute: a penalty, an own goal, extra time.
_GOAL_WORDS = frozenset({"pen", "pen.", "penalty", "og", "o.g.", "minute", "min", "mins"})


def _minute_in_brackets(doc: Doc, open_at: int) -> bool:
    """Whether the brackets opening at ``open_at`` hold a goal's minute and nothing else."""
    words: list[str] = []
    for close in range(open_at + 1, min(open_at + 5, len(doc))):
        if doc[close].text == ")":
            return any(_MINUTE.fullmatch(w) for w in words) and all(
                _MINUTE.fullmatch(w) or w in _GOAL_WORDS for w in words
            )
        words.append(doc[close].lower_)
    return False


def _result_follows(doc: Doc, close: int) -> bool:
    """A score, time or result verb after the bracket: "68", "12:58.20", "beat"."""
    if close + 1 >= len(doc):
        return False
    after = doc[close + 1]
    return any(c.isdigit() for c in after.text) or after.lower_ in _RESULT_WORDS


def _name_word(token: Token) -> bool:
    """A capitalised word of a competitor's name: no place's, body's or role's word."""
    lex, words = lexicon(), cues()
    lower = token.lower_
    return (
        token.is_alpha
        and token.is_title
        and not token.is_stop
        and token.ent_type_ in _MISREAD
        and lower not in words.org_suffixes
        and lower not in words.org_heads
        and lower not in lex.role_words
        and lex.place(token.text) is None
        and (_small_town(token.text) or given_name_sex(token.text) is not None)
    )


def _small_town(word: str) -> bool:
    """Whether a word names no town big enough to name a club after."""
    return gazetteer().population(word) < _CLUB_TOWN


def _competitor(doc: Doc, end: int) -> Span | None:
    """The name of two or three words that ends at ``end``, opening after no capital."""
    start = end
    while start > 0 and end - start < _MOST_WORDS and _name_word(doc[start - 1]):
        start -= 1
        if not doc[start].whitespace_ and start < end - 1:
            return None
    if end - start < 2 or (start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha):
        return None
    return Span(doc, start, end, label="PERSON")


def result_line_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each competitor of a results line read as a person (module doc)."""
    competitors: list[Span] = []
    tokens = tokens_of(doc)
    for token in (tokens[at] for at in words_of(doc).positions.get("(", ())):  # in text order
        if token.i < 2 or not tokens[token.i - 1].whitespace_:
            continue
        close = _country_in_brackets(doc, token.i)
        if (close < 0 or not _result_follows(doc, close)) and not _minute_in_brackets(doc, token.i):
            continue
        name = _competitor(doc, token.i)
        if name is not None:
            competitors.append(name)
    out = list(ents)
    for name in competitors:
        out = [_before_dash(e, name) for e in out]
        inside = [e for e in out if e.start < name.end and name.start < e.end]
        if all(name.start <= e.start and e.end <= name.end for e in inside):
            out = [e for e in out if e not in inside] + [name]
    # the competitor's other writings are the same person: "Hungary's Lili Varga beat ..."
    names = {c.text for c in competitors}
    out = [_as_person(e) if e.text in names and e.label_ in _MISREAD else e for e in out]
    return sorted(out, key=lambda s: s.start)


def _before_dash(ent: Span, name: Span) -> Span:
    """ "Kelby - Tom Reel" read as one entity that ends with the competitor's name: the words
    before the dash; any other entity as it is."""
    dash = name.start - 1
    if ent.end != name.end or ent.start >= dash or ent.doc[dash].text not in ("-", "\u2013"):
        return ent
    return Span(ent.doc, ent.start, dash, label=ent.label_)


def _as_person(span: Span) -> Span:
    return Span(span.doc, span.start, span.end, label="PERSON")
