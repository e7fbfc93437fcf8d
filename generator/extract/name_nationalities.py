"""Nationality words the model runs into a name: "Danish Ida Renn", "the Canadian-born
Ames", "Irishman Jo Ames", "Irish-American Ames" read as a body.

`name_spans.clean_span` calls these to find where a person's name starts and whether a
span the model read as a place or body is a people's word or a person after a nationality.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import Lexicon, cues, normalize


def peoples_word(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether the word at ``i`` is a people's word set apart by a space ("Tarnvale Arab"; not one
    a hyphen joins to a place's own name, "al-Arab")."""
    key = normalize(doc[i].text)
    return (key in lex.demonyms or key in lex.groups) and bool(doc[i - 1].whitespace_)


def after_nationality(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Where a person's name starts after the nationality words the model ran into it: "the
    Canadian-born Ames", "Danish Ida Renn". A name must be left after them."""
    i = start
    while i < end - 1 and (normalize(doc[i].text) in lex.demonyms or nationality_noun(doc[i], lex)):
        i += 1
        if i + 2 < end and doc[i].text == "-" and not doc[i - 1].whitespace_:
            i += 2  # "Canadian-born", "Irish-American"
    return i if i < end else start


#: Nation words that make a noun for a person with "-man" or "-woman" and that are no
#: demonym of a country the tables know: "Scotsman", "Welshwoman", "Yorkshireman".
_NATION_STEMS = frozenset({"english", "scots", "welsh", "cornish", "manx", "ulster", "yorkshire"})


def nationality_noun(token: Token, lex: Lexicon) -> bool:
    """Whether a capitalised word is a noun for a man or a woman of a nation: "Irishman",
    "Frenchwoman", "Scotsman"; not a name ending so ("Truman")."""
    lower = token.lower_
    if not token.is_title:
        return False
    for ending in ("woman", "man"):
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and (stem in lex.demonyms or stem in _NATION_STEMS):
            return True
    return False


def plain_name(words: Span, most: int = 3) -> bool:
    """Whether words are one to ``most`` capitalised words, none a body's word: a name."""
    return 1 <= len(words) <= most and all(
        t.is_title and t.is_alpha and t.lower_ not in cues().org_suffixes for t in words
    )


def joined_nationality(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """ "Danish-Canadian Ames", "Irish-born Jo Ames" read as a body: nationalities a hyphen joins
    before one or two capitalised words, none a body's word ("Irish-American Holdings")."""
    return (
        end - start >= 4
        and doc[start + 1].text == "-"
        and not doc[start].whitespace_
        and normalize(doc[start].text) in lex.demonyms
        and (normalize(doc[start + 2].text) in lex.demonyms or doc[start + 2].lower_ == "born")
        and plain_name(doc[start + 3 : end], most=2)
    )
