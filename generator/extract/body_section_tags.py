"""A wire headline's section tag, no part of a name: "SOCCER-Kelby beat Tarnby".

Wire services open a headline with a word in capitals for its desk or its story's kind and
a hyphen with no spaces ("SOCCER-", "CRICKET-", "EXCLUSIVE-"), which the model runs into
the name after it ("SOCCER-Kelby") or reads as a name of its own ("CRICKET"). The tag is a
common noun in capitals, written first, before the hyphen and a capitalised word; no name
of the tables ("NATO-Russia talks").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.nlp import common_nouns

#: Fewest letters of a section tag's word: "NFL" is a league's name, not a desk's.
_MIN_LETTERS = 4


def section_tag_end(doc: Doc) -> int:
    """The index of the first token after a headline's section tag and its hyphen, or 0."""
    if len(doc) < 3:
        return 0
    tag, hyphen, after = doc[0], doc[1], doc[2]
    if not (
        tag.is_upper
        and tag.is_alpha
        and len(tag.text) >= _MIN_LETTERS
        and hyphen.text == "-"
        and not tag.whitespace_
        and not hyphen.whitespace_
        and after.text[:1].isupper()
        and not after.is_upper
        and not tag.ent_id_
        and tag.lower_ in common_nouns()
    ):
        return 0
    return 2


def without_section_tag(span: Span) -> Span | None:
    """The span less a section tag it holds; None when it is the tag alone."""
    end = section_tag_end(span.doc) if span.start == 0 else 0
    if end == 0:
        return span
    if span.end <= end:
        return None
    part = span.doc[end : span.end]
    part.label_ = span.label_
    return part
