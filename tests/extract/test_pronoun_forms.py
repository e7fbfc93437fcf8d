"""The one table of "he"/"she" forms, and the rules that take fewer than all its forms."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.pronoun_forms import ALL_FORMS, BY_SEX, DETERMINER_SEX, HE, SHE
from tests.extract.test_roles import roles_in
from tests.extract.test_speaker_genders import _genders


def test_table_spells_each_case() -> None:
    """Each sex has five cases; "her" is object and determiner, so no non-possessive form."""
    assert HE.all == {"he", "him", "his", "himself"}
    assert SHE.all == {"she", "her", "hers", "herself"}
    assert len(ALL_FORMS) == 8  # "his" serves two cases of "he", "her" two of "she"
    assert BY_SEX["m"].non_possessive == {"he", "him", "himself"}
    assert BY_SEX["f"].non_possessive == {"she", "herself"}
    assert DETERMINER_SEX == {"his": "m", "her": "f"}


def test_an_object_pronoun_is_no_vote_for_the_subjects_sex(nlp: Language) -> None:
    """'Mara Quill said she would ring him' twice: "him" is someone else, she is a woman."""
    text = (
        "Mara Quill told the inquiry she had never met him.\n\n"
        "Later Mara Quill said she would ring him on Monday."
    )
    assert _genders(nlp, text, "Mara Quill") == "f"


def test_a_possessive_is_no_vote_for_the_subjects_sex(nlp: Language) -> None:
    """'Mara Quill said she had sold his boat' twice: "his" is someone else's, she a woman."""
    text = (
        "Mara Quill said she had sold his boat in May.\n\n"
        "In June Mara Quill said she had repainted his shed."
    )
    assert _genders(nlp, text, "Mara Quill") == "f"


def test_an_earlier_his_does_not_hide_the_kin_owner(nlp: Language) -> None:
    """'Orrin Blaskett praised his staff and thanked his son Tobin': the first "his" is his own."""
    text = (
        "On Friday Orrin Blaskett praised his staff and thanked his son Tobin Blaskett "
        "at the Kelbrook fete."
    )
    assert roles_in(nlp, text)["Tobin Blaskett"] == "Orrin Blaskett's son"


def test_an_earlier_her_does_not_hide_the_kin_owner(nlp: Language) -> None:
    """'Ruth Dallow praised her staff and thanked her sister Nessa': "her" is a possessive too."""
    text = (
        "On Friday Ruth Dallow praised her staff and thanked her sister Nessa Dallow "
        "at the Penmoor fete."
    )
    assert roles_in(nlp, text)["Nessa Dallow"] == "Ruth Dallow's sister"
