"""An office opening the paragraph after a sentence whose subject is a name is that
person, outside the lede too; offices met in a story's events stay unread."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in

#: Three sentences of a lede before the name: the name stands beyond it.
OPENING = "A storm hit the coast. Boats sank. Roads were shut across Tarland on Monday.\n\n"
AGAIN = "\n\nMiss Vell says the crews broke the law."


def test_office_after_a_subject_beyond_the_lede(nlp: Language) -> None:
    """ "..., Ann Vell warns today. / The Harbour Secretary has ordered ...": hers."""
    text = (
        OPENING
        + "Crews who block the quay should face jail, Ann Vell warns today.\n\n"
        + "The Harbour Secretary wants the rules for crews rewritten by May."
        + AGAIN
    )
    assert roles_in(nlp, text)["Ann Vell"] == "Harbour Secretary"


def test_office_is_not_the_one_of_a_name_that_is_no_subject(nlp: Language) -> None:
    """ "Crews met Ann Vell today. / The Harbour Secretary ...": she is what they met."""
    text = (
        OPENING
        + "Crews who block the quay met Ann Vell at the harbour today.\n\n"
        + "The Harbour Secretary wants the rules for crews rewritten by May."
        + AGAIN
    )
    assert roles_in(nlp, text)["Ann Vell"] is None


def test_office_beside_another_titled_name_is_the_subjects(nlp: Language) -> None:
    """ "Tom Vell ... Tory leader Ed Poe. / The prime minister ...": Poe has his own title."""
    text = (
        "Tom Vell has pledged never to attack Tory leader Ed Poe over his faith.\n\n"
        "The prime minister told the Tarland Courier that he respects Mr Poe.\n\n"
        "Mr Vell also spoke about schools."
    )
    assert roles_in(nlp, text)["Tom Vell"] == "prime minister"


def test_office_beside_an_untitled_name_is_not_read(nlp: Language) -> None:
    """ "Tom Vell has pledged never to attack Ed Poe. / The prime minister ...": either."""
    text = (
        OPENING
        + "Tom Vell has pledged never to attack Ed Poe over his faith.\n\n"
        + "The prime minister told the Tarland Courier that he respects Mr Poe.\n\n"
        + "Mr Vell also spoke about schools."
    )
    assert roles_in(nlp, text)["Tom Vell"] is None


def test_judge_after_a_lede_defendant_is_the_courts(nlp: Language) -> None:
    """ "Tom Vell admitted theft ... / The judge said ..." in a lede: the court's judge."""
    text = (
        "A storm hit the coast on Monday.\n\n"
        "Tom Vell admitted theft at Tarland Crown Court on Monday.\n\n"
        "The judge said he would be sentenced next month.\n\n"
        "Mr Vell wept."
    )
    assert roles_in(nlp, text)["Tom Vell"] is None
