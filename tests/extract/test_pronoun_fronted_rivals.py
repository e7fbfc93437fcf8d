"""A pronoun read back to a sentence whose fronted clause and main clause each have a
person as subject: "As Ann Vell wept, Tom Ames took the stage. '...,' she said" leaves
open which of the two she is when nothing states either one's sex, so no one speaks."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_two_subjects_of_unknown_sex_give_no_speaker() -> None:
    """ "As Kit Vell wept, Lou Ames took the stage. '...,' she said" is nobody."""
    text = (
        "The hall in Norport was full by noon.\n\n"
        "As Kit Vell wept, Lou Ames took the stage. "
        '"We will not give up on the harbour," she said.'
    )
    assert speakers(text)[-1][1] is None


def test_the_main_subject_of_stated_sex_speaks() -> None:
    """ "As Ann Vell wept, Mr Tom Ames took the stage. '...,' he said" is Ames."""
    text = (
        "The hall in Norport was full by noon.\n\n"
        "As Ann Vell wept, Mr Tom Ames took the stage. "
        '"We will not give up on the harbour," he said.'
    )
    assert speakers(text)[-1][1] == "Tom Ames"


def test_a_fronted_clause_without_a_person_leaves_the_subject() -> None:
    """ "As the crowd wept, Tom Ames took the stage. '...,' he said" is Ames."""
    text = (
        "The hall in Norport was full by noon.\n\n"
        "As the crowd wept, Tom Ames took the stage. "
        '"We will not give up on the harbour," he said.'
    )
    assert speakers(text)[-1][1] == "Tom Ames"
