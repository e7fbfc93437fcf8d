"""Evidence from a name's own words and its apposition that it names no one.

- "Henry Pryce Goes West", "Tilly Vane Meets Her Match": a verb in the present tense inside a
  capitalised name, with capitalised words on both sides of it, is a title's (a film, a book,
  a show). No person's name holds a finite verb; a surname the tagger reads as a verb ("Hughes")
  ends the name, so the verb must have a word after it.
- "Dorothy Vane, a trio from Brighton,": a name set off by a word for a group of performers
  ("trio", "band", "four-piece") is a band's, whatever words follow that word; a person is
  one of a trio, not a trio. Not a pair of names ("Jo Ames and Kim Lee, a duo from Leeds"),
  nor a later apposition ("Jo Ames, a member of the board, the group that runs it").
- "beat Harry Lomond by the rock group The Gantries", "topped the chart with Sally Pike by
  singer Ron Tay": a name credited with "by" to a band or a maker of songs and books is their
  work. Not after "of", "about" and the like ("a portrait of Jo Ames by artist Kim Lee", "a
  film about Jo Ames by director Kim Lee"), where the name is the work's subject.

General word lists only: no names of people or things.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.band_votes import ENSEMBLES
from generator.extract.mentions import ORG, WORK, Mention

__all__ = ["title_shape_votes"]

#: Weight of these votes: more than the model's label and a verb of saying together.
_WEIGHT = 3.0
#: Words for a group of performers set off after a name, beside `ENSEMBLES`.
_GROUPS = ENSEMBLES | {"band", "group", "supergroup", "boyband", "girlband"}
#: Makers a work is credited to with "by": "Sally Pike by singer Ron Tay".
_MAKERS = (
    _GROUPS
    | {"singer", "singer-songwriter", "songwriter", "rapper", "crooner", "diva"}
    | {
        "author",
        "novelist",
        "writer",
        "poet",
        "playwright",
        "composer",
    }
)
#: Words before a name that make it the subject of a work credited after it.
_SUBJECT_OF = frozenset({"of", "about", "on", "to", "for", "with", "from", "like"})
#: How many words may stand between "by" and the maker's noun: "by the veteran rock group".
_REACH = 4


def title_shape_votes(mention: Mention) -> None:
    """Votes of a verb inside the name and of a group apposed to it (see the module)."""
    if mention.fixed or mention.place is not None:
        return
    span = mention.span
    if span.label_ != "PERSON":
        return
    if _holds_a_verb(span) or _credited_to_a_maker(span):
        mention.vote(WORK, _WEIGHT)
    elif _apposed_group(span):
        mention.vote(ORG, _WEIGHT)


def _holds_a_verb(span: Span) -> bool:
    """Whether a capitalised word inside the name, after its first word and before its last,
    is tagged a verb of the present tense: "Henry Pryce Goes West"."""
    return any(t.tag_ == "VBZ" and t.is_title and t.text.isalpha() for t in span[1:-1])


def _apposed_group(span: Span) -> bool:
    """Whether the name's apposition is headed by a lower-case word for a group of performers
    ("Kit Varga, a trio from Hull,", "Kit Varga, the Hull four-piece,"), the name neither
    joined to another name nor one of a list."""
    root = span.root
    if root.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in root.children):
        return False
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    # The first apposition only, opening right after the comma: not "Jo Ames, a member of the
    # board, the group that runs it", whose later apposition the parse may hang on the name.
    first = next((c for c in root.children if c.dep_ == "appos"), None)
    return first is not None and first.left_edge.i == end + 1 and _group_word(first)


def _group_word(token: Token) -> bool:
    """A lower-case word for a group of performers: "trio", "band", the "piece" of "four-piece"."""
    if not token.is_lower:
        return False
    if token.lower_ in _GROUPS:
        return True
    doc, i = token.doc, token.i
    return token.lower_ == "piece" and i >= 2 and doc[i - 1].text == "-" and doc[i - 2].is_alpha


def _credited_to_a_maker(span: Span) -> bool:
    """Whether "by" right after the name leads to a band's or a maker's noun before a capitalised
    name: "Harry Lomond by the rock group The Gantries", "Sally Pike by singer Ron Tay"."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].lower_ != "by":
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in _SUBJECT_OF:
        return False
    for token in doc[end + 1 : min(end + 1 + _REACH, len(doc) - 1)]:
        if not token.is_lower:
            return False
        if _group_word(token) or token.lower_ in _MAKERS:
            return doc[token.i + 1].is_title
    return False
