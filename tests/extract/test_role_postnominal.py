"""Letters of an office after a name ("Tom Vell QC", "Ann Roke MP") are that person's role,
and a US politician's party and state in letters ("R-Ohio") are written out with the title."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The matter must go to appeal, Tom Vell QC said.", "Tom Vell", "QC"),
        ("Tom Vell QC quit when the board failed to act.", "Tom Vell", "QC"),
        ("Ann Roke MP said the plan would fail.", "Ann Roke", "MP"),
        # party and state letters set off after the name, written out around the title
        ("Sen. Mark Tolliver, R-Ohio, said it.", "Mark Tolliver", "Republican Senator from Ohio"),
        ("Rep. Ann Kurt (D-N.Y.) said it.", "Ann Kurt", "Democratic Representative from New York"),
        ("Gov. Bill Haskins (R) signed the bill.", "Bill Haskins", "Republican Governor"),
        ("It was led by Sen. Jo Ames, D-Calif.", "Jo Ames", "Democratic Senator from California"),
    ],
)
def test_office_letters_after_name(nlp: Language, text: str, name: str, expected: str) -> None:
    """The letters of a rank or seat right after a name are read as its role."""
    assert roles_in(nlp, text)[name] == expected


def test_honour_letters_are_no_role(nlp: Language) -> None:
    """The letters of an honour after a name say nothing of what the person does."""
    assert roles_in(nlp, "Ann Roke OBE said the plan would fail.")["Ann Roke"] is None


def test_title_before_name_still_wins(nlp: Language) -> None:
    """A title written before the name is kept over the letters after it."""
    assert roles_in(nlp, "Tarland MP Ann Roke MP said it.")["Ann Roke"] == "Tarland MP"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "In a book out this week, Tom Vell QC, a member of the Tarland chambers, made it.",
            "Tom Vell",
            "QC, member of the Tarland chambers",
        ),
        (
            "Ann Roke MP, the shadow health secretary, said the plan was late.",
            "Ann Roke",
            "MP, shadow health secretary",
        ),
        (
            "The chairman of the Tarland Council, Tom Vell QC, has warned of a risk.",
            "Tom Vell",
            "QC, chairman of the Tarland Council",
        ),
    ],
)
def test_description_beside_office_letters(
    nlp: Language, text: str, name: str, expected: str
) -> None:
    """A description set off before or after "Tom Vell QC" is read past the letters."""
    assert roles_in(nlp, text)[name] == expected


def test_a_capital_letter_and_hyphen_in_prose_is_no_party(nlp: Language) -> None:
    """ "Jo Ames, a D-Day veteran," is no Democrat: the letters must close where they open."""
    found = roles_in(nlp, "Jo Ames, a D-Day veteran from Tarland, said the march was moving.")
    assert "Democrat" not in (found["Jo Ames"] or "")
