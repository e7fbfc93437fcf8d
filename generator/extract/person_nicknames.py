"""A full name written again with a familiar form of its given name is the same person.

"Joseph Caldwin" and "Joe Caldwin", "Frederick Lorne" and "Freddie Lorne": the same surname
(and any middle names) after two forms of one given name (`given_names.familiar_forms`) name
one person in one story. The name first written is kept, and the other is an alias of it.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.family_names import introduced_as_kin, name_tokens
from generator.extract.mentions import PERSON, Mention
from generator.extract.person_other_names import other_names_joined
from generator.given_names import familiar_forms


def one_given_name(mentions: list[Mention]) -> None:
    """Each person's full name written with another form of its given name takes the key of
    the one written first, when exactly one earlier full name fits (in place); before
    partial names are joined to full ones. Two forms in one clause ("Chris Vell and
    Christine Vell") or a name introduced as someone's kin ("his son Joe
    Vell" after "Joseph Vell") are two people; two forms with a verb between them in one sentence
    ("Joe Vell's visit ended ... a sign read 'Joseph Vell is ...'") are one. First, another
    name written as such ("Pavel Drozdin, also known as Sokol") joins the name before it."""
    other_names_joined(mentions)
    people = [m for m in mentions if m.kind == PERSON]
    kin = introduced_as_kin(people)
    kept: dict[str, list[str]] = {}  # key -> name parts of full names, first written first
    written: dict[str, list[Span]] = {}  # key kept -> the spans it is written in
    renamed: dict[str, str] = {}
    for mention in people:
        mention.key = renamed.get(mention.key, mention.key)
        if mention.key in kept:
            written[mention.key].append(mention.span)
            continue
        parts = name_tokens(mention.key)
        if len(parts) < 2:
            continue
        fitting = [
            key
            for key, earlier in kept.items()
            if earlier[1:] == parts[1:]
            and familiar_forms(earlier[0], parts[0])
            and not any(_listed_with(span, mention.span) for span in written[key])
        ]
        if len(fitting) == 1 and mention.key not in kin:
            renamed[mention.key] = mention.key = fitting[0]
            written[fitting[0]].append(mention.span)
        else:
            kept[mention.key] = parts
            written[mention.key] = [mention.span]
    _given_names_alone(people, renamed, kept)


def _listed_with(earlier: Span, later: Span) -> bool:
    """Whether two names may be items of one list or phrase ("Chris Vell, Ann Dorne and
    Christine Vell"): in one sentence with no verb between them. A verb between them ("Joe
    Vell's visit ended ... a sign read 'Joseph Vell ...'") puts them in two clauses."""
    gap = earlier.doc[earlier.end : later.start]
    return earlier.sent.start == later.sent.start and not any(
        t.pos_ in ("VERB", "AUX") for t in gap
    )


def _given_names_alone(
    people: list[Mention], renamed: dict[str, str], kept: dict[str, list[str]]
) -> None:
    """A given name written alone in the form of a renamed full name ("Freddie" of "Freddie
    Lorne", now "Frederick Lorne") is that person too, unless a kept name holds the word."""
    keys_of: dict[str, set[str]] = {}  # given name of a renamed full name -> its key now
    for old, new in renamed.items():
        keys_of.setdefault(name_tokens(old)[0], set()).add(new)
    held = {part for parts in kept.values() for part in parts}
    for mention in people:
        parts = name_tokens(mention.key)
        if len(parts) == 1 and parts[0] not in held and len(keys_of.get(parts[0], ())) == 1:
            mention.key = next(iter(keys_of[parts[0]]))
