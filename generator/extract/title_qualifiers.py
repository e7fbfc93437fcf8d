"""Names that only qualify a title: "Home" of "Home Secretary", "Media" of "Culture, Media
and Sport Secretary", "State" of "Secretary of State".

The model tags such words as a body or a person; `mentions.classify` drops them."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import Lexicon, cues
from generator.extract.title_seats import second_place_of_seat

__all__ = ["SQUAD_ROLES", "qualifies_title"]

#: Players and staff named after their club or band: "Norwich striker Ian Moss",
#: "Static Twins drummer Jo Ames".
SQUAD_ROLES = frozenset(
    {"striker", "strikers", "midfielder", "midfielders", "defender", "defenders", "goalkeeper"}
    | {"forward", "winger", "fullback", "playmaker", "captain", "skipper", "coach", "manager"}
    | {"singer", "frontman", "frontwoman", "guitarist", "drummer", "bassist", "keyboardist"}
)


def qualifies_title(span: Span, lex: Lexicon) -> bool:
    """Words that only qualify a title: "Home" Secretary, "Housing Cabinet" Secretary.

    Also "State" of "Secretary of State", and "Tessford" of "Bishop of Marlow and Tessford".
    """
    doc = span.doc
    tokens = tokens_of(doc)
    after = tokens[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in lex.role_words:
        named = span.end + 1 < len(doc) and tokens[span.end + 1].ent_type_ == "PERSON"
        if after.lower_ in SQUAD_ROLES and named and span.text.lower() not in cues().genres:
            return False  # "Norport striker Ian Moss": the club; "Soul singer" is no band
        if len(span) == 1:
            return True
        words = lex.portfolios | lex.role_words
        if after.text[:1].isupper() and all(t.lower_ in words for t in span):
            return True
    if _portfolios_before_title(span, lex) or second_place_of_seat(span):
        return True
    return (
        len(span) == 1
        and span.start >= 2
        and tokens[span.start - 1].lower_ == "of"
        and tokens[span.start - 2].lower_ in lex.role_words
    )


#: Words that join the portfolios of one office: "Trade and Industry", "Culture, Media and".
_PORTFOLIO_JOINS = frozenset({"and", "&", ","})
#: Most words from a portfolio to its office's title: "Media and Sport Secretary".
_PORTFOLIO_REACH = 6


def _portfolios_before_title(span: Span, lex: Lexicon) -> bool:
    """ "Trade and Industry" of "Trade and Industry Secretary Jo Ames", "Media" of "Culture,
    Media and Sport Secretary": portfolios joined by "and" or commas up to a title. After a
    join, a capitalised word the list lacks is a portfolio too ("Finance and Mines Minister")."""
    if not all(t.lower_ in lex.portfolios or t.lower_ in _PORTFOLIO_JOINS for t in span):
        return False
    doc, joined = span.doc, False
    for token in doc[span.end : span.end + _PORTFOLIO_REACH]:
        if token.lower_ in lex.role_words:
            return token.is_title
        joined = joined or token.lower_ in _PORTFOLIO_JOINS
        listed = token.lower_ in lex.portfolios or token.lower_ in _PORTFOLIO_JOINS
        if not (listed or (joined and token.is_title and token.is_alpha)):
            return False
    return False
