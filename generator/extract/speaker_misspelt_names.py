"""A speaker's surname written with a slip of one letter ("said Ferrowman" after "Ida
Ferrowmann"), as the surname of the one person of the story it differs from so.

News copy misspells names it has already written in full; a lone capitalised word that
no entity owns and no earlier mention introduces is then the person it nearly spells,
when exactly one person of the story has such a surname. Short words are left alone:
between "Lane" and "Lang" one letter is two names.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity

__all__ = ["misspelt_bearer"]

#: Fewest letters of a surname a slip of one letter is read in.
MIN_SLIP_LETTERS = 6


def misspelt_bearer(subject: Token, people: Sequence[Entity]) -> Entity | None:
    """The one person whose surname the capitalised subject misspells by one letter
    (`one_slip`), when it is a lone word of letters, no person's surname as written; or
    None."""
    word = subject.text
    doc = subject.doc
    lone = not (subject.i > 0 and doc[subject.i - 1].pos_ == "PROPN") and not (
        subject.i + 1 < len(doc) and doc[subject.i + 1].pos_ == "PROPN"
    )
    if not (lone and word.isalpha() and word[:1].isupper() and len(word) >= MIN_SLIP_LETTERS):
        return None
    surnames = [(p, p.name.split()[-1]) for p in people if p.kind == PERSON and " " in p.name]
    if any(surname.lower() == word.lower() for _, surname in surnames):
        return None  # a surname as written is another rule's (`missed_person`)
    bearers = {id(p): p for p, surname in surnames if one_slip(word.lower(), surname.lower())}
    return next(iter(bearers.values())) if len(bearers) == 1 else None


def one_slip(a: str, b: str) -> bool:
    """Whether two different words differ by one letter added, dropped or changed, or by
    two neighbours swapped, the first letter kept."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
