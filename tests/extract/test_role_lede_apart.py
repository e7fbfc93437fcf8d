"""A lede's noun of kin or of life is not given to a name titled apart or of the other sex."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in

GRANDMOTHER = "A grandmother has been jailed for stealing from a charity shop.\n\n"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an office of the one who tells of her
        (
            GRANDMOTHER + "Councillor Gavin Morrow said the town was shocked.",
            "Gavin Morrow",
            "Councillor",
        ),
        (
            GRANDMOTHER + "Sergeant Gavin Morrow said the town was shocked.",
            "Gavin Morrow",
            "Sergeant",
        ),
        # an honour, and a man's
        (
            GRANDMOTHER + "Sir Gavin Morrow, who chairs the charity, said the town was shocked.",
            "Gavin Morrow",
            "chair of the charity",
        ),
        # a man's given name
        (GRANDMOTHER + "Tom Tolling, 67, said the town was shocked.", "Tom Tolling", None),
        # a plain courtesy title is anyone's: the lede's one
        (
            GRANDMOTHER + "Mrs Tamsyn Tolling, 67, admitted theft.",
            "Tamsyn Tolling",
            "grandmother, 67",
        ),
        # an office that is the lede's noun
        (
            "A doctor has been struck off for misconduct.\n\n"
            "Dr Mark Dorrin, 54, was found to have lied.",
            "Mark Dorrin",
            "doctor, 54",
        ),
    ],
)
def test_lede_noun_kept_off_a_name_titled_apart(
    nlp: Language, text: str, name: str, expected: str | None
) -> None:
    """The lede's "grandmother" stays off an officer, a knight and a man named next."""
    assert roles_in(nlp, text)[name] == expected


STRANDED = "A grandmother was left stranded for six hours after her flight was cancelled.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an officer named in between is told apart from her: she is still the lede's one
        (
            STRANDED + "Police Inspector Gavin Morrow said the airport had been closed. "
            "Tamsyn Tolling, 67, said she was furious.",
            "grandmother, 67",
        ),
        # so is a man
        (
            STRANDED + "Tom Pike said the airport had been closed. "
            "Tamsyn Tolling, 67, said she was furious.",
            "grandmother, 67",
        ),
        # nothing tells a woman named in between apart: the lede may be hers
        (
            STRANDED + "Jo Pike said the airport had been closed. "
            "Tamsyn Tolling, 67, said she was furious.",
            None,
        ),
    ],
)
def test_lede_noun_passes_a_name_told_apart(nlp: Language, text: str, expected: str | None) -> None:
    """A name titled apart or of the other sex in between does not stop the lede's noun."""
    assert roles_in(nlp, text)["Tamsyn Tolling"] == expected
