"""A name the parser made the subject of a participle set off before the verb of saying
("Ann Vell, acting for X, said") is that verb's speaker."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_name_before_a_set_off_participle_speaks() -> None:
    """ "Decision maker Alan Meers, acting on behalf of ..., said ... ‘...’" is Meers's."""
    text = (
        "Panel chair Sarah Ibbotson said: ‘Mr Dreyfus abused his position of trust.’\n\n"
        "Decision maker Alan Meers, acting on behalf of the Education Secretary, said the "
        "ban was ‘proportionate and in the public interest’."
    )
    assert speakers(text) == [
        ("Mr Dreyfus abused his position of trust.", "Sarah Ibbotson"),
        ("proportionate and in the public interest", "Alan Meers"),
    ]
