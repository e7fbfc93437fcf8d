"""Where someone is from, written after the name: "Jo Roe, 32, of Tarnby, said".

News copy names a member of the public with an age and a home ("Jo Roe, 32, of Tarnby,",
"Ed Poe, from Wessex,", "Jo Roe of Tarnby, Wessex, said"): the home is all the text says
of who they are, and tells one Jo Roe from another. It is read when commas set it off after
the name (or its age), or when "of" hangs from the name by the parse, and the model labelled
it a place, with the region after it ("of Tarnby, Wessex,"). After a courtesy title it is a
peer's style ("Lord Ames of Tarnby"); "from" with no comma may say where someone was moved
from ("flew Jo Roe from Tarnby"). The caller reads a home only when the text says nothing
else of the person: an office before the name ("Senator Roe of Wessex") is the role.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import lexicon
from generator.extract.name_spans import entity_span
from generator.extract.role_phrases import write_role
from generator.extract.role_surface import after_marks

__all__ = ["home_set_off"]

#: Labels of a town, a region or a country.
_PLACES = frozenset({"GPE", "LOC"})
#: Marks that close a home set off after a name.
_CLOSES = frozenset({",", ".", "(", ")", ";"})


def home_set_off(span: Span) -> str | None:
    """ "of Tarnby" in "Jo Roe, 32, of Tarnby, said" or "Jo Roe of Tarnby died", "from
    Tarnby, Wessex" in "Ed Poe, from Tarnby, Wessex, and ..."; None when no place closed
    by a mark (or, right after the name, by "and" or a verb) follows."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = after_marks(doc, span.end)
    if at < len(doc) and tokens[at].lower_ == "of" and _of_the_name(span, at):
        end = _place_end(doc, at + 1, runs_on=True)  # "Jo Roe of Tarnby, Wessex, said"
    else:
        if at >= len(doc) or tokens[at].text != ",":
            return None
        at += 1
        if at + 1 < len(doc) and tokens[at].text.isdigit() and tokens[at + 1].text == ",":
            at += 2  # the age set off before the home: "Jo Roe, 32, of Tarnby,"
        if at + 1 >= len(doc) or tokens[at].lower_ not in ("of", "from"):
            return None
        end = _place_end(doc, at + 1)
    if end is None:
        return None
    region = _place_end(doc, end + 1) if tokens[end].text == "," else None
    return write_role(list(doc[at : region or end]))


def _of_the_name(span: Span, at: int) -> bool:
    """Whether "of" right after the name hangs from it, and no courtesy title goes before
    the name: "Lord Ames of Tarnby" is a peer's style, "told Jo Roe of the plan" the verb's."""
    doc = span.doc
    styled = span.start > 0 and doc[span.start - 1].lower_ in lexicon().honorifics
    return not styled and span.start <= doc[at].head.i < span.end


def _place_end(doc: Doc, start: int, *, runs_on: bool = False) -> int | None:
    """The end of a place's name that opens at ``start`` and that a closing mark follows
    (or, when it ``runs_on`` from the name with no comma, "and" or a verb)."""
    if start >= len(doc) or doc[start].ent_iob_ != "B" or doc[start].ent_type_ not in _PLACES:
        return None
    end = entity_span(doc[start]).end
    if end >= len(doc):
        return None
    after = doc[end]
    closed = after.text in _CLOSES or (
        runs_on and (after.lower_ == "and" or after.pos_ in ("VERB", "AUX"))
    )
    return end if closed else None
