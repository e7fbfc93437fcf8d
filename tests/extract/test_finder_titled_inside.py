"""A pronoun's speaker whom the quote names with a title ("'... Dr Marlow ...,' he
wrote"): people do not call themselves so, and the quote gets no speaker."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_doctor_named_inside_does_not_write_it() -> None:
    """'... I disagree with Dr Marlow ...,' he wrote: not Dr Marlow, last named before."""
    text = (
        "Stellan Brook, a junior adviser, sent dozens of emails to the clinic last "
        "spring.\n\n"
        "One of those emails went to the office of the clinic's director, Dr Osei "
        "Marlow.\n\n"
        "It came after Dr Marlow had planned to speak to a local radio station about the "
        "outbreak.\n\n"
        "\u2018I have a real problem with the figures and I disagree with Dr Marlow about "
        "them,\u2019 he wrote."
    )
    assert speakers(text)[-1] == (
        "I have a real problem with the figures and I disagree with Dr Marlow about them",
        None,
    )


def test_a_title_of_the_other_sex_names_someone_else() -> None:
    """'Mr Vell was ...,' she said: her husband is named, and she still speaks."""
    text = (
        "Ann Vell spoke at the memorial on Sunday.\n\n"
        "\u2018Mr Vell was the kindest husband anyone could have,\u2019 she said."
    )
    assert speakers(text) == [("Mr Vell was the kindest husband anyone could have", "Ann Vell")]
