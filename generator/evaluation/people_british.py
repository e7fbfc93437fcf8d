"""People of the British set: roles right, people found, and people that are people.

A gold person is found when one of our `people` agrees by name or alias
(`names_agree`). A role is right when at least half of the gold role's content
words (stop words and punctuation dropped, casefolded, possessive stripped) are
among our role's; a person we did not find counts as not right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from spacy.tokens import Doc

from generator.evaluation.matching import names_agree, share, surface_form
from generator.evaluation.quotes_scoring import QuoteRun
from generator.evaluation.quotes_sets import BritishDoc, GoldPerson
from generator.evaluation.report import Row
from generator.evaluation.split import HALVES

_ABBREVIATION = re.compile(r"\b([^\W\d_]{1,4})\.")
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def content_words(text: str) -> set[str]:
    """Casefolded words of a role without stop words, punctuation or a possessive 's."""
    found = set()
    for word in _WORD.findall(text.casefold().replace("\u2019", "'")):
        word = word.removesuffix("'s").removesuffix("'")
        if word and word not in _stop_words():
            found.add(word)
    return found


def role_right(gold: str, ours: str | None) -> bool:
    """Whether at least half of the gold role's content words are in our role; a gold
    abbreviation ("Maj.", "Gen.") is in it when a word of ours spells it out ("Major")."""
    wanted = content_words(gold)
    if not wanted or not ours:
        return False
    have = content_words(ours)
    shortened = {w.casefold() for w in _ABBREVIATION.findall(gold)}
    hits = sum(
        word in have or (word in shortened and any(_spells_out(word, o) for o in have))
        for word in wanted
    )
    return 2 * hits >= len(wanted)


def _spells_out(short: str, full: str) -> bool:
    """Whether `full` starts with the first letter of `short` and holds its letters in order."""
    if len(full) <= len(short) or full[0] != short[0]:
        return False
    letters = iter(full)
    return all(letter in letters for letter in short)


def _forms(entry: dict[str, Any]) -> list[str]:
    return [entry["name"], *(entry.get("aliases") or [])]


def find_person(gold: GoldPerson, people: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """Our person for a gold one: the same name first, else the first whose forms agree."""
    key = surface_form(gold.name)
    for entry in people:
        if surface_form(entry["name"]) == key:
            return entry
    for entry in people:
        if any(names_agree(form, _forms(entry)) for form in (gold.name, *gold.aliases)):
            return entry
    return None


def is_gold_person(forms: Sequence[str], gold: Sequence[GoldPerson]) -> bool:
    """Whether one of a predicted person's forms agrees with a gold person."""
    return any(names_agree(g, forms) for person in gold for g in (person.name, *person.aliases))


def stock_people(doc: Doc) -> list[str]:
    """Stock spaCy's distinct PERSON texts."""
    return list(dict.fromkeys(ent.text for ent in doc.ents if ent.label_ == "PERSON"))


def evaluate(
    halves: dict[str, list[BritishDoc]], run: QuoteRun, *, verbose: bool
) -> tuple[list[Row], list[str]]:
    """Rows of roles, people found and people precision, from the records and stock docs
    of the British quote run; the tune half's role errors."""
    rows: list[Row] = []
    errors: list[str] = []
    for half in HALVES:
        docs = halves[half]
        stock_docs = [run.stock_docs[d.quotes.name] for d in docs]
        with_role = roles_right = gold_people = found = 0
        ours_people = ours_right = peer_people = peer_right = 0
        for doc, stock_doc in zip(docs, stock_docs, strict=True):
            record = run.records[doc.quotes.name]
            people = record.get("people") or []
            for person in doc.people:
                gold_people += 1
                entry = find_person(person, people)
                found += entry is not None
                if person.role is None or not content_words(person.role):
                    continue
                with_role += 1
                ours = entry.get("role") if entry else None
                if role_right(person.role, ours):
                    roles_right += 1
                elif verbose and half == "tune":
                    errors.append(
                        f"{doc.quotes.name}: {person.name}: role {ours!r}, gold {person.role!r}"
                        + ("" if entry else " (person not found)")
                    )
            for entry in people:
                ours_people += 1
                ours_right += is_gold_person(_forms(entry), doc.people)
            for name in stock_people(stock_doc):
                peer_people += 1
                peer_right += is_gold_person([name], doc.people)
        n = f"{len(docs)} docs"
        rows.append(
            Row(
                "British roles right",
                half,
                share(roles_right, with_role),
                None,
                f"{with_role} gold people with a role",
            )
        )
        rows.append(
            Row(
                "British gold people found",
                half,
                share(found, gold_people),
                None,
                f"{gold_people} gold people, {n}",
            )
        )
        rows.append(
            Row(
                "British people that are gold people",
                half,
                share(ours_right, ours_people),
                share(peer_right, peer_people),
                f"{ours_people}/{peer_people} predicted",
            )
        )
    return rows, errors
