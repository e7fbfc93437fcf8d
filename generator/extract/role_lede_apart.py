"""Names the lede's unnamed one cannot be: a story that opens on "a grandmother" or "a
teenager" and then names someone by an office or an honour ("Councillor Jo Roe", "Sir Tom
Roe") brings that officer in to speak of her; and "a grandmother" is no one named Tom or
styled "Mr". `role_ledes` then keeps the lede's noun off that name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import Lexicon, cues
from generator.extract.name_spans import COURTESY
from generator.extract.referent_given_names import given_name_sex
from generator.extract.speech import FEMALE_TITLES, MALE_TITLES, words

__all__ = ["other_sex", "titled_apart"]

#: Courtesy titles anyone is styled by, which say no office, rank or honour.
_PLAIN = COURTESY | {"mx"}


def _titles_before(span: Span, lex: Lexicon) -> list[Token]:
    """The capitalised titles and courtesy titles right before the name, nearest last
    ("Detective Sergeant" of "Detective Sergeant Jo Roe", "Dr" of "Dr Jo Roe")."""
    doc = span.doc
    found: list[Token] = []
    at = span.start - 1
    while at >= 0 and doc[at].is_title and doc[at].lower_ in lex.role_words | lex.honorifics:
        found.insert(0, doc[at])
        at -= 1
    # a title the model read into the name ("Councillor Jo Roe" as one person)
    found += [t for t in span[:-1] if t.is_title and t.lower_ in lex.role_words | lex.honorifics]
    return found


def titled_apart(span: Span, subject: Token, lex: Lexicon) -> bool:
    """Whether the lede opens on a noun of kin or of a time of life ("A grandmother was
    jailed", "A teenager died") and the name bears an office, rank or honour that is not
    that noun ("Councillor Jo Roe said", "Sir Tom Roe", "Dr Jo Roe"): the story brings
    that officer in to tell of the unnamed one. A plain "Mr" or "Mrs" is anyone's."""
    if subject.lower_ not in cues().person_nouns:
        return False
    return any(
        t.lower_ not in _PLAIN and t.lower_ != subject.lower_ for t in _titles_before(span, lex)
    )


def _sex_of_name(span: Span, lex: Lexicon) -> str | None:
    """ "m" or "f" as a courtesy title before the name or its given name says, or None."""
    for title in _titles_before(span, lex):
        if title.lower_ in MALE_TITLES:
            return "m"
        if title.lower_ in FEMALE_TITLES:
            return "f"
    named = [
        t for t in tokens_of(span.doc)[span.start : span.end] if t.lower_ not in lex.honorifics
    ]
    return given_name_sex(named[0].text) if len(named) > 1 else None


def other_sex(span: Span, subject: Token, lex: Lexicon) -> bool:
    """Whether the lede's noun says one sex and the name the other ("A grandmother was
    stranded. ... Tom Roe said"): the name is someone else's."""
    sex = _sex_of_name(span, lex)
    if subject.lower_ in words().female_nouns:
        return sex == "m"
    if subject.lower_ in words().male_nouns:
        return sex == "f"
    return False
