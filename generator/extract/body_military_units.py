"""A military unit's name, which the model leaves untagged or reads as a place or a people:
"served with the Dornshire Rifles", "the Kelby and Bute Rifles", "the Vennish Fusiliers".

A unit of the army is named by a place or a founder and the word of its kind ("Rifles",
"Fusiliers", "Hussars", "Regiment", "Battalion"); the model, which knows "Rifles" as a
common noun, leaves most such names out of its entities or reads the place in them as the
whole. A capitalised unit word after capitalised proper nouns (with "and" or "of" between
them) that no entity covers, with no further capitalised word after it (the name would go
on: "the Dornshire Rifles Museum" is a building's), names the unit; a span of the model's
that is a place, a people or a person ending in such a word is the unit too. The words are the
plural names of kinds of troops and the two nouns of a unit: not "Guards" (a club's or a
border's guards as well), nor "Marines" (a team's name too), which other evidence decides.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of, words_of
from generator.extract.lexicon import lexicon

#: Last words of a military unit's name: the kind of troops, or the unit's own noun.
UNIT_WORDS = frozenset(
    {"rifles", "fusiliers", "hussars", "dragoons", "highlanders", "lancers", "grenadiers"}
    | {"regiment", "battalion"}
)
#: Most capitalised words of a unit's name before its unit word: "Kelby and Bute Rifles".
_MOST_WORDS = 4
#: Small words between the capitalised words of a unit's name.
_JOINS = frozenset({"and", "of"})
#: The model's labels of a unit's name read as a place, a people's word or a person's name
#: ("Bute Highlanders": no one's name ends in a unit's word).
_MISREAD_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "PERSON"})


def untagged_units(doc: Doc) -> list[Span]:
    """Every unit's name outside the model's entities (see the module), as organization
    spans."""
    words = words_of(doc)
    tokens = tokens_of(doc)
    out: list[Span] = []
    found = (at for word in UNIT_WORDS for at in words.positions.get(word.capitalize(), ()))
    for at in sorted(found):
        unit = tokens[at]
        if unit.ent_iob_ != "O" or unit.is_sent_start:
            continue
        if at + 1 < len(doc) and tokens[at + 1].is_title:
            continue  # "the Dornshire Rifles Museum": the name goes on
        start = _name_start(tokens, at)
        if start is not None:
            out.append(Span(doc, start, at + 1, label="ORG"))
    return out


def _name_start(tokens: tuple[Token, ...], unit: int) -> int | None:
    """Where the unit's name before the unit word at ``unit`` opens, or None when no
    untagged capitalised proper noun stands right before it."""
    lex = lexicon()
    start, words = unit, 0
    while start > 0 and words < _MOST_WORDS:
        token = tokens[start - 1]
        if token.ent_iob_ != "O":
            return None  # the model read part of it: its own span decides
        if token.is_title and token.is_alpha and token.pos_ == "PROPN":
            if token.lower_ in lex.role_words or token.lower_ in lex.honorifics:
                return None  # "Colonel Ames Rifles" is no unit's name alone
            start, words = start - 1, words + 1
            if token.is_sent_start:
                break
        elif token.lower_ in _JOINS and token.is_lower and words > 0:
            start -= 1
        else:
            break
    while start < unit and tokens[start].is_lower:
        start += 1  # "of Kelby Rifles": the small word opens no name
    return start if words else None


def unit_of_place(ent: Span) -> Span:
    """A span the model read as a place, a people or a person whose last word is a unit's
    ("the Vennish Fusiliers" as a people), as the organization it names."""
    if ent.label_ not in _MISREAD_LABELS or len(ent) < 2 or ent.ent_id_:
        return ent
    last = ent[-1]
    if last.lower_ not in UNIT_WORDS or not last.is_title:
        return ent
    unit = ent.doc[ent.start : ent.end]
    unit.label_ = "ORG"
    return unit
