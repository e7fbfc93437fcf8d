"""Names the desk has confirmed, found in a story's text where extraction missed them.

A name an editor has seen through (a published record names it) is an entity the next
time a story writes it, even when the language model does not tag it there: "FOMC" or
"Wall Street" once fixed by hand need not be fixed again. Only published records count,
so the generator's own unreviewed guesses never feed themselves back. A name qualifies
when it is written with a capital, is one entity of one kind, and is not a one- or
two-letter word; the text is matched word for word, case as written, longest name first,
in one pass over its words (a dictionary lookup per word and length).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, TypeVar

from generator.entities_file import KINDS
from generator.register import Entity, fold

#: A word of a name or a text: letters and digits, with inner apostrophes, dots, hyphens.
WORD = re.compile(r"\w+(?:['\u2019.-]\w+)*")
#: Longest name matched, in words.
MAX_WORDS = 5
#: Shortest one-word name matched, in characters ("EU" and "Al" are too often other things).
MIN_ONE_WORD = 3

Words = tuple[str, ...]
T = TypeVar("T")


def written_names(
    entities: Iterable[tuple[Entity, T]],
    reviewed: set[str],
    rejected: frozenset[tuple[str, str]],
) -> dict[Words, tuple[str, T]]:
    """Words of each confirmed name -> (kind, what the caller keeps for its entity)."""
    claims: dict[Words, list[tuple[str, T]]] = defaultdict(list)
    for entity, value in entities:
        if not entity.briefings & reviewed:
            continue
        for name in {entity.name, *entity.aliases}:
            words = tuple(WORD.findall(name))
            if not _qualifies(name, words) or (entity.kind, fold(name)) in rejected:
                continue
            claims[words].append((entity.kind, value))
    return {words: found[0] for words, found in claims.items() if len(found) == 1}


def _qualifies(name: str, words: Words) -> bool:
    if not words or len(words) > MAX_WORDS or name == name.lower():
        return False
    return len(words) > 1 or len(words[0]) >= MIN_ONE_WORD


def found_in_text(
    text: str, fields: dict[str, Any], table: dict[Words, tuple[str, T]]
) -> list[tuple[Words, str, T]]:
    """(words as written, kind, value) of each table name the text writes that no entity of
    ``fields`` already covers (as its name, an alias, or a part of one), once each."""
    if not table or not text:
        return []
    covered = _covered(fields)
    spans = list(WORD.finditer(text))
    words = [m.group(0) for m in spans]
    found: dict[Words, tuple[str, T]] = {}
    at = 0
    while at < len(words):
        step = 1
        for size in range(min(MAX_WORDS, len(words) - at), 0, -1):
            key = tuple(words[at : at + size])
            if key in table:
                if key not in covered and not _inside_longer_name(text, spans, at, at + size):
                    found.setdefault(key, table[key])
                step = size
                break
        at += step
    return [(key, kind, value) for key, (kind, value) in found.items()]


def _inside_longer_name(text: str, spans: list[re.Match[str]], start: int, end: int) -> bool:
    """Whether words ``start:end`` are part of a longer name: the next word, with only spaces
    between, is capitalized ("Wall Street" of "Wall Street Journal"), or they follow a
    capitalized word (not one opening a sentence) and "of" ("God" of "Party of God")."""
    if end < len(spans) and _capital(spans[end][0]) and _joined(text, spans[end - 1], spans[end]):
        return True
    return (
        start >= 2
        and spans[start - 1][0] == "of"
        and _capital(spans[start - 2][0])
        and not _opens_sentence(text, spans[start - 2])
        and _joined(text, spans[start - 2], spans[start - 1])
        and _joined(text, spans[start - 1], spans[start])
    )


def _opens_sentence(text: str, word: re.Match[str]) -> bool:
    """Whether a word is capitalized only for starting a sentence ("Shares of ...")."""
    before = text[: word.start()].rstrip()
    return not before or before[-1] in ".!?:\"'\u201c"


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _joined(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    return not text[first.end() : second.start()].strip()


def _covered(fields: dict[str, Any]) -> set[Words]:
    """Every run of words inside a name or alias the fields already give."""
    covered: set[Words] = set()
    for record_field in KINDS.values():
        for entry in fields.get(record_field) or []:
            for name in (entry["name"], *(entry.get("aliases") or [])):
                words = WORD.findall(str(name))
                covered.update(
                    tuple(words[i:j])
                    for i in range(len(words))
                    for j in range(i + 1, min(len(words), i + MAX_WORDS) + 1)
                )
    return covered
