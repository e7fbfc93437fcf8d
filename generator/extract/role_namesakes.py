"""Whose a bare name is when two people of a story share a word of it.

News names its main person in full first and then by surname alone; a relative or
namesake brought in later is told apart by a given name ("Ann Roe", "Ann"). A role
written beside a bare surname ("Captain Roe") that two people share is therefore the
one's named first, not the later namesake's; with no namesake a short mention is surely
the one person's.

The model may read a couple as one PERSON entity ("Tom and Ann Roe", "Tom and Ann"):
each person it joins is read apart (`people_of`), so that Tom's own given name, joined
to Ann's, does not make Ann a namesake of his.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon
from generator.extract.role_context import bare, ents_of

#: Words that join two people in one entity the model read.
_JOINERS = frozenset({"and", "&", ","})
#: Entity labels of a capitalised word joined by "and" to a name that is no given name.
_PLACES_AND_BODIES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def people_of(ent: Span) -> Iterator[Span]:
    """The people one PERSON entity names: its parts between 'and', '&' and commas
    ("Tom and Ann Roe" -> "Tom", "Ann Roe"), or the whole entity."""
    start = ent.start
    for token in ent:
        if token.lower_ in _JOINERS:
            if token.i > start:
                yield ent.doc[start : token.i]
            start = token.i + 1
    if start < ent.end:
        yield ent.doc[start : ent.end]


def _named(person: Span, lex: Lexicon) -> set[str]:
    """A name's capitalised words, bare, without courtesy titles."""
    return {bare(w) for w in person.text.split() if w[:1].isupper()} - lex.honorifics


def namesake_in(span: Span, own: frozenset[str], lex: Lexicon) -> bool:
    """Whether the text names a person other than the one with name words ``own`` who
    shares a word of the mention ``span`` ("Tom Roe" beside "Ann Roe", for "Roe")."""
    words = {bare(w) for w in span.text.split()} - lex.honorifics
    doc = span.doc
    for ent in ents_of(doc[0 : len(doc)]):
        if ent.label_ != "PERSON":
            continue
        for person in people_of(ent):
            named = _named(person, lex)
            if named & words and not (named | _joined_given_name(person)) <= own:
                return True
    return False


def _joined_given_name(ent: Span) -> set[str]:
    """The given name joined by "and" before a name, which shares its surname: "Tom" of
    "Tom and Ann Vell", another person named Vell."""
    doc = ent.doc
    at = ent.start - 2
    if at < 0 or doc[at + 1].lower_ not in ("and", "&"):
        return set()
    given = doc[at]
    # the model may type a lone given name anything but a place or a body
    if given.pos_ != "PROPN" or not given.is_title or given.ent_type_ in _PLACES_AND_BODIES:
        return set()
    if at > 0 and doc[at - 1].pos_ == "PROPN":
        return set()  # "Jo Roe and Ann Vell": the last word of another's full name
    return {bare(given.text)}


def elder_namesake(span: Span, own: frozenset[str], named_in_full: int, lex: Lexicon) -> bool:
    """Whether the mention ``span`` is a bare name that a person other than the one with
    name words ``own``, named in full before ``named_in_full``, shares."""
    words = {bare(w) for w in span.text.split()} - lex.honorifics
    doc = span.doc
    for ent in ents_of(doc[0:named_in_full]):
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        named = _named(ent, lex)
        if named & words and not named <= own:
            return True
    return False
