"""One kind for a part's names across a document: its full name and short forms are one part.

`character_votes` marks the mentions the parse makes parts ("Ann Vell plays Jack Stone");
here the names they share words with follow them, when the text calls them no person more
strongly than a part is called one.
"""

from __future__ import annotations

from generator.extract.family_names import name_tokens
from generator.extract.lexicon import normalize, person_noun
from generator.extract.mentions import PERSON, WORK, Mention
from generator.extract.nlp import common_nouns

#: Person evidence a part's first name or surname may have and still be the part's: a verb
#: of saying or a verb of people ("Stacey was killed off") and a pronoun taking it up, which
#: a part has as a person has, not a title.
_PART_PERSON = 2.0
#: Person evidence one mention gives when the text says outright who bears the name: a
#: title, an age, a noun for a person before it ("Mr Pryor", "Pryor, 45,"); a part is
#: taken up by "who" and owns kin as a person is ("Stacey, who ...", "Stacey's brother").
_SAID_OUTRIGHT = 3.0


def part_kinds(
    kinds: dict[str, str],
    evidence: dict[str, dict[str, float]],
    priors: dict[str, dict[str, float]],
    mentions: list[Mention],
) -> None:
    """A part's full name and its short forms are one part, not a person (one kind per name).

    "Frank Mallory" is the part when "who plays Mallory" makes "Mallory" one and nothing
    calls "Frank Mallory" a person; "Stacey" is the part when the text makes "Stacey
    Pryor", a name written as a person's (the model's person, no common noun last), a part
    and only a verb, a relative "who" or a possessive calls "Stacey" a person (no title nor
    age on any one mention), and no person's full name has that word.
    """
    played = {normalize(m.text) for m in mentions if m.played}
    strongest: dict[str, float] = {}
    for mention in mentions:
        key = normalize(mention.text)
        strongest[key] = max(strongest.get(key, 0.0), mention.votes.get(PERSON, 0.0))
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
            weak = said <= _PART_PERSON or strongest.get(part, 0.0) < _SAID_OUTRIGHT
            if kinds.get(part) == PERSON and part not in taken and weak:
                kinds[part] = WORK
                parts_of_parts.add(part)
    _kin_of_parts(kinds, mentions, parts_of_parts)


#: Most words of a part's name before "'s" and a noun for kin: "Gaz Brennan's brother Dean".
_NAME_WORDS = 3


def _owner_before(mention: Mention) -> str | None:
    """The name that owns the noun for a person right before the mention, normalized:
    "Gaz's brother Dean" -> "gaz"; None when no such noun and owner stand there."""
    doc, start = mention.span.doc, mention.span.start
    if start < 3 or not doc[start - 1].is_lower or not person_noun(doc[start - 1]):
        return None
    if doc[start - 2].text not in ("'s", "\u2019s"):
        return None
    first = start - 2
    while first > max(start - 2 - _NAME_WORDS, 0) and doc[first - 1].is_title:
        first -= 1
    return normalize(doc[first : start - 2].text) if first < start - 2 else None


def _kin_of_parts(kinds: dict[str, str], mentions: list[Mention], parts: set[str]) -> None:
    """A one-word "person" every mention of which is a part's kin is a part too: "Gaz's
    brother Dean", where Gaz is a part, is one of the story's people, whom an actor plays."""
    owners: dict[str, set[str | None]] = {}
    for mention in mentions:
        key = normalize(mention.text)
        if kinds.get(key) == PERSON and " " not in key:
            owners.setdefault(key, set()).add(_owner_before(mention))
    for key, found in owners.items():
        if all(owner in parts and kinds.get(owner) == WORK for owner in found):
            kinds[key] = WORK  # None is in no set of parts
