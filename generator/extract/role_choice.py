"""Which of the roles found for a person the record keeps.

A person may be described beside several mentions ("the fisherman, Luis
Roe," and later "Roe, a Harlem resident,"). The record keeps one role: the
most descriptive one, with one more description that says something else
(another head noun) when both fit in `MAX_JOINED_WORDS`, as in
"fisherman, Harlem resident". An office is kept as written in full beside any mention
surely theirs ("Tarland Mayor" for "Mayor", `_in_full`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.extract.lexicon import lexicon
from generator.extract.role_nouns import person_noun, singular
from generator.extract.role_phrases import role_words
from generator.extract.role_repeats import held_in, one_role
from generator.extract.role_verbs import JOB_VERBS

#: A role of two parts (a title and a description, or two descriptions), at most.
MAX_JOINED_WORDS = 12
#: Prepositions that open a body someone is with ("of Kelby University", "from Acme"):
#: a one-word title before the name runs on into it.
_AFFILIATIONS = frozenset({"of", "from", "at", "for", "with"})


@dataclass(frozen=True)
class Found:
    """A role stated beside one mention of a person."""

    role: str
    #: Whether the mention is the full name (not a surname alone).
    beside_full_name: bool
    #: Whether an appositive, copula or affiliation said it (not a bare title).
    described: bool
    #: Whether the mention can be no relative's: the full name, or a surname with a
    #: courtesy title ("Ms Roe"); a bare "Roe" may be her husband's.
    theirs: bool = True
    #: Whether the mention stands inside a quote: the speaker's words, which may misdescribe
    #: ("my old rival") or be misread; the narrator's are preferred.
    quoted: bool = False


def personal(role: str) -> bool:
    """Whether a word of the role is a title or a noun for a person ("senior adviser to
    Ann Vell"), not only a thing someone was said to be ("key influence on the plan")."""
    titles = lexicon().role_words
    for word in role.replace(",", " ").replace("-", " ").split():
        lower = word.lower().replace("\u2019", "'").removesuffix("'s").strip(".")
        # "actress" is singular: its "s" is no plural's
        noun = person_noun(lower) or person_noun(singular(lower))
        if lower in titles or (lower.isalpha() and noun):
            return True
    return False


def rank(found: Found) -> tuple[bool, bool, bool, bool, bool, int, bool]:
    """How much a role says: a specific head over a generic one, a title or noun for a
    person over a thing someone was said to be, the narrator's words over a quote's, one
    stated next to the full name over one next to a surname, one whose body is named over
    one whose body is a common noun ("of the party"), the longer, then a described one
    (appositive, "who is") over a bare title."""
    generic = role_words().generic
    specific = not any(word.lower() in generic for word in found.role.split())
    return (
        specific,
        personal(found.role),
        not found.quoted,
        found.beside_full_name,
        not _OWNED_BY_A_NOUN.search(found.role),
        len(found.role.split()),
        found.described,
    )


#: A role whose body is only a common noun ("leader of the party", an "its" read from "The
#: party said"): it says less than one naming the body ("UKIP leader"), however long.
_OWNED_BY_A_NOUN = re.compile(r"\b(?:of|for|at) the [a-z]+$")


def joined(title: str | None, described: str | None, *, body: bool = False) -> str | None:
    """ "Senator, critic of the trucking deal": a title and what follows the name; with
    ``body``, what follows is a body the title holds a post in ("of Corvin Research")."""
    if not title or not described:
        return described or title
    if title.lower() in described.lower() or held_in(title, described):
        return described  # "Democrat" of "Democrat Jo Roe, the Democratic nominee"
    if held_in(described, title):
        return title  # "Tory MP Jo Roe, a Tory"
    first = described.split()[0]
    if first.endswith("ing") and first in JOB_VERBS:
        return f"{title} {described}"  # "Attorney representing the family"
    if first in _AFFILIATIONS and (body or len(title.split()) == 1):
        # "Professor of Kelby University", "Industry analyst of Corvin Research": no comma
        # after a bare title or before a body; a longer title keeps it before a name that
        # may be a home, not to make that its office ("former minister, of Tarland")
        return f"{title} {described}"
    both = f"{title}, {described}"
    return both if len(both.split()) <= MAX_JOINED_WORDS else described


def _words(role: str) -> set[str]:
    return {word.lower() for word in role.replace(",", " ").replace("-", " ").split()}


def _head(role: str) -> str:
    """The last word of a role, after any hyphen ("President" of "then-President")."""
    return role.split()[-1].split("-")[-1].lower()


def says_else(role: str, other: str) -> bool:
    """Whether two roles have different heads, neither word of the other's
    ("fisherman" and "Harlem resident"; not "lover" and "married lover", nor
    "then-President" and "President"), and neither holds the other's words
    (not "Democrat" and "Democratic opponent", `role_repeats`)."""
    heads = _head(role) not in _words(other) and _head(other) not in _words(role)
    return heads and not one_role(role, other)


#: Words no noun phrase ends in: a role cut off before its noun ("author of", "runs the
#: club that").
_NO_END_WORDS = frozenset(
    {"of", "the", "a", "an", "and", "or", "to", "for", "from", "in", "at", "on", "with"}
    | {"by", "as", "that", "who", "which", "whose", "his", "her", "their", "its"}
)


#: A comma between the parts of a joined role: not one inside a number ("40,000").
_PARTS = re.compile(r"(?<!\d),|,(?!\d)")


#: Words that open a clause inside a role phrase.
_CLAUSE_WORDS = frozenset({"who", "which", "whose", "whom"})


def mended(role: str | None) -> str | None:
    """A role as a noun phrase: cut before a bracket left open ("ATPR [Air" is a name
    the parse cut in two), without function words that end a part ("author of", "runs
    the club that") and without a relative clause they cut short ("nurse who calls
    herself"); None when nothing is left."""
    if not role:
        return None
    for opening, closing in ("[]", "()"):
        if role.count(opening) > role.count(closing):
            role = role[: role.rfind(opening)]
    parts = []
    for part in _PARTS.split(role):
        words = part.split()
        if words and words[-1].lower() in _NO_END_WORDS:
            # "nurse who calls herself": a clause cut short is dropped whole
            cut = next((i for i, w in enumerate(words) if i and w.lower() in _CLAUSE_WORDS), None)
            words = words[:cut]
        while words and words[-1].lower() in _NO_END_WORDS:
            words.pop()
        if words:
            parts.append(" ".join(words))
    return ", ".join(parts) or None


def chosen(found: list[Found], lede: str | None) -> str | None:
    """The most descriptive role found (the first of equals), with the next one stated
    beside a mention surely theirs that says something else, or else with a
    description from the story's lede; each written as a noun phrase (`mended`)."""
    found = [replace(f, role=role) for f in found if (role := mended(f.role)) is not None]
    lede = mended(lede)
    if not found:
        return lede
    best = _in_full(max(found, key=rank).role, found)
    # A bare surname may be a relative's ("Roe" beside "Ann Roe"): a second
    # description comes from a mention that is surely theirs, or from the lede.
    others = [f for f in found if f.theirs and not f.quoted and says_else(f.role, best)]
    second = max(others, key=rank).role if others else lede
    if second and says_else(second, best):
        both = f"{best}, {second}"
        if _affiliation_only(best) and not _affiliation_only(second):
            # "of Kelby, farm worker" reads as a place "Kelby, farm worker": the noun first
            both = f"{second}, {best}"
        if len(both.split()) <= MAX_JOINED_WORDS:
            return both
    return best


def _affiliation_only(role: str) -> bool:
    """Whether a role is only where or with whom someone is ("of Kelby", "from the
    Tarland Trust"), with no noun for what they are before it."""
    return role.split()[0] in _AFFILIATIONS


#: Words before an office that make it another one ("Deputy Mayor" is no "Mayor").
_OTHER_OFFICE = frozenset(
    {"former", "ex", "late", "deputy", "vice", "assistant", "acting", "interim", "shadow"}
    | {"junior", "then", "outgoing", "incoming", "retired", "future", "next", "new"}
    | {"lieutenant", "lance", "under", "sub", "second"}
)


def _in_full(best: str, found: list[Found]) -> str:
    """The chosen role as a mention surely theirs writes it in full: "Tarland Mayor"
    beside the surname for "Mayor" beside the full name. The words it adds before it are
    capitalised names of where or of what (a town, a county, a body), which say whose
    office it is, not another rank of it ("Deputy Mayor", "former Mayor")."""
    longest = best
    for other in found:
        role = other.role
        if not other.theirs or other.quoted or not role.endswith(f" {best}"):
            continue
        added = role[: -len(best)].split()
        if all(w[:1].isupper() and w.lower() not in _OTHER_OFFICE for w in added) and len(
            role
        ) > len(longest):
            longest = role
    return longest
