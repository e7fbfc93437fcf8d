"""A name that hears, prints or commissions what is said is an outlet, never a place.

"his brother confirmed to Kelby Live", "the post was reported by the Tarnmouth Star", "an
interview with the singer for Glimmerly": the verb of saying or printing, or the interview,
says the name is a paper, a site or a broadcaster, though the model often reads it as a
place (`place_votes` also reads "told the Harbourer"). A place the tables know is left
alone: "reported by Kelby" is rare, "an interview before flying for Kelby" is not.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.mentions import ORG, Mention

#: Verbs of saying whose object of "to" is the one who hears: "confirmed to Kelby Live". Not
#: "admitted to", which takes a hospital.
_SAID_TO = frozenset(
    {"said", "says", "confirmed", "confirms", "explained", "explains", "revealed", "reveals"}
    | {"spoke", "speaks", "speaking", "talked", "talking", "talks"}
)
#: Verbs whose agent ("by") is the paper that printed or found a thing.
_PRINT_VERBS = frozenset(
    {"reported", "published", "revealed", "obtained", "broadcast", "aired", "printed"}
)
#: Nouns and verbs of a piece written or given for a paper: "an interview ... for Glimmerly".
_PIECES = frozenset(
    {"interview", "interviews", "column", "columns", "article", "articles", "op-ed"}
    | {"essay", "editorial", "wrote", "writes", "writing", "written"}
)
#: How many words back from "for" the piece may be: "an interview with the singer Jo Vane
#: - real name Joanna Vane - for Glimmerly" has ten.
_PIECE_REACH = 12


def _hearer(root: Token) -> bool:
    """Whether a name is the object of "to" after a verb of saying: "confirmed to X"."""
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in _SAID_TO


def _printer(root: Token) -> bool:
    """Whether a name is the agent of a verb of printing: "was reported by the Star"."""
    head = root.head
    return root.dep_ == "pobj" and head.dep_ == "agent" and head.head.lower_ in _PRINT_VERBS


def _piece_for(span: Span) -> bool:
    """Whether "for" comes right before the name and a piece for a paper shortly before it,
    in its sentence: "an interview with Jo Vane for Glimmerly", "wrote a column for X"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "for":
        return False
    sentence_start = span[0].sent.start
    window = doc[max(sentence_start, span.start - 1 - _PIECE_REACH) : span.start - 1]
    return any(t.lower_ in _PIECES for t in window)


def outlet_named(mention: Mention) -> bool:
    """Whether the words around a name the tables do not know as a place, and the model did
    not read as a person, say it is an outlet; votes so when they do."""
    span = mention.span
    if mention.place is not None or span.label_ == "PERSON":
        return False
    root = span.root
    if _hearer(root) or _printer(root) or _piece_for(span):
        mention.vote(ORG, 2.0)
        return True
    return False
