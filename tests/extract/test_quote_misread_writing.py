"""A writing that speaks in a clause the parser misreads as a noun phrase ("'...,' the
leaflet read."): the writing still refers back to the one issued before."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_leaflet_read_refers_back_to_its_issuer() -> None:
    """'Marlow College issued a leaflet ... "...," the leaflet read': the college's."""
    text = (
        "Marlow College issued a leaflet to every new student on Monday.\n\n"
        "'Never walk home alone after dark and always carry a charged phone,' "
        "the leaflet read."
    )
    assert speakers(text) == [
        (
            "Never walk home alone after dark and always carry a charged phone",
            "Marlow College",
        )
    ]


def test_the_post_read_refers_back_to_its_writer() -> None:
    """'Ann Vell put up a post on her blog ... "...," the post read': her words."""
    text = (
        "Ann Vell put up a post on her blog on Monday about the library plan.\n\n"
        "'We have made hard choices this year and will keep the libraries open,' "
        "the post read."
    )
    assert speakers(text) == [
        ("We have made hard choices this year and will keep the libraries open", "Ann Vell")
    ]


def test_a_noun_before_a_noun_is_no_misread_clause() -> None:
    """'the council statement' mid-sentence keeps its parse: no speaker from an unissued writing."""
    text = (
        "'We have made hard choices this year and will keep the libraries open,' "
        "the town council said in the council statement."
    )
    assert speakers(text) == [
        ("We have made hard choices this year and will keep the libraries open", None)
    ]
