"""A speaker an indefinite description brings in, named a paragraph or two later."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_a_description_named_two_paragraphs_on_speaks() -> None:
    """'A senior surgeon has warned ... / ... / Consultant surgeon Ann Roke told': Roke."""
    text = (
        "A senior surgeon has warned that the wards at Tarland are ‘running on empty’.\n\n"
        "The trust cut two theatres in May.\n\n"
        "Consultant surgeon Ann Roke told the Ledger that the trust had ignored her."
    )
    assert speakers(text)["running on empty"] == "Ann Roke"


def test_the_same_noun_in_apposition_names_the_speaker() -> None:
    """'A senior doctor warned: "..." / The doctor, Ann Roke, said': Roke."""
    text = (
        'A senior doctor warned: "We cannot cope with this many patients."\n\n'
        "The doctor, Ann Roke, said the wards were full."
    )
    assert speakers(text)["We cannot cope with this many patients."] == "Ann Roke"


def test_a_name_too_far_on_names_nobody() -> None:
    """The person named three paragraphs after the quote is not the description's."""
    text = (
        'A senior doctor warned: "We cannot cope with this many patients."\n\n'
        "The trust cut two theatres in May.\n\n"
        "It has lost staff since.\n\n"
        "The doctor, Ann Roke, said the wards were full."
    )
    assert speakers(text)["We cannot cope with this many patients."] is None


def test_an_unnamed_role_stays_unnamed() -> None:
    """'A source said' is someone news does not name, whoever is named after."""
    text = (
        'A source said: "We cannot cope with this many patients."\n\n'
        "The doctor, Ann Roke, said the wards were full."
    )
    assert speakers(text)["We cannot cope with this many patients."] is None


def test_two_people_of_the_noun_name_nobody() -> None:
    """Two surgeons named after 'a surgeon': the description is neither."""
    text = (
        'A surgeon warned: "The wards cannot take any more patients."\n\n'
        "Surgeon Ann Roke and surgeon Tom Vell both work at the Tarland clinic."
    )
    assert speakers(text)["The wards cannot take any more patients."] is None


def test_a_definite_lede_noun_before_anyone_is_named_speaks_as_the_next_holder() -> None:
    """'"...," the senator said' opening a story, Sen. X named next paragraph: X."""
    text = (
        '"The ferry plan is finished," the senator said Monday, after a late vote.\n\n'
        "Sen. Orla Brenning, a Republican from Wessick, had backed the plan for a year."
    )
    assert speakers(text)["The ferry plan is finished"] == "Orla Brenning"


def test_a_congressman_is_the_representative_named_next() -> None:
    """'the congressman said' before anyone is named, 'Rep. X' after: X."""
    text = (
        '"We will keep pushing," the congressman said Friday outside the hearing.\n\n'
        "Rep. Dalby Hurstwood, a Democrat from Penmarric, leads the panel on canals."
    )
    assert speakers(text)["We will keep pushing"] == "Dalby Hurstwood"
