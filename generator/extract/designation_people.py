"""The person each title of a place names, and who "the Duke" is.

Runs after roles: "Prince Kit, the Duke of Arden," gives Kit the role "Duke of Arden", and
every later "the Duke of Arden" is then Kit's (an alias, so the quote he speaks is his).
A title that no person holds names a person of its own ("the Archbishop of Canterbury
said"). A bare "the Duke" is the one person of the story so titled, and no name of his.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from generator.extract.designations import (
    designation_spans,
    title_end,
    title_word,
    written_titles,
)
from generator.extract.entities import PERSON, Entity
from generator.extract.mentions import Mention

__all__ = ["with_designated_people"]


def with_designated_people(entities: list[Entity], doc: Doc) -> list[Entity]:
    """``entities`` with a person mention for each title of a place and each bare title that
    names one person; a title no person holds becomes a person of its own."""
    spans = designation_spans(doc)
    if not spans:
        return entities
    out = list(entities)
    taken = _taken(out)
    people = [e for e in out if e.kind == PERSON]
    named = _taken(people)
    titled: dict[str, set[int]] = {}  # title word -> ids of the people it may name
    for span in spans:
        if not named.isdisjoint(range(span.start, title_end(span))):
            continue  # a person's name already: "Prince" of the model's "Prince of Arden"
        name = " ".join(span.text.split())
        holders = [p for p in people if _holds(p, name)]
        if len(holders) > 1:
            continue  # two people of the story hold it: whose is not known
        if holders:
            person = holders[0]
        else:
            person = Entity(PERSON, name)
            out.append(person)
            people.append(person)
        person.mentions.append(Mention(span, PERSON, name, person.name))
        taken.update(range(span.start, span.end))
        head = next(t for t in span if title_word(t))
        titled.setdefault(head.lower_, set()).add(id(person))
    by_id = {id(p): p for p in people}
    for token in written_titles(doc):  # `_bare_title` reads a `title_word` alone
        bare = _bare_title(token, taken)
        if bare is None:
            continue
        # "the Prince" is whoever the story titles so, by a title of a place or a role
        candidates = titled.get(bare, set()) | {id(p) for p in people if _titled(p, bare)}
        if len(candidates) != 1:
            continue
        person = by_id[candidates.pop()]
        person.mentions.append(Mention(doc[token.i : token.i + 1], PERSON, token.text, person.name))
    return sorted(out, key=lambda e: e.first)


def _taken(entities: Sequence[Entity]) -> set[int]:
    return {i for e in entities for m in e.mentions for i in range(m.span.start, m.span.end)}


def _holds(person: Entity, name: str) -> bool:
    """Whether the person's stated role or name holds the title ("Prince, Duke of Arden")."""
    pattern = re.compile(rf"\b{re.escape(name.casefold())}\b")
    return any(pattern.search(text.casefold()) for text in (person.role or "", person.name))


def _titled(person: Entity, title: str) -> bool:
    """Whether a title word is one of the words of the person's stated role."""
    return title in re.findall(r"\w+", (person.role or "").casefold())


def _bare_title(token: Token, taken: set[int]) -> str | None:
    """The title word of a bare "the Duke" that no entity owns, or None."""
    doc = token.doc
    if not title_word(token) or token.i in taken or token.i == 0:
        return None
    if doc[token.i - 1].lower_ != "the":
        return None
    after: Span = doc[token.i + 1 : token.i + 2]
    if after and (after[0].text == "of" or (after[0].is_title and after[0].is_alpha)):
        return None  # "the Duke of ...", "the King Edward"
    return token.lower_
