"""What the name of an organization says about the nouns that refer back to it.

"the council" refers to a body whose name holds "council" ("Selby County Council"), "the
force" to one whose name holds "police", "the firm" to one described as a company; a name
a noun does not head ("Selby University law school") is a part of a body, not the body.
`referent_organizations.Organizations` reads these.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.entities import Entity
from generator.extract.speech import words

__all__ = [
    "NAMED_AS",
    "OTHER_BODY_NOUNS",
    "described_as",
    "family",
    "head_word",
    "holds",
    "kindred",
    "name_words",
    "one_body",
    "titled_by",
]

#: Nouns for a body besides the organization nouns of reporting.yaml, by which news refers
#: back to one it has named ("the weather service", "the college", "the court").
OTHER_BODY_NOUNS = frozenset(
    ["service", "college", "academy", "society", "federation", "league", "office", "court",
     "tribunal", "panel", "constabulary", "force", "palace"]
)  # fmt: skip
#: Body nouns that a name refers to by other words: British news calls a police body
#: ("Kelby Police", "Kelby Constabulary") "the force".
NAMED_AS = {
    "force": frozenset(["force", "police", "constabulary"]),
    "constabulary": frozenset(["force", "police", "constabulary"]),
}
#: Body nouns that news uses for one another: "Acme, a start-up company, ... the firm said".
KINDRED = {
    "company": frozenset(["company", "firm"]),
    "firm": frozenset(["company", "firm"]),
}


def head_word(entity: Entity) -> str:
    """The noun that heads an organization's name: its last word when that is a body
    noun ("Selby University music department": department), else the word before its
    first "of" or "for" ("University of Selby"), else its last word."""
    name = entity.name.lower().replace("-", " ").split() or [""]
    if name[-1] in words().organization_nouns or name[-1] in OTHER_BODY_NOUNS:
        return name[-1]
    for at, word in enumerate(name[1:], start=1):
        if word in ("of", "for"):
            return name[at - 1]
    return name[-1]


def family(entity: Entity, found: list[Entity]) -> Entity:
    """The shortest of ``found`` that ``entity``'s name ends with ("County Council" for
    "Selby County Council"): one body, as `one_body` counts it."""
    name = entity.name.lower()
    shorter = [e for e in found if name.endswith(" " + e.name.lower())]
    return min(shorter, key=lambda e: len(e.name)) if shorter else entity


def kindred(noun: str) -> frozenset[str]:
    """The body nouns that news uses for ``noun`` ("firm" for "company"), itself included."""
    return KINDRED.get(noun, frozenset([noun]))


def holds(entity: Entity, noun: str) -> bool:
    """Whether an organization's name holds a body noun or a word it stands for ("Kelby
    Police" holds "force")."""
    return not name_words(entity).isdisjoint(NAMED_AS.get(noun, {noun}))


#: Nouns for any kind of body: "the ballet company" is the one body whose name holds
#: "ballet" ("Tarnbury Ballet"), though the name does not hold "company".
ANY_KIND = frozenset(["company", "firm", "group", "organisation", "organization"])


def holds_phrase(entity: Entity, noun: str, compounds: set[str]) -> bool:
    """Whether an organization's name holds a body noun and the nouns compounded with it
    ("the weather service": "weather" and "service"); for a noun of any kind of body
    (`ANY_KIND`), the compounded nouns alone tell the kind ("the ballet company")."""
    if not compounds <= name_words(entity):
        return False
    return holds(entity, noun) or (bool(compounds) and noun in ANY_KIND)


def name_words(entity: Entity) -> set[str]:
    return set(entity.name.lower().replace("-", " ").split())


def titled_by(span: Span, noun: str) -> bool:
    """Whether a name follows a noun as its title: "airline Acme Air", "the firm Acme"."""
    doc = span.doc
    at = span.start - 1
    if at > 0 and doc[at].lower_ == "the":
        at -= 1
    return at >= 0 and doc[at].lower_ == noun


def described_as(span: Span, noun: str) -> bool:
    """Whether a name has the noun in apposition: "Acme, a start-up company that ..."."""
    return any(c.dep_ == "appos" and c.lower_ == noun for c in span.root.children)


def one_body(found: list[Entity]) -> Entity | None:
    """The one organization of ``found``, a longer form of a name counting as it."""
    by_name = {e.name.lower(): e for e in found}
    names = [
        name
        for name in by_name
        if not any(name != other and name.endswith(" " + other) for other in by_name)
    ]
    return by_name[names[0]] if len(names) == 1 else None
