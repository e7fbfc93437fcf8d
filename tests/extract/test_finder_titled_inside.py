"""A pronoun's speaker whom the quote names with a title ("'... Dr Anand ...,' he
wrote"): people do not call themselves so, and the quote gets no speaker."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_doctor_named_inside_does_not_write_it() -> None:
    """'... Dr Anand should ...,' he wrote: not Dr Anand, last named before."""
    text = (
        "Tomas Reyne, a parish councillor, writes a weekly blog about the village.\n\n"
        "Last week's post was about the county engineer, Dr Piet Anand.\n\n"
        "\u2018The survey is careless, and Dr Anand should do it again,\u2019 he wrote."
    )
    assert speakers(text)[-1] == ("The survey is careless, and Dr Anand should do it again", None)


def test_a_title_of_the_other_sex_names_someone_else() -> None:
    """'Mr Vell was ...,' she said: her husband is named, and she still speaks."""
    text = (
        "Ann Vell spoke at the memorial on Sunday.\n\n"
        "\u2018Mr Vell was the kindest husband anyone could have,\u2019 she said."
    )
    assert speakers(text) == [("Mr Vell was the kindest husband anyone could have", "Ann Vell")]
