"""Whose a bare surname is when two people of a story share it.

News names its main person in full first and then by surname alone; a relative or
namesake brought in later is told apart by a given name ("Ann Roe", "Ann"). A role
written beside a bare surname ("Captain Roe") that two people share is therefore the
one's named first, not the later namesake's.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon
from generator.extract.role_context import bare, ents_of


def elder_namesake(span: Span, own: frozenset[str], named_in_full: int, lex: Lexicon) -> bool:
    """Whether the mention ``span`` is a bare name that a person other than the one with
    name words ``own``, named in full before ``named_in_full``, shares."""
    words = {bare(w) for w in span.text.split()} - lex.honorifics
    doc = span.doc
    for ent in ents_of(doc[0:named_in_full]):
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        named = {bare(w) for w in ent.text.split() if w[:1].isupper()} - lex.honorifics
        if named & words and not named <= own:
            return True
    return False
