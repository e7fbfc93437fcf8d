"""Evidence that the name after a person's name and "of" is the person's home town: "Ana
Lisk, of Tarnby, said", the way news names people met in the street.

Set off by commas after a person's name, "of" gives where the person comes from or whom
they work for ("Ana Lisk, of Acme, said"). When the name is a town the gazetteer knows, it
is the town: a weak vote, so that a firm named after a town that the text calls a body
elsewhere ("Halby said profits rose") stays one. General words only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.gazetteer import gazetteer
from generator.extract.mentions import PLACE, Mention

#: What may follow the town: the closing comma, the end of the sentence or "said".
_AFTER = frozenset({",", ".", "said", "says", "told"})


def _after_person_and_of(span: Span) -> bool:
    """Whether the name follows "NAME, of": a person's name, a comma and "of"."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ != "of" or doc[span.start - 2].text != ",":
        return False
    return doc[span.start - 3].ent_type_ == "PERSON"


def home_town_votes(mention: Mention) -> None:
    """ "Ana Lisk, of Tarnby, said": a town the gazetteer knows, after a person's name and
    "of" set off by commas, votes for a place (see the module's doc)."""
    span = mention.span
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else "."
    if after not in _AFTER or not _after_person_and_of(span):
        return
    if gazetteer().city(span.text) is not None:
        mention.vote(PLACE, 1.5)
