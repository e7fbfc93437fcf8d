"""A sentence whose subject is the other sex's pronoun: the one person of the pronoun's own
sex it names is whom "he"/"she" after it refers to, when the text states that sex."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_woman_a_sentence_about_him_names_is_she() -> None:
    """'He met Mrs Ann Vell, the manager, ... she said': the woman that sentence names is "she"."""
    text = (
        "Mr Tom Ames visited the bus depot in Norport on Monday.\n\n"
        "He met Mrs Ann Vell, the manager, who showed him the new electric buses.\n\n"
        "'They run on time every day,' she said."
    )
    assert speakers(text)[-1][1] == "Ann Vell"


def test_a_name_of_unknown_sex_there_is_not_she() -> None:
    """'He met Kit Marlow, ... she said': Marlow's sex is not stated, so "she" is no one."""
    text = (
        "Mr Tom Ames visited the bus depot in Norport on Monday.\n\n"
        "He met Kit Marlow, who showed him the new electric buses.\n\n"
        "'They run on time every day,' she said."
    )
    assert speakers(text)[-1][1] is None
