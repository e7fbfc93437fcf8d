"""Two role phrases of one person that are one role: "Democrat" and "Democratic opponent".

A title before one mention and a description beside another often say the same thing in
other words: a party's noun and its adjective ("Democrat", "Democratic opponent"), a
plural or other case ("Tories", "Tory"), an office with more words ("MP", "former Tory
MP"), a body by its initials ("president of the LTV"). Joined, the record repeats
itself. A phrase is held in another when each of its content words (no stop word) is a
word of the other, or the initials of its capitalised words, or the other's word is it
with a derivational ending ("Democrat" -> "Democratic", "Republic" -> "Republican"), compared
in lower case and in the singular.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from generator.extract.lexicon import SKIPPED_IN_INITIALS, initials
from generator.extract.role_nouns import singular

#: Endings that make a party's or a country's noun its adjective or member noun.
_DERIVED = ("ic", "ian", "an", "n", "ish", "ese")
#: A stem this short may begin an unrelated word ("Tory" / "Toryism" aside).
_MIN_STEM = 5


def _content(role: str) -> set[str]:
    """A role's content words, lower case, without possessives, in the singular."""
    words = set()
    for raw in re.split(r"[\s,]+", role.lower().replace("\u2019", "'")):
        word = raw.removesuffix("'s").strip(".'\"()[]")
        if word and word not in STOP_WORDS and not word.isdigit():
            words.add(singular(word))
    return words


def _derived(word: str, other: str) -> bool:
    """Whether ``other`` is ``word`` or ``word`` with a derivational ending."""
    if word == other:
        return True
    return len(word) >= _MIN_STEM and other.startswith(word) and other[len(word) :] in _DERIVED


def _spelled_initials(role: str) -> set[str]:
    """The initials of each run of capitalised words of a role, lower case: "uci" of
    "president of the Ligue Tarnaise de Voile", which "president of the LTV" repeats."""
    runs: list[list[str]] = [[]]
    for word in role.replace(",", " , ").split():
        if word[:1].isupper() or (runs[-1] and word.lower() in SKIPPED_IN_INITIALS):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    spelled = (initials(run).lower() for run in runs if len(run) > 1)
    return {letters for letters in spelled if len(letters) > 1}


def held_in(role: str, other: str) -> bool:
    """Whether every content word of ``role`` is in ``other`` ("Democrat" in "Democratic
    opponent"), or is the initials of its words ("LTV" of "Ligue Tarnaise de Voile");
    a role of no content words is held in none."""
    words, others = _content(role), _content(other)
    spelled = _spelled_initials(other)
    return bool(words) and all(w in spelled or any(_derived(w, o) for o in others) for w in words)


def one_role(role: str, other: str) -> bool:
    """Whether two role phrases say one thing: either is held in the other."""
    return held_in(role, other) or held_in(other, role)
