"""Scottish and Irish hills and glens the model reads as men: "Ben Corrach", "Glen Tarvie".

"Ben" (Gaelic "beinn", a mountain) and "Glen" (a valley) open the names of hills and glens
as they open men's given names ("Ben Tarrow said"). What the text does with the name tells
them apart: one climbs, hikes up or reaches the summit of a hill, and walks or drives
through a glen, never a man. A person span of two words so opened is a place when the parse
makes it the object of a verb of climbing ("climbed Ben Corrach"), of a verb with "up" or
"down" ("hiked up Ben Corrach"), of "up", "down", "through" or "along", or of "of" after a
noun for a part of a hill or a valley ("the summit of Ben Corrach").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["hill_name", "hill_names"]

#: Gaelic words for a hill and a valley that are men's given names too.
_HILL_WORDS = frozenset({"ben", "glen"})


def _forms(*verbs: str) -> frozenset[str]:
    """The written forms of regular verbs (the pipeline has no lemmatizer): "climb",
    "climbs", "climbed", "climbing"; "hike", "hiked", "hiking"; "bag", "bagged"."""
    out = set()
    for verb in verbs:
        stem = verb[:-1] if verb.endswith("e") else verb
        double = verb + verb[-1] if verb[-1] in "gp" and verb[-2] in "aeiou" else verb
        out |= {verb, f"{verb}s", f"{stem}ed", f"{stem}ing", f"{double}ed", f"{double}ing"}
    return frozenset(out)


#: Verbs whose object is a hill: "climbed Ben Corrach", "to bag Ben Corrach".
_CLIMBING_VERBS = _forms("climb", "hike", "scale", "ascend", "descend", "summit", "bag")
#: Verbs of going on foot or on wheels, which "up", "down", "through" or "along" after them
#: take over a hill or through a glen: "hiked up Ben Corrach" (not "called up Ben Tarrow").
_GOING_VERBS = _forms("hike", "walk", "climb", "trek", "run", "cycle", "drive", "scramble")
_GOING_VERBS |= {"ran", "drove", "driven", "went", "headed", "clambered", "marched"}
#: Particles and prepositions of a way over a hill or along a valley.
_WAYS = frozenset({"up", "down", "through", "along"})
#: Parts of a hill or a valley: "the summit of Ben Corrach", "the head of Glen Tarvie".
_PARTS = frozenset(
    {"summit", "top", "slopes", "slope", "foot", "flanks", "flank", "peak", "shoulder"}
    | {"ridge", "floor", "head", "mouth"}
)


def hill_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each hill or glen read as a person (see the module's doc) as a LOC
    span."""
    return [_as_place(e) if e.label_ == "PERSON" and hill_name(e) else e for e in ents]


def _as_place(span: Span) -> Span:
    return Span(span.doc, span.start, span.end, label="LOC")


def hill_name(span: Span) -> bool:
    """Whether a span of two words opened by "Ben" or "Glen" is a hill or a glen by what the
    sentence does with it (see the module's doc)."""
    if len(span) != 2 or span[0].lower_ not in _HILL_WORDS or not span[1].is_title:
        return False
    root = span.root
    head = root.head
    if root.dep_ == "dobj":
        return head.lower_ in _CLIMBING_VERBS or (head.lower_ in _GOING_VERBS and _has_way(head))
    if root.dep_ == "pobj":
        if head.lower_ in _WAYS:
            return head.head.lower_ in _GOING_VERBS  # "walked down Glen Tarvie"
        return head.lower_ == "of" and head.head.lower_ in _PARTS
    return False


def _has_way(verb: Token) -> bool:
    """Whether a verb takes "up", "down", "through" or "along" as its particle: "hiked up"."""
    return any(c.dep_ == "prt" and c.lower_ in _WAYS for c in verb.children)
