"""A role noun owned by a body ("the trust's treasurer") refers to the body's one person."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

_TEXT = (
    '"Winter grants keep shrinking," {intro}\n\n'
    '"Families on the coast will feel it first," the trust\'s treasurer added.'
)


def _second_speaker(intro: str) -> str | None:
    return speakers(_TEXT.format(intro=intro))[-1][1]


def test_the_bodys_treasurer_is_the_one_person_of_the_body() -> None:
    """'the trust's treasurer' after "Handfast's Jane Bell said" is Jane Bell."""
    # Though no role of hers says treasurer and nothing called Handfast a trust.
    assert _second_speaker("Handfast's Jane Bell said on Monday.") == "Jane Bell"


def test_the_head_of_the_body_is_the_one_person_named_of_it() -> None:
    """'the head of the company' after "Brackwell's Tom Ames said" is Tom Ames."""
    text = (
        "The firm Brackwell Ltd trimmed its outlook on Monday. "
        '"Orders slowed in May," Brackwell\'s Tom Ames said.\n\n'
        '"A calmer autumn would help us," the head of the company said.'
    )
    assert speakers(text)[-1] == ("A calmer autumn would help us", "Tom Ames")


def test_two_people_of_the_body_give_no_one() -> None:
    """With two people of the body named, the treasurer could be either."""
    intro = "Handfast's Jane Bell said. Tom Ames of Handfast agreed."
    assert _second_speaker(intro) is None


def test_a_stated_other_office_is_not_the_treasurer() -> None:
    """ "Handfast press officer Jane Bell" is not the trust's treasurer."""
    assert _second_speaker("Handfast press officer Jane Bell said.") is None


def test_a_body_of_another_kind_is_not_the_trust() -> None:
    """A council's person is not the trust's treasurer: the name says what the body is."""
    assert _second_speaker("Selby Council's Jane Bell said on Monday.") is None


def test_a_customer_of_the_body_is_not_its_treasurer() -> None:
    """A role naming another kind of person ("a customer of the Handfast Trust") is no treasurer."""
    assert _second_speaker("said Jane Bell, a customer of the Handfast Trust.") is None


def test_someone_named_since_stands_between() -> None:
    """The body's one person is not the treasurer when another person was named since."""
    intro = "Handfast's Jane Bell said. Tom Ames, 40, a baker, disagreed."
    assert _second_speaker(intro) is None
