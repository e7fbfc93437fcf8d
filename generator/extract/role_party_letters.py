"""A US politician's party and home written as letters after the name.

American copy sets a lawmaker's party and state off after the name: "Sen. Jo Ames,
D-Calif., said", "Rep. Ann Kurt (R-Ohio) said", "Gov. Ed Poe (R) signed". The letters
are the party ("D" Democratic, "R" Republican, "I" independent) and after the hyphen
the state or district, in the agencies' abbreviation or in full. Editors write them out
with the title: "Democratic Senator from California". A letter alone in brackets is also
where a photo caption places someone ("Jo Ames (L) and Ed Poe (R)"): it is no party beside
another place's letter in the sentence, or after a title held in a country not the US
("Chinese President Li Wen (R)").
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import lexicon, normalize

__all__ = ["party_end", "party_home", "with_party"]

#: A party's letter -> the adjective a title takes ("Democratic Senator").
PARTIES = {"D": "Democratic", "R": "Republican", "I": "Independent"}
#: A party's letter -> the noun for a member, when no title goes with it.
MEMBERS = {"D": "Democrat", "R": "Republican", "I": "Independent"}
#: Marks that open and close the letters.
_PAIRS = {",": (",", ".", ";", ":"), "(": (")",)}
#: Letters and words a caption places people by ("(L)", "(centre)").
_PLACES_IN_PICTURE = frozenset({"L", "C", "M", "left", "right", "centre", "center"})
#: Most words of a state or district after the hyphen ("Newport News").
MAX_HOME_WORDS = 3


def _letters(span: Span) -> tuple[str, Span | None, int] | None:
    """(party letter, home as written or None, index past the closing mark) of the letters
    set off right after a name, or None."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = span.end
    if at + 2 >= len(doc) or tokens[at].text not in _PAIRS or "\n" in tokens[at].whitespace_:
        return None
    closers = _PAIRS[tokens[at].text]
    letter = tokens[at + 1]
    if letter.text not in PARTIES:
        return None
    if tokens[at + 2].text in closers and tokens[at].text == "(":
        return letter.text, None, at + 3  # "(R)": the party alone
    if tokens[at + 2].text != "-" or letter.whitespace_ or tokens[at + 2].whitespace_:
        return None
    end = at + 3
    while end < len(doc) and tokens[end].text not in closers and not tokens[end].is_sent_start:
        word = tokens[end]
        if end - at - 3 == MAX_HOME_WORDS or not (word.is_title or word.is_upper):
            return None
        end += 1
    if end == at + 3:
        return None
    # "said Sen. Jo Ames, D-Calif." at a sentence's end: the abbreviation holds the stop
    stop = end == len(doc) or tokens[end].is_sent_start
    if not stop and tokens[end].text not in closers:
        return None
    return letter.text, doc[at + 3 : end], end if stop else end + 1


def party_end(span: Span) -> int | None:
    """Index past the party letters set off after a name ("Ann Kurt (R-Ohio)"), or None."""
    found = _letters(span)
    return found[2] if found else None


def party_home(span: Span) -> Span | None:
    """The state or district of the letters set off after a name ("Ohio" of "Ann Kurt
    (R-Ohio)"), or None."""
    found = _letters(span)
    return found[1] if found else None


def _home(written: str) -> str:
    """A state written out ("California" for "Calif."); any other home as written."""
    place = lexicon().state_abbreviations.get(written)
    return place.name if place is not None else written.rstrip(".")


def with_party(title: str | None, span: Span) -> str | None:
    """The title with the party and home of the letters after the name: "Democratic Senator
    from California" for "Senator" and ", D-Calif.,"; "Republican from Ohio" with no title;
    the title unchanged without letters."""
    found = _letters(span)
    if found is None:
        return title
    letter, home, _ = found
    if home is None and (_placed_in_picture(span) or _held_abroad(title)):
        return title
    where = f" from {_home(home.text)}" if home else ""
    if not title:
        return f"{MEMBERS[letter]}{where}"
    party = PARTIES[letter]
    lead = "" if party.lower() in title.lower() else f"{party} "
    return f"{lead}{title}{where}"


def _placed_in_picture(span: Span) -> bool:
    """Whether the name's sentence places someone in a picture by a bracketed letter or
    word no party has ("(L)", "(left)")."""
    sent = span.sent
    return any(
        token.text in _PLACES_IN_PICTURE
        and token.i > sent.start
        and token.doc[token.i - 1].text == "("
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].text == ")"
        for token in sent
    )


def _held_abroad(title: str | None) -> bool:
    """Whether a title names a country not the US ("Chinese President"): no US party's."""
    if not title:
        return False
    codes = {lexicon().demonyms.get(normalize(word)) for word in title.split()}
    return bool(codes - {None, "US"})
