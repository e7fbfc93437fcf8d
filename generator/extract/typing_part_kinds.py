"""One kind for a part's names across a document: its full name and short forms are one part.

`character_votes` marks the mentions the parse makes parts ("Ann Vell plays Jack Stone");
here the names they share words with follow them, when the text calls them no person more
strongly than a part is called one.
"""

from __future__ import annotations

from generator.extract.family_names import name_tokens
from generator.extract.mentions import PERSON, WORK
from generator.extract.nlp import common_nouns

#: Person evidence a part's first name or surname may have and still be the part's: a verb
#: of saying or a verb of people ("Stacey was killed off") and a pronoun taking it up, which
#: a part has as a person has, not a title.
_PART_PERSON = 2.0


def part_kinds(
    kinds: dict[str, str],
    evidence: dict[str, dict[str, float]],
    priors: dict[str, dict[str, float]],
    played: set[str],
) -> None:
    """A part's full name and its short forms are one part, not a person (one kind per name).

    "Frank Mallory" is the part when "who plays Mallory" makes "Mallory" one and nothing
    calls "Frank Mallory" a person; "Stacey" is the part when the text makes "Stacey
    Pryor", a name written as a person's (the model's person, no common noun last), a part
    and only a verb calls "Stacey" a person, and no person's full name has that word.
    """
    parts_of_parts = set(played)
    for key, kind in list(kinds.items()):
        parts = name_tokens(key)
        ends = (parts[0], parts[-1]) if len(parts) == 2 else ()
        quiet = evidence.get(key, {}).get(PERSON, 0.0) <= 0.5
        if kind == PERSON and quiet and any(p in played and kinds.get(p) == WORK for p in ends):
            kinds[key] = WORK
            parts_of_parts.add(key)
    taken = {
        part
        for key, kind in kinds.items()
        if kind == PERSON and len(name_tokens(key)) > 1
        for part in name_tokens(key)
    }
    for key, kind in list(kinds.items()):
        parts = name_tokens(key)
        if kind != WORK or len(parts) != 2:
            continue
        if parts[-1] in common_nouns() and key not in played:
            continue  # "Harbour Lane", a show; not "Barry Quill", whom the parse makes a part
        said = key in parts_of_parts or evidence.get(key, {}).get(WORK)
        if not priors.get(key, {}).get(PERSON) or not said:
            continue
        for part in (parts[0], parts[-1]):
            said = evidence.get(part, {}).get(PERSON, 0.0)
            if kinds.get(part) == PERSON and part not in taken and said <= _PART_PERSON:
                kinds[part] = WORK
