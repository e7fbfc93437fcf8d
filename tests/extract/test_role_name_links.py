"""A title written before a name keeps the whole capitalised name of the work or body it is
of, "of" and "of the" included (`role_name_links`); an office in capitals, "DJ", heads a
title too (`role_nouns.names_someone`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Harbour of Liars star Vicky Ormerod, 45, said she was thrilled.",
            "Vicky Ormerod",
            "Harbour of Liars star",
        ),
        (
            "Keeper of the Marsh actor Tobin Fenwright was seen in Leeds on Monday.",
            "Tobin Fenwright",
            "Keeper of the Marsh actor",
        ),
    ],
)
def test_of_inside_a_capitalised_name_stays(
    nlp: Language, text: str, name: str, expected: str
) -> None:
    """ "Harbour of Liars star", not "Liars star"."""
    assert (roles_in(nlp, text)[name] or "").startswith(expected)


def test_an_office_in_capitals_heads_a_title(nlp: Language) -> None:
    """ "radio DJ Terry Vanlow": a DJ, written in capitals."""
    text = "Tributes have poured in for radio DJ Terry Vanlow, who has died aged 68."
    assert roles_in(nlp, text)["Terry Vanlow"] == "radio DJ"


def test_a_capitalised_office_after_of_is_the_persons_own(nlp: Language) -> None:
    """ "the ruling Unity Party of President Jo Roe": his office is "President", not the party's."""
    # Not the party's name run into it.
    text = "Both papers back the ruling Unity Party of President Farid Telmani in the election."
    assert roles_in(nlp, text)["Farid Telmani"] == "President"
