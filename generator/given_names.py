"""Forms of one given name ("Joseph", "Joe"), as the `nicknames` package's hand-curated table
of English given names pairs them; shared by ingest (`extract.person_nicknames`) and the
register's duplicate suspects, without loading the NLP pipeline."""

from __future__ import annotations

from functools import cache

from nicknames import NickNamer


@cache
def _namer() -> NickNamer:
    return NickNamer()


def familiar_forms(given: str, other: str) -> bool:
    """Whether two different given names are forms of one: a name and its nickname
    ("Joseph", "Joe"), either way round, in any case."""
    given, other = given.casefold(), other.casefold()
    if given == other or min(len(given), len(other)) < 2:
        return False  # an initial is no given name to compare
    namer = _namer()
    return other in namer.nicknames_of(given) or given in namer.nicknames_of(other)
