"""The short forms a company's name is written in: "segal" of "segal corp", "tarn copper" of
"tarn copper ltd" or "tarn copper technology". A one-word name of such a form names the
company, though a person of the story bears it too ("Segal Motors ... Anna Segal").
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.extract.body_company_names import company_stems
from generator.extract.lexicon import cues


def company_short_forms(organizations: Iterable[str]) -> set[str]:
    """The short forms of the normalized names of ``organizations``: the first word before
    nothing but company forms ("corp", "motors", "group"), the name before its legal form,
    and the name of two words or more before its words of trade. "Goldman" of "Goldman
    Sachs" is none: a person may be named Goldman."""
    suffixes = cues().org_suffixes
    companies = set()
    for key in organizations:
        first, *rest = key.split()
        if rest and all(part.rstrip(".") in suffixes for part in rest):
            companies.add(first)
        companies.update(company_stems(key.split()))  # "tarn copper" of "tarn copper ltd"
        companies.update(_trading_stems(key.split(), suffixes))
    return companies


#: Last words of a body's name that may follow a person's full name: "the Jo Ames Foundation",
#: "Ames Brothers" are named after Jo Ames, who may be in the story too.
_EPONYMOUS = frozenset(
    {"foundation", "trust", "fund", "institute", "institutes", "society", "associates"}
    | {"partners", "brothers", "bros", "sons", "college", "school", "academy", "hospital"}
    | {"centre", "center", "museum", "church", "court", "league", "club", "campaign"}
)


def _trading_stems(words: list[str], suffixes: frozenset[str]) -> list[str]:
    """The names of two words or more a firm's name shortens to before its words of trade:
    "tarn harbor" of "tarn harbor technology", "tarn harbor media group"; none before a word
    bodies named after people end in ("the Jo Ames Foundation")."""
    stems = []
    for cut in range(len(words) - 1, 1, -1):
        tail = [word.rstrip(".") for word in words[cut:]]
        if not all(word in suffixes and word not in _EPONYMOUS for word in tail):
            break
        if all(word.isalpha() for word in words[:cut]):
            stems.append(" ".join(words[:cut]))
    return stems
