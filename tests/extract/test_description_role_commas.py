"""A description refers back to a person whose stated role ends in the noun before a comma."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_role_noun_before_the_age_comma_is_in_the_role() -> None:
    """ "soap actress Mira Dunleavy, 52, ... the Leeds-born actress said": hers."""
    text = (
        "Former soap actress Mira Dunleavy, 52, has spoken about her divorce in a new "
        "interview.\n\n"
        "She was married to the property developer for 19 years before they split.\n\n"
        "'I felt like my whole world had fallen apart,' the Leeds-born actress said."
    )
    assert speakers(text)[0][1] == "Mira Dunleavy"
