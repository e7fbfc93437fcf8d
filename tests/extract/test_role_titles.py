"""Titles before names and appositives that the parse breaks or the word lists lack."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an office with "of" after a listed name: read even though the list shares none
        (
            "Ann Vell met Parks Officer Jim Dale and Harbour Board Chief of Staff Ben Ro "
            "on Monday.",
            "Ben Ro",
            "Harbour Board Chief of Staff",
        ),
        # an office of two parts joined by "of" and "for"
        (
            "Norland Minister of Works for Harbours Sam Penn said on Monday the talks went well.",
            "Sam Penn",
            "Norland Minister of Works for Harbours",
        ),
        # a trade no word list holds, made part of the name by the parse
        (
            "Prizes went to former stonemason Rob Kerr, former referee Sam Penn "
            "and tailor Joe Kerr.",
            "Rob Kerr",
            "former stonemason",
        ),
        # an appositive with "a" says what someone is, whatever the noun
        ("Ann Vell, 44, a lifelong vegan, opened the fair.", "Ann Vell", "lifelong vegan, 44"),
        # a hyphenated title the parser cut into three appositives
        (
            "Ann Vell, the vice-chair of Norport Rovers, opened the fair.",
            "Ann Vell",
            "vice-chair of Norport Rovers",
        ),
        # a named owner and a place joined by a hyphen stay in the title
        (
            "Ann Vell's longtime studio manager Rob Kerr left the firm.",
            "Rob Kerr",
            "Ann Vell's longtime studio manager",
        ),
        (
            "The stall was run by Norport-born potter Yan Dov.",
            "Yan Dov",
            "Norport-born potter",
        ),
        # an age before a trade no word list holds leaves the trade a title
        (
            "'It is more room than I need,' said 19-year-old Tarn College sophomore Ed Ames.",
            "Ed Ames",
            "Tarn College sophomore",
        ),
    ],
)
def test_titles_and_appositives(nlp: Language, text: str, name: str, expected: str) -> None:
    """Each text gives the person the role it states."""
    assert roles_in(nlp, text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a noun with a number is no title
        ("In the first round Rob Kerr fell behind.", "Rob Kerr"),
        # an appositive that ties the person to someone else is no role of theirs
        ("The trip meant a lot to Jo Penn, a way back to Sam Toll.", "Jo Penn"),
        # a verb the tagger read as a plural noun, with the name as its object
        ("The new comedy stars Wen Harrop as a retired spy on a canal boat.", "Wen Harrop"),
    ],
)
def test_no_role(nlp: Language, text: str, name: str) -> None:
    """No role is read from these."""
    assert roles_in(nlp, text)[name] is None


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a town and its region set off by commas before the title
        (
            "The prize went to Lake Tarn, Texas, resident Ann Vell.",
            "Ann Vell",
            "Lake Tarn, Texas, resident",
        ),
        # a word of a body's name is not written out as a title's abbreviation
        (
            "Jo Ames, head of the Det Print Company, said so.",
            "Jo Ames",
            "head of the Det Print Company",
        ),
        # how long someone has worked at something is no job
        ("Jo Ames, who is working on the plan for a year, said so.", "Jo Ames", None),
        # a time before the role is no part of it; an age joined by hyphens is
        (
            "Rain fell. Earlier this year the mill's chief engineer, Sir Ed Poe, said so.",
            "Ed Poe",
            "mill's chief engineer",
        ),
        ("Ed Poe, a 15-year-old pupil, said so.", "Ed Poe", "15-year-old pupil"),
    ],
)
def test_role_edges(nlp: Language, text: str, name: str, expected: str | None) -> None:
    """Where a role starts and ends, and how its words are written."""
    assert roles_in(nlp, text)[name] == expected


def test_next_item_of_a_list_is_no_appositive(nlp: Language) -> None:
    """An office after a semicolon is the next listed person's, not the one before."""
    text = (
        "Guests included former Norport Harbour Master Jo Roe, who called the plan 'odd'; "
        "Norport Council Head of Parks for Lakes Ed Poe; and Ann Vell."
    )
    role = roles_in(nlp, text)["Jo Roe"]
    assert role is None or "Poe" not in role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prof Ann Vell said the tide tables were wrong.", "Professor"),
        ("Prof. Ann Vell said the tide tables were wrong.", "Professor"),
        ("Dr Ann Vell said the tide tables were wrong.", None),
    ],
)
def test_short_professor_is_the_full_title(nlp: Language, text: str, expected: str | None) -> None:
    """ "Prof" before a name gives what "Professor" gives; "Dr" stays a courtesy title."""
    assert roles_in(nlp, text)["Ann Vell"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nobody knows how fine a ferry captain Ann Vell will make.",
        "It is unclear how strong a harbour master Ann Vell would be.",
    ],
)
def test_how_good_a_is_no_title(nlp: Language, text: str) -> None:
    """A noun the name "will make" after "how good a" is no title of theirs."""
    assert roles_in(nlp, text)["Ann Vell"] is None
