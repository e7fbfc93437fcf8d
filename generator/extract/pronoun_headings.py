"""A person named in a heading line of their own, whom the paragraphs under it describe.

Profile lists head each profile with a line that is only a name with an age or a
number ("Ann Vell, 27", "3. Tom Ames"), and go on with "he"/"she" and descriptions
("An ex-teacher, she ...", "The activist said"). The parser runs such a verbless line
into the first sentence under it, where the name is no subject ("Vell" hangs on the verb
as a "dep" or an apposition), so the reading back of a pronoun chain that opens that
sentence found no one. `heading_person` gives the person the heading names.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.nlp import text_of

__all__ = ["heading_person"]

#: Most words of a heading line: a name of up to four words, a number before it, an age.
MAX_HEADING_WORDS = 6


def heading_person(
    tokens: list[Token], owners: dict[int, Entity], quoted: Callable[[int], bool]
) -> Entity | None:
    """The person a heading line among a sentence's ``tokens`` names, or None.

    A heading is a line of its own between paragraph breaks (or at the sentence's
    start) that holds no verb, only words of one person's name, numbers and
    punctuation, and that the sentence runs on past into its next paragraph.
    """
    if not tokens:
        return None
    text = text_of(tokens[0].doc)
    start = tokens[0].idx
    # The first line must open its paragraph: the sentence starts after a break.
    whole = not text[text.rfind("\n\n", 0, start + 1) + 1 : start].strip()
    line_start = start
    for at, token in enumerate(tokens):
        if "\n\n" not in token.text:
            continue
        line = [t for t in tokens[:at] if t.idx >= line_start and not t.is_space]
        found = _named_alone(line, owners, quoted) if whole else None
        if found is not None:
            return found
        whole, line_start = True, token.idx + len(token.text)
    return None


def _named_alone(
    line: list[Token], owners: dict[int, Entity], quoted: Callable[[int], bool]
) -> Entity | None:
    """The one person a verbless line of few words names in every word that is not a
    number or punctuation, with a number (an age, a place in the list), or None. A line of
    a name alone may be a photo caption, which names whoever is pictured."""
    if not line or len(line) > MAX_HEADING_WORDS or any(quoted(t.idx) for t in line):
        return None
    if not any(t.like_num for t in line):
        return None
    people: dict[int, Entity] = {}
    for token in line:
        if token.is_punct or token.like_num:
            continue
        owner = owners.get(token.i)
        if owner is None or owner.kind != PERSON:
            return None  # a word of no name: "Pictured left", a caption or a clause
        people[id(owner)] = owner
    return next(iter(people.values())) if len(people) == 1 else None
