"""Small words inside a person's name, between the given name and the rest of the surname:
"Kanza wa Lunda", "Juan de la Cruz", "Rob Van Tassel". Written in lower case in most names,
capitalised in some ("Van Tassel", "De Souza"); `surname_particles` counts both."""

from __future__ import annotations

from spacy.tokens import Doc

#: Lower-case words inside a person's name: "Kanza wa Lunda", "Juan de la Cruz".
NAME_PARTICLE_WORDS = frozenset(
    {"wa", "van", "von", "der", "den", "de", "la", "da", "das", "do", "dos", "del", "della"}
    | {"di", "du", "le", "ter", "bin", "ibn", "bint", "y"}
)
#: Most particles before a surname's last word: "van der Roke".
_MOST_PARTICLES = 2


def surname_particles(doc: Doc, start: int) -> int:
    """How many particles open a surname at ``start``, in either case ("van der", "De"),
    with a capitalised word after them that ends the surname; 0 when none do."""
    count = 0
    while (
        count < _MOST_PARTICLES
        and start + count + 1 < len(doc)
        and doc[start + count].lower_ in NAME_PARTICLE_WORDS
        and (doc[start + count].is_lower or doc[start + count].is_title)
        and bool(doc[start + count].whitespace_)
    ):
        count += 1
    after = doc[start + count] if start + count < len(doc) else None
    if count and after is not None and after.is_title and after.is_alpha and len(after) > 1:
        return count
    return 0
