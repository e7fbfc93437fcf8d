"""Teams of a results or standings table: "Ashby 2 Kelby 0 Tarnton 1 Vell 1", "Ashby 4 3 1 0 7".

A sports wire prints a league's results and standings as rows of a team's name and its
numbers (a score, or played, won, drawn, lost, goals and points), and a text that lost its
line breaks runs the rows on in one line. Three or more such rows in a row, in a text that
speaks of a league, a division, a match or a game, are a table, and the name of each row is
a team's: a club named after its town is an organization, though the model and the gazetteer
read a town. A country's name is its national side and stays a place; a name that opens with
a given name and that the model reads as a person's is a competitor's (golf's "Jo Ames 68").

A row's name is the capitalised words before its numbers, three at most. Where more capitals
run on before them ("NORTH GROUP W L GB PORT TARNBY 75"), or a row is in capitals, the
name is the longest run of the last words that names a known place ("PORT TARNBY"), else the
model's entity that ends there; a row with neither is still a row of the table, but names no
team. In a text with a table, each side of a "v" is a team ("Ashby v Kelby" of a postponed
match), and two or more of the table's teams written in a row ("KELBY AT ASHBY TARNTON" of a
schedule) are those teams, however the model cut them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of, words_of
from generator.extract.lexicon import Lexicon, normalize
from generator.extract.mentions import ORG, Mention, classify, place_named
from generator.extract.name_spans import MONTHS, WEEKDAYS
from generator.extract.nlp import verb_lemmas
from generator.extract.referent_given_names import given_name_sex

#: A table's number: "3", ".560", "1/2", "12:58".
_NUMBER = re.compile(r"\.?\d+(?:[.:/]\d+)*")
#: Most words of a team's name, and fewest rows that make a table.
_MOST_WORDS = 3
_FEWEST_ROWS = 3
#: Words between the teams of a fixture: "Ashby v Kelby", "KELBY AT ASHBY"; and those of
#: "Ashby v Kelby" alone, which joins two teams in any text that has a table.
_FIXTURE_WORDS = frozenset({"v", "vs", "vs.", "at"})
_VERSUS = frozenset({"v", "vs", "vs."})
_DATES = MONTHS | WEEKDAYS
#: Words of a text about sport, one of which a text with a table of teams writes.
_SPORT_WORDS = frozenset(
    {"league", "division", "standings", "championship", "cup", "tournament", "match"}
    | {"matches", "game", "games", "played", "fixtures"}
)


def _number(token: Token) -> bool:
    """A number of a table's row: a score, a count, a share or a time."""
    return _NUMBER.fullmatch(token.text) is not None


def _capital(token: Token) -> bool:
    """A word of a name: letters, capitalised or in capitals."""
    return token.is_alpha and (token.is_title or token.is_upper)


def _rows(doc: Doc) -> list[tuple[int, int, int]]:
    """(first capital, end of the capitals, end of the numbers) of every name followed by
    numbers; a dash after a number is one of the numbers ("GB" of a league table: "-")."""
    tokens = tokens_of(doc)
    rows = []
    i = 1
    while i < len(tokens):
        if not (_number(tokens[i]) and _capital(tokens[i - 1])):
            i += 1
            continue
        start = i - 1
        while start > 0 and _capital(tokens[start - 1]):
            start -= 1
        end = i
        while end < len(tokens) and (
            _number(tokens[end]) or (tokens[end].text == "-" and _number(tokens[end - 1]))
        ):
            end += 1
        rows.append((start, i, end))
        i = end
    return rows


def _tables(rows: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    """Runs of rows each of which opens where the numbers of the one before end."""
    runs: list[list[tuple[int, int, int]]] = []
    for row in rows:
        if runs and runs[-1][-1][2] == row[0]:
            runs[-1].append(row)
        else:
            runs.append([row])
    return [run for run in runs if len(run) >= _FEWEST_ROWS]


def _known(span: Span, lex: Lexicon) -> bool:
    """Whether the words name a place the tables or the gazetteer know, in capitals or not."""
    return place_named(span.text.title() if span.text.isupper() else span.text, lex) is not None


def _name(doc: Doc, start: int, end: int, lex: Lexicon) -> Span | None:
    """The team's name of a row whose capitals run from ``start`` to ``end``."""
    run = doc[start:end]
    if len(run) <= _MOST_WORDS and not run.text.isupper():
        return run
    for first in range(max(start, end - _MOST_WORDS), end):
        if _known(doc[first:end], lex):
            return doc[first:end]
    first = end - 1
    while first > start and doc[first].ent_iob_ == "I":
        first -= 1
    if doc[first].ent_iob_ == "B" and end - first <= _MOST_WORDS:
        return doc[first:end]
    return None


def _competitor(span: Span) -> bool:
    """A person's name the model read: two words or more, a given name first."""
    return (
        len(span) > 1
        and span[-1].ent_type_ == "PERSON"
        and given_name_sex(span[0].text) is not None
    )


def table_teams(doc: Doc, lex: Lexicon) -> tuple[list[Span], list[Span]]:
    """The names of the clubs and of the nations of every results or standings table."""
    if not _SPORT_WORDS.intersection(words_of(doc).lowers):
        return [], []
    teams: list[Span] = []
    nations: list[Span] = []
    for table in _tables(_rows(doc)):
        for start, end, _ in table:
            name = _name(doc, start, end, lex)
            if name is None or _competitor(name) or name[-1].lower_ in _DATES:
                continue  # "AUGUST 31": a date
            title = name.text.title() if name.text.isupper() else name.text
            place = lex.place(title)
            (nations if place is not None and place.kind == "country" else teams).append(name)
    return teams, nations


def _key(text: str) -> str:
    """A team's name as one key however it is written: "KELBY" and "Kelby" are one."""
    return normalize(text.title() if text.isupper() else text)


def _schedules(doc: Doc, teams: list[Span]) -> list[Span]:
    """ "SUNDAY KELBY AT ASHBY TARNTON VELL" of a schedule: two or more writings of the tables'
    teams in a row, with a fixture's words between them, name those teams however the model
    cut them."""
    tokens = tokens_of(doc)
    forms = {tuple(t.text for t in team) for team in teams}
    found: list[Span] = []
    chain: list[Span] = []
    at = 0
    while at <= len(tokens):
        texts = tuple(t.text for t in tokens[at : at + _MOST_WORDS])
        size = next((n for n in range(len(texts), 0, -1) if texts[:n] in forms), 0)
        if size:
            chain.append(doc[at : at + size])
            at += size
            continue
        if at < len(tokens) and chain and tokens[at].lower_ in _FIXTURE_WORDS:
            at += 1
            continue
        found += chain if len(chain) > 1 else []
        chain = []
        at += 1
    return found


def _side(words: Span, keys: frozenset[str], lex: Lexicon, *, last: bool) -> Span:
    """A fixture's team on one side of its "v": all the words if they are few enough for a
    name, else the most words next to the "v" that name a team of the tables or a known
    place, else the one word next to it."""
    if len(words) <= _MOST_WORDS:
        return words
    for size in range(_MOST_WORDS, 0, -1):
        side = words[len(words) - size :] if last else words[:size]
        if _key(side.text) in keys or _known(side, lex):
            return side
    return words[-1:] if last else words[:1]


def _fixture_word(token: Token) -> bool:
    """A word of a team's name beside a "v": capitalised, no date, no verb's "-ing" form
    ("Playing Sunday"), no heading's noun before its number ("Division two")."""
    lower = token.lower_
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        _capital(token)
        and lower not in _DATES
        and not (lower.endswith("ing") and {lower[:-3], lower[:-3] + "e"} & verb_lemmas())
        and not (after is not None and after.like_num and not after.text[:1].isupper())
    )


def _fixtures(doc: Doc, keys: frozenset[str], lex: Lexicon) -> list[Span]:
    """The two teams of each "Ashby v Kelby" of the text, read or not by the model; none
    where a side opens with a given name ("Jo Ames v Ann Vell": players)."""
    tokens, teams = tokens_of(doc), []
    for versus in (t.i for t in tokens if t.text in _VERSUS):
        start, end = versus, versus + 1
        while start > 0 and _fixture_word(tokens[start - 1]):
            start -= 1
        while end < len(tokens) and _fixture_word(tokens[end]):
            end += 1
        if start == versus or end == versus + 1:
            continue
        sides = [
            _side(doc[start:versus], keys, lex, last=True),
            _side(doc[versus + 1 : end], keys, lex, last=False),
        ]
        if not any(len(side) > 1 and given_name_sex(side[0].text) for side in sides):
            teams += sides
    return teams


def with_table_teams(doc: Doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """The mentions with each team of a table as an organization, sure of its kind, in place
    of whatever the model read over its words; a nation's side the model left in no name, as
    its country."""
    teams, nations = table_teams(doc, lex)
    if not teams and not nations:
        return mentions
    keys = frozenset(_key(team.text) for team in teams)
    teams += _fixtures(doc, keys, lex) + _schedules(doc, teams)
    taken = {i for team in teams for i in range(team.start, team.end)}
    out = [m for m in mentions if taken.isdisjoint(range(m.span.start, m.span.end))]
    for team in {(t.start, t.end): t for t in teams}.values():
        text = " ".join(team.text.split())
        key = text.title() if text.isupper() else text
        out.append(Mention(team, ORG, text, key, fixed=True))
    read = {i for m in out for i in range(m.span.start, m.span.end)}
    for nation in nations:
        if read.isdisjoint(range(nation.start, nation.end)):
            out.extend(classify(Span(doc, nation.start, nation.end, label="GPE"), lex))
    return out
