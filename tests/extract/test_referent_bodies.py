"""Bodies named through whom they belong to: "the college's music department"."""

from __future__ import annotations

import pytest

from tests.extract.test_quotes import speakers


def test_a_department_of_the_organization_a_noun_refers_to() -> None:
    """'Hale College ... the college's music department said': that department, by the name."""
    text = (
        "Dana Whitlow taught the violin at Hale College in Port Selby for ten years.\n\n"
        "'Her pupils will miss her Friday recitals,' the college's music department "
        "wrote on its page."
    )
    assert speakers(text) == [
        ("Her pupils will miss her Friday recitals", "Hale College music department")
    ]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "A hiker was flown to hospital on Sunday.\n\n"
            "'The north trail stays shut until the bridge is mended,' the Marlow County "
            "Sheriff's office tweeted.",
            "Marlow County Sheriff's office",
        ),
        (
            "The climber was arrested in Port Selby.\n\n"
            "'A second hearing is set for the spring,' the Selby prosecutor's office said.",
            "Selby prosecutor's office",
        ),
    ],
)
def test_an_office_named_by_where_it_is_and_what_it_is(text: str, office: str) -> None:
    """'the Marlow County Sheriff's office tweeted': the office, as the story writes it."""
    assert [name for _, name in speakers(text)] == [office]


@pytest.mark.parametrize(
    "text",
    [
        # a person's office: the story may mean the person
        "Ben Tarrow represents the family.\n\n"
        "'The fund will open again in May,' Tarrow's office said.",
        # an office no capitalised word places
        "The mayor spoke on Monday.\n\n'The fund will open again in May,' the mayor's office said.",
    ],
)
def test_an_office_of_a_person_or_of_no_named_place_is_no_one(text: str) -> None:
    """ "Tarrow's office said", "the mayor's office said": no body the story names."""
    assert [name for _, name in speakers(text)] == [None]


@pytest.mark.parametrize("article", ["a", "the"])
def test_a_body_spokesman_after_the_quote(article: str) -> None:
    """'"...," a council spokesman said': the council named before speaks."""
    # The tagger reads the lower-case "council" as a name.
    text = (
        "Wexmoor Borough Council says the old pier will close next month.\n\n"
        f"'We have looked at every other way,' {article} council spokesman said."
    )
    assert speakers(text) == [("We have looked at every other way", "Wexmoor Borough Council")]


@pytest.mark.parametrize("noun", ["operator", "supplier", "utility"])
def test_a_business_noun_refers_back_to_the_firm(noun: str) -> None:
    """'Brindle Lines cut its timetable ... the operator said': the firm of the story."""
    text = (
        "Brindle Lines cut its winter timetable on Monday.\n\n"
        f"'We know this is hard for our customers,' the {noun} said."
    )
    assert speakers(text) == [("We know this is hard for our customers", "Brindle Lines")]


def test_a_noun_with_a_name_in_apposition_is_that_organization() -> None:
    """'The rail firm Norport Lines cut ... the operator said': the name in apposition speaks."""
    text = (
        "The rail firm Norport Lines cut ten trains on Monday after the storm.\n\n"
        "'We regret the delays and will refund every ticket,' the operator said."
    )
    assert speakers(text) == [
        ("We regret the delays and will refund every ticket", "Norport Lines")
    ]


@pytest.mark.parametrize(
    "attribution",
    ["the sheriff's office said", "a spokesman for the sheriff's office said"],
)
def test_a_lower_case_office_refers_back_to_the_office_named_before(attribution: str) -> None:
    """'the sheriff's office said' is the Fennick County Sheriff's Office the story named."""
    # The office whose name holds "sheriff" and "office".
    text = (
        "Deputies from the Fennick County Sheriff's Office were called to the barn on Friday.\n\n"
        f"'Two men were held at the scene and later released,' {attribution}."
    )
    assert speakers(text) == [
        ("Two men were held at the scene and later released", "Fennick County Sheriff's Office")
    ]
