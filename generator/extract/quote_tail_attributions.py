"""A quote that lost its closing mark right before the words that say who spoke it.

"‘We lost the hall, she said. ‘So we will meet outside.’" and "“The roof leaked for
years, Mr Pell added. “Nobody came.”": a comma, a speaker ("she", a name) and a verb
that attributes speech, or that verb and the speaker ("said the skipper"), a stop, then
a new opening mark of the same family. The writer's ", she said." is the
attribution of the words before it, whose closing mark was dropped; the speech does not
run on through it into the next quote. A speaker in the first person ("..., I said.") is
the speech going on, and so is a speaker's account of what someone else did ("... and in
the end, the coroner agreed."): "the" and a noun before the verb, or a verb that is no
attribution's, leave the quote open. `quote_marks` asks this when a quote left open
meets an opening mark of its own family.
"""

from __future__ import annotations

import re

from generator.extract.quote_mark_roles import ALL_MARKS

__all__ = ["attribution_break"]

#: A comma, then a short clause with no punctuation of its own, then a stop, at the end of
#: the text before an opening mark: ", she said. ", ", added the judge. ".
_TAIL = re.compile(r",\s+([^,;:.!?\u2026\n" + ALL_MARKS + r"]{4,60})\.\s*$")
#: Most words of an attribution: "Detective Inspector Ann Vell told reporters".
_MAX_TAIL_WORDS = 6
#: How far back from the mark the attribution's comma is looked for.
_TAIL_CHARS = 80
#: Speakers named by a pronoun in an attribution.
_THIRD_PERSON = frozenset(["he", "she", "they"])
#: Verbs that attribute the words before them: "she said", "added Mr Pell", "he told
#: reporters".
_ATTRIBUTING = frozenset(
    ["said", "says", "added", "adds", "told", "tells", "explained", "continued", "insisted"]
)
#: Words of the speaker's own voice: "..., I said." is the speech telling of itself.
_FIRST_PERSON = frozenset(["i", "we", "me", "us"])


def attribution_break(text: str, start: int, at: int) -> int:
    """Where a quote open from ``start`` ends before the opening mark at ``at`` because
    the words right before the mark attribute it (", she said. ", ", said Mr Pell. "):
    the attribution's comma, or 0."""
    found = _TAIL.search(text, max(start, at - _TAIL_CHARS), at)
    if found is None:
        return 0
    words = found.group(1).split()
    lowered = [w.lower() for w in words]
    if not 2 <= len(words) <= _MAX_TAIL_WORDS or _FIRST_PERSON.intersection(lowered):
        return 0
    verb = next((i for i, w in enumerate(lowered) if w in _ATTRIBUTING), None)
    if verb is None:
        return 0
    before, after = words[:verb], words[verb + 1 :]
    if before:
        return found.start() if _named(before) else 0
    inverted = after[:1] == ["the"] and 2 <= len(after) <= 3 and all(w.islower() for w in after)
    return found.start() if inverted or _named(after) else 0


def _named(words: list[str]) -> bool:
    """Whether words name a speaker: "she", or a name with its title ("Judge Ann Pell")."""
    if len(words) == 1 and words[0].lower() in _THIRD_PERSON:
        return True
    return all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words)
