"""A description subject whose own verb takes "him" or "her" as its object is not the
person that pronoun takes up: "The dispatcher tells her: '...'" is not her words."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

LEAD = (
    "In the recording, his wife Mora can be heard screaming: "
    "'Please hurry, he is not breathing at all!'\n\n"
)


def test_description_telling_her_is_not_her() -> None:
    """ "The dispatcher tells her: '...'" after Mora's words gives no speaker."""
    text = LEAD + "The dispatcher tells her: 'Ma'am, I need you to press down on the wound.'"
    assert speakers(text)[-1] == ("Ma'am, I need you to press down on the wound.", None)


def test_named_description_telling_him_still_speaks() -> None:
    """ "Her brother, Tobin, told him: '...'" is still Tobin, whom the subject names."""
    text = (
        "Pell Arden was found in the drive of his home in Kelby on Tuesday.\n\n"
        "Arden's brother, Tobin, told him: 'You are the rock of our family and always were.'"
    )
    assert speakers(text) == [("You are the rock of our family and always were.", "Tobin")]
