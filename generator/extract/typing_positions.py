"""Evidence that a full name after a player's position or a broadcaster's trade is a person's.

"Quarterback Tyra Vell threw two touchdowns", "striker Jo Ames", "Fly-half Owen Dray kicked",
"Newsreader Cai Bell is leaving": no body, band or place is named after the post one plays
or the job one does on air. The position may open the sentence with a capital, which the
word lists of people (read in lower case only there) leave out. Words that head other names
("Centre", "Wing", "Guard", "Prop") are not positions here.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import PERSON, Mention

#: Positions a player plays and jobs done on air, singular, one word or hyphenated.
POSITIONS = frozenset(
    {"striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "fullback"}
    | {"full-back", "centre-back", "center-back", "wing-back", "playmaker", "centre-forward"}
    | {"quarterback", "linebacker", "receiver", "cornerback", "tailback", "kicker", "punter"}
    | {"pitcher", "catcher", "shortstop", "outfielder", "infielder", "batsman", "batter"}
    | {"bowler", "wicketkeeper", "wicket-keeper", "all-rounder", "fly-half", "scrum-half"}
    | {"flanker", "number-eight", "sprinter", "hurdler", "goalscorer", "netminder"}
    | {"newsreader", "newscaster", "anchorman", "anchorwoman", "weatherman", "weatherwoman"}
    | {"weather-presenter", "co-presenter", "co-host", "commentator", "pundit", "dj"}
    | {"frontman", "frontwoman", "drummer", "guitarist", "bassist", "keyboardist", "rapper"}
    | {"songwriter", "singer-songwriter", "choreographer", "comedienne", "stand-up"}
)
#: Weight of the vote: the model's "organization" and a verb of saying together.
_WEIGHT = 3.0


def position_votes(mention: Mention) -> None:
    """A full name right after a position, in lower case or opening the sentence: "Quarterback
    Tyra Vell threw", "the club's striker Jo Ames"."""
    span = mention.span
    if len(span) < 2 or span.start == 0 or not all(t.is_title for t in span if t.is_alpha):
        return
    word = _word_before(span)
    if word not in POSITIONS:
        return
    mention.vote(PERSON, _WEIGHT)


def _word_before(span: Span) -> str:
    """The word before a name in lower case, with a hyphenated word whole ("fly-half"); empty
    when it has a capital but does not open a sentence or a line ("Ashby Striker Jo Ames")."""
    doc, i = span.doc, span.start - 1
    start = i - 2 if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ else i
    if start != i and doc[start].whitespace_:
        start = i
    first = doc[start]
    opens = first.is_sent_start or start == 0 or doc[start - 1].is_space
    if not (first.is_lower or (first.is_title and opens)):
        return ""
    return doc[start : i + 1].text.lower()
