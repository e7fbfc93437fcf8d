"""Evidence that a name right before a title and a full name is no person: "said Kelby Falls
Mayor Ann Vell", "Tarn Valley Sheriff Jo Ames".

A name written right before a capitalised title that a full name follows qualifies the
title: the town the mayor serves, the county the sheriff keeps. The model often reads that
town as a second person, and a hub for it would name no one. Such a name is a place when
the gazetteer knows it, else a body ("Kelby Water Chairman Jo Ames").
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon
from generator.extract.mentions import ORG, PLACE, Mention
from generator.extract.referent_given_names import given_name_sex

#: Most capitalised title words between the name and the person: "Chief Fire Officer".
_TITLE_WORDS = 3
#: As much as a title before a name gives a person: the model's label alone loses to it.
_WEIGHT = 3.0


def title_owner_votes(mention: Mention, lex: Lexicon) -> None:
    """A vote for a place or a body when the name qualifies a title over a full name (see
    the module)."""
    if mention.fixed:
        return
    span = mention.span
    if _before_titled_person(span, lex):
        mention.vote(PLACE if mention.place is not None else ORG, _WEIGHT)


def _before_titled_person(span: Span, lex: Lexicon) -> bool:
    """Whether capitalised title words, then a full name (a person's by the model's label
    or a given name), follow the name at once."""
    doc = span.doc
    end = span.end
    while (
        end < len(doc)
        and end - span.end < _TITLE_WORDS
        and doc[end].text[:1].isupper()
        and doc[end].lower_.rstrip(".") in lex.role_words
    ):
        end += 1
    name = doc[end : end + 2]
    if end == span.end or len(name) < 2:
        return False
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name):
        return False
    return name[0].ent_type_ == "PERSON" or given_name_sex(name[0].text) is not None
