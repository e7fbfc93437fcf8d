"""Short or informal office nouns ("the PM", "the premier", "the CEO") that refer back
to the holder of the full office."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

OPPOSITION = (
    "Prime Minister Tom Vell faced angry questions in parliament on Wednesday.\n\n"
    "Opposition leader Ann Roke said the testing system had collapsed. "
    '"Families are waiting days for results," she said.\n\n'
)


def test_the_pm_is_the_prime_minister_named_before() -> None:
    """'the PM replied' is the one person titled Prime Minister, not the last speaker."""
    text = OPPOSITION + '"We are doing everything we can," the PM replied.'
    assert speakers(text)[-1] == ("We are doing everything we can", "Tom Vell")


def test_the_premier_is_the_prime_minister_when_no_one_is_premier() -> None:
    """'the premier insisted' of a story that names a prime minister and no premier."""
    text = OPPOSITION + '"We are doing everything we can," the premier insisted.'
    assert speakers(text)[-1] == ("We are doing everything we can", "Tom Vell")


def test_the_ceo_is_the_chief_executive_named_before() -> None:
    """'the CEO wrote' is the one person whose stated role is chief executive."""
    text = (
        "Ann Roke, the chief executive of Kelmar Freight, met drivers on Friday.\n\n"
        "Shares in the firm fell sharply after the report.\n\n"
        '"We will answer every claim," the CEO wrote.'
    )
    assert speakers(text)[-1] == ("We will answer every claim", "Ann Roke")


def test_a_former_prime_minister_is_not_the_pm() -> None:
    """The only prime minister named is a former one: 'the PM' is nobody named."""
    text = (
        "Former prime minister Tom Vell wrote to the papers on Monday.\n\n"
        "Opposition leader Ann Roke said the testing system had collapsed.\n\n"
        '"We are doing everything we can," the PM said.'
    )
    assert speakers(text)[-1][1] != "Tom Vell"


def test_a_deputy_prime_minister_is_not_the_pm() -> None:
    """'the PM said' is not the deputy prime minister, the only minister named."""
    text = (
        "Deputy Prime Minister Tom Vell met union leaders on Monday.\n\n"
        "Opposition leader Ann Roke said the talks had failed.\n\n"
        '"We are doing everything we can," the PM said.'
    )
    assert speakers(text)[-1][1] != "Tom Vell"


def test_a_named_premier_keeps_the_premier() -> None:
    """With a Premier and a Prime Minister named, 'the premier' is never the prime minister."""
    text = (
        "Prime Minister Tom Vell met Premier Bill Astor of Tarland on Monday.\n\n"
        "Opposition leader Ann Roke said the talks had failed.\n\n"
        '"We are doing everything we can," the premier said.'
    )
    assert speakers(text)[-1][1] != "Tom Vell"
