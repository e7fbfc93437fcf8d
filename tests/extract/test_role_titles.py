"""Titles before names and appositives that the parse breaks or the word lists lack."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # two titles joined by "and", the second one tied to the first
        (
            "The course is owned by Norland billionaire and politician Ed Toll.",
            "Ed Toll",
            "Norland billionaire and politician",
        ),
        # an office with "of" after a listed name: read even though the list shares none
        (
            "Talks were held with National Security Adviser Jim Dale and White House "
            "Chief of Staff Ben Ro.",
            "Ben Ro",
            "White House Chief of Staff",
        ),
        # an office of two parts joined by "of" and "for"
        (
            "Norland Minister of Works for Harbours Sam Penn said on Monday the talks went well.",
            "Sam Penn",
            "Norland Minister of Works for Harbours",
        ),
        # a trade no word list holds, made part of the name by the parse
        (
            "Gains were shared among former cosmonaut Rob Kerr, former champion Sam Penn "
            "and boxer Joe Kerr.",
            "Rob Kerr",
            "former cosmonaut",
        ),
        # an appositive with "a" says what someone is, whatever the noun
        ("Rob Kerr, 25, a gambling addict, lost his job.", "Rob Kerr", "gambling addict"),
        # a hyphenated title the parser cut into three appositives
        (
            '"This will help," said Tom Ames, senior vice-president at Ledgerco.',
            "Tom Ames",
            "senior vice-president at Ledgerco",
        ),
        # a place joined to the title by a hyphen stays in it
        (
            "The team was led by Norport-based programmer Yan Dov.",
            "Yan Dov",
            "Norport-based programmer",
        ),
    ],
)
def test_titles_and_appositives(nlp: Language, text: str, name: str, expected: str) -> None:
    """Each text gives the person the role it states."""
    assert roles_in(nlp, text)[name] == expected


def test_split_subject_title(nlp: Language) -> None:
    """ "Mr Toll's partner Ann Lee said": a title the parser made a second subject."""
    role = roles_in(nlp, "Mr Toll's partner Ann Lee said it was fine.")["Ann Lee"]
    assert role is not None and role.endswith("Toll's partner")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a noun after a preposition is no title
        ("At first glance Rob Kerr looked calm.", "Rob Kerr"),
        # an appositive that ties the person to someone else is no role of theirs
        ("The dog was a comfort to Jo Penn, a link to Ann Vell.", "Jo Penn"),
    ],
)
def test_no_role(nlp: Language, text: str, name: str) -> None:
    """No role is read from these."""
    assert roles_in(nlp, text)[name] is None


def test_name_before_a_verb_is_no_owner(nlp: Language) -> None:
    """ "Ann Vell married actor boyfriend Tom Ames": her name does not join his title."""
    role = roles_in(nlp, "Last week, singer Ann Vell married actor boyfriend Tom Ames.")["Tom Ames"]
    assert role is not None and "Vell" not in role
