"""A description naming one person's stated role in other words is that person, not the
person of another role named just before (`referent_synonym_roles`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_author_after_a_judge_of_the_prize() -> None:
    """'Novelist ... Judge Obed Harrow praised ... the author said' is the novelist."""
    text = (
        "Novelist Tamsin Ferrell has taken the Larkhill Medal for her tale of a canal family.\n\n"
        "Judge Obed Harrow praised the book for its patience and its wit.\n\n"
        "'Most of it was drafted on night buses,' the author said."
    )
    assert speakers(text) == [("Most of it was drafted on night buses", "Tamsin Ferrell")]


def test_funnyman_after_his_promoter() -> None:
    """'Comedian ... His agent, Wanda Pell, said ... the funnyman said' is the comedian."""
    text = (
        "Comedian Rufus Okafor has pulled out of his spring dates after a knee operation.\n\n"
        "His agent, Wanda Pell, said every ticket holder would be contacted by email.\n\n"
        "'I am sorry to everyone who booked,' the funnyman said."
    )
    assert speakers(text) == [("I am sorry to everyone who booked", "Rufus Okafor")]


def test_noun_of_the_nearer_persons_role_stays_with_them() -> None:
    """'Novelist ... the poet Ida Rusk said ... the poet said': the poet, not the novelist."""
    text = (
        "Novelist Tamsin Ferrell has taken the Larkhill Medal for her tale of a canal family.\n\n"
        "The panel was chaired by the poet Ida Rusk, who said the choice was unanimous.\n\n"
        "'We argued about nothing else,' the poet said."
    )
    assert speakers(text) == [("We argued about nothing else", "Ida Rusk")]


def test_actress_after_a_soap_star() -> None:
    """'Soap star Greta Voll ... The actress said' is Voll: a soap star is one who acts."""
    text = (
        "Soap star Greta Voll has spoken of her stage fright before her first live episode.\n\n"
        "The actress said: 'My knees were knocking for the whole of the first scene.'"
    )
    assert speakers(text) == [
        ("My knees were knocking for the whole of the first scene.", "Greta Voll")
    ]
