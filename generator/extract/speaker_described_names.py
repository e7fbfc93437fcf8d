"""A lone name that the text describes as a person, here or at another of its uses.

"Tove, 66, from the village, said ..." and later "Tove said her son ...": the second use
has no age or description of its own, but it is the same word, and the text has already
said that it names a person. News introduces such people once, by first name and age or
with a noun for a person, and then writes the bare name. Two shapes say a person
whatever the parse made of them: a noun for a person the name stands in apposition to
("Her aunt Tove said") and an age set off after it ("Tove, 64 said"). A relative
clause opened by "who" does not: British news writes it of teams and firms too
("Kelby, who won the cup"). The NER's label for an organization or a place still rules a
name out, as the caller checks.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from generator.extract.role_phrases import person_noun

__all__ = ["aged_after", "apposed_name", "apposed_to_person", "described_elsewhere"]

#: Ages a number set off after a name can give: below it, above it a year or a count.
_MAX_AGE = 120


def described_elsewhere(name: Token, described: Callable[[Token], bool]) -> bool:
    """Whether the lone name's own use or another use of its word, tagged a proper noun,
    is ``described`` as a person there ("Tove, a resident of X,"), stands beside a noun for
    a person (`apposed_to_person`) or has an age set off after it (`aged_after`)."""
    return _says_person(name) or any(
        other.i != name.i
        and other.text == name.text
        and other.pos_ == "PROPN"
        and (described(other) or _says_person(other))
        for other in name.doc
    )


def _says_person(name: Token) -> bool:
    """Whether a name's own use says that it is a person's, whatever the parse made of it."""
    return apposed_to_person(name) or aged_after(name)


def aged_after(name: Token) -> bool:
    """Whether a comma and an age follow a name, the age closing the phrase ("Tove, 64,
    said", "Tove, 64 said"): a number of years that no noun after it counts."""
    doc = name.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != ",":
        return False
    age = doc[name.i + 2]
    if not age.text.isdigit() or not 0 < int(age.text) < _MAX_AGE:
        return False
    after = doc[age.i + 1] if age.i + 1 < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ")


def apposed_to_person(name: Token) -> bool:
    """Whether a proper noun stands in apposition to a common noun for a person: "her
    aunt Tove", "his friend, Obi,"."""
    head = name.head
    return name.dep_ == "appos" and head.pos_ == "NOUN" and person_noun(head.lower_)


def apposed_name(subject: Token) -> Token | None:
    """The one capitalised proper noun set in apposition to a subject that is a noun for a
    person ("Her aunt Tove said"), or the name an age subject follows ("Tove, 64
    said", the parser making the age a subject): the name of who speaks, which the NER
    may have missed; None for any other subject."""
    doc = subject.doc
    if subject.text.isdigit() and subject.i >= 2:
        name = doc[subject.i - 2]
        named = name.pos_ == "PROPN" and name.text[:1].isupper()
        return name if named and aged_after(name) else None
    names = [
        c
        for c in subject.children
        if c.pos_ == "PROPN" and c.text[:1].isupper() and apposed_to_person(c)
    ]
    return names[0] if len(names) == 1 else None
