"""The public office a spokesman speaks for when the phrase names it by its holder's role
and its place: "a spokesman for the Harlow County prosecutor", "a spokeswoman for the
Vellano district attorney".

Such a spokesman answers for the office, not for a person: news names the holder, if at
all, elsewhere, and the quote is the office's statement. The speaker is the office, named
as news refers to it ("the Harlow County prosecutor's office").

Only offices of the law that speak as offices are read so (`OFFICE_NOUNS`): "a spokesman
for the Kelby mayor" may be the mayor's own words relayed, whom the story may name, and a
wrong speaker is worse than none. The place must be written with capitals right before
the noun, every word between a compound ("the county prosecutor" names no place here).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Role nouns of offices of the law whose spokesmen speak for the office itself.
OFFICE_NOUNS = frozenset(["prosecutor", "attorney", "sheriff", "coroner"])
#: Lower-case words a place may join to the office noun ("Vellano district attorney").
OFFICE_PARTS = frozenset(["district", "state", "county", "city", "public", "chief"])
#: Prepositions by which a spokes noun names whom it speaks for.
SPEAKING_FOR = frozenset(["for", "from"])


def spoken_office(spokes: Token) -> tuple[Span, str] | None:
    """(the words naming the office, the office's name) a spokes noun's "for" phrase
    names as a public office of a place, or None."""
    objects = [
        o
        for c in spokes.children
        if c.dep_ == "prep" and c.lower_ in SPEAKING_FOR
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if len(objects) != 1:
        return None
    noun = objects[0]
    if noun.lower_ not in OFFICE_NOUNS or noun.tag_ not in ("NN", "NNP"):
        return None
    children = list(noun.children)
    if [c.lower_ for c in children if c.dep_ == "det"] != ["the"]:
        return None  # "a county prosecutor", "his prosecutor": no one office
    words = [c for c in children if c.dep_ != "det"]
    if not words or any(c.dep_ != "compound" or c.i > noun.i for c in words):
        return None
    doc = noun.doc
    start = min(c.left_edge.i for c in words)
    before = doc[start : noun.i]
    if any(not t.is_alpha for t in before):
        return None
    if not before[0].text[:1].isupper():
        return None  # the place opens the phrase: "the Harlow County prosecutor"
    # Every word is the place's (capitalised) or a part of the office's title.
    if any(not t.text[:1].isupper() and t.lower_ not in OFFICE_PARTS for t in before):
        return None
    span = doc[start : noun.i + 1]
    return span, f"{span.text}'s office"
