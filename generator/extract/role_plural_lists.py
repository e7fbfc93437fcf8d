"""A plural title before a list of names is each listed person's: "Senior Tories Jo Roe,
Ed Poe and Al Vell", "Harbour stars Jo Roe, Ed Poe and Al Vell".

`role_titles` finds the title before the first name; the names after it are found here
by the list's surface (a comma or "and" between one person's name and the next), since the
parser hangs the later names of a long list from any earlier noun ("Oscar-winner Jo Roe
and Harbour stars Ed Poe, Al Vell and ..." ties "Al Vell" to "Jo Roe")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from generator.extract.lexicon import Lexicon
from generator.extract.name_spans import entity_span
from generator.extract.role_nouns import PARTY_MEMBERS, person_noun, plural_title, singular

__all__ = ["plural_office", "surface_list_title"]

#: What stands between two names of a list: "Jo Roe, Ed Poe and Al Vell".
_LIST_MARKS = frozenset({",", "and"})
#: How many names a list may run back over to reach its title.
MAX_LISTED = 8
#: Entity labels the model gives a capitalised plural for a party's members ("Tories",
#: "Conservatives") or a title it read as a name's part.
_MEMBER_LABELS = ("", "ORG", "NORP")

TitleEnd = Callable[[Span, Lexicon], "int | None"]


def plural_office(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is a capitalised plural title ("Harbour Commissioners") or a
    party's members written in the plural ("Tories", "Conservatives", which the model
    reads as the party), shared by the names after it. The singular must be a noun for a
    person, so a body's plural name ("Acme Holdings") is none."""
    if not token.is_title or token.ent_type_ not in _MEMBER_LABELS or not token.is_alpha:
        return False
    if not token.ent_type_:
        return plural_title(token)
    lower = token.lower_
    single = singular(lower)
    return lower.endswith("s") and (person_noun(single) or single in PARTY_MEMBERS)


def _previous_name(span: Span) -> Span | None:
    """The person named right before ``span`` in a list, with only a comma, "and" or ",
    and" between them; None when the name is not so listed."""
    doc = span.doc
    at = span.start - 1
    marks = 0
    while at >= 0 and doc[at].lower_ in _LIST_MARKS and marks < 2:
        at -= 1
        marks += 1
    if marks == 0 or at < 0 or doc[at].ent_type_ != "PERSON":
        return None
    return entity_span(doc[at])


def surface_list_title(span: Span, lex: Lexicon, title_end: TitleEnd) -> tuple[Span, int] | None:
    """The first name of the list ``span`` is in, with the last word of its title, when
    that title is plural ("Senior Tories" before "Jo Roe" in "Senior Tories Jo Roe, Ed
    Poe and Al Vell" for "Al Vell"); None when the list has no such title, or a name
    before has a singular title of its own ("Mayor Jo Roe and Ed Poe")."""
    current = span
    for _ in range(MAX_LISTED):
        before = _previous_name(current)
        if before is None:
            return None
        last = title_end(before, lex)
        if last is not None:
            return (before, last) if plural_title(span.doc[last]) else None
        current = before
    return None
