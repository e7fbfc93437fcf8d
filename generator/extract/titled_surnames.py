"""A title before a surname the story gives a person in full: that person, whatever the
model's label ("the email from Dr Vell" read as a body beside "Dr Ulla Vell", "said Major
Vell" beside "Major Ulla Vell")."""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import Lexicon
from generator.extract.referent_given_names import given_name_sex

#: Ranks of the forces and the police written before a surname, which are common words or
#: given names too ("a major setback", "Major Garrett"), so no table makes them titles:
#: only a person of the story who bears the surname does.
RANKS = frozenset(
    {"major", "corporal", "brigadier", "constable", "private", "trooper", "gunner", "sapper"}
    | {"bombardier", "rifleman", "guardsman", "fusilier", "marine", "commodore", "airman"}
)
#: Words before a rank that are part of it: "Lance Corporal", "Police Constable".
_RANK_OPENERS = frozenset({"lance", "police", "detective", "staff", "acting", "flight"})


def titled_surname(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Whether ``doc[start:end]`` is a title and one capitalised word that ends the name of a
    person the model found elsewhere in the document: "Dr Vell" after "Ulla Vell", not
    "Dr Kettle" of a drink no person of the story is named after."""
    title = doc[start].lower_
    if end - start != 2 or (title not in lex.honorifics and title not in RANKS):
        return False
    word = doc[end - 1]
    if not word.is_title or not word.is_alpha:
        return False
    return any(
        ent.label_ == "PERSON"
        and _untitled_length(ent, lex) > 1
        and ent[-1].text == word.text
        and ent.start != start
        for ent in doc.ents
    )


def _untitled_length(ent: Span, lex: Lexicon) -> int:
    """How many words a name has after its titles: two of "Major Ulla Vell", one of "Dr Vell"."""
    titles = sum(1 for _ in takewhile(lambda t: t.lower_ in lex.honorifics | RANKS, ent))
    return len(ent) - titles


def ranked_name(doc: Doc, start: int, end: int) -> int:
    """Where the name starts after a rank that opens ``doc[start:end]`` and a common given name
    and one more capitalised word follow it: "Lance Corporal Dean Fry" read as a body; not
    "Private Eye" nor "Major League Baseball" (no given name). ``start`` when there is none."""
    i = start + (doc[start].lower_ in _RANK_OPENERS)
    if end - i != 3 or doc[i].lower_ not in RANKS or not all(t.is_title for t in doc[i:end]):
        return start
    return i + 1 if given_name_sex(doc[i + 1].text) is not None and doc[end - 1].is_alpha else start


def rank_before_name(token: Token, name: Span) -> bool:
    """Whether ``token`` is a capitalised rank of `RANKS` right before a name that opens with
    a common given name ("Corporal" of "Lance Corporal Ryan Heald"): a title, where a
    rank before a surname alone may be a given name ("Major Garrett")."""
    return (
        token.is_title
        and token.lower_ in RANKS
        and len(name) > 1
        and name[0].is_title
        and given_name_sex(name[0].text) is not None
    )
