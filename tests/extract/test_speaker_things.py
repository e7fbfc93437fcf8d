"""A verb of saying whose subject is a thing, inside the clause of someone's report: the
quote is the reporter's words."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_thing_describing_inside_a_report_gives_the_reporter() -> None:
    """'Tom Vell said the findings describe acts that were "..."': Vell's words."""
    text = (
        "Tom Vell, the chief inspector, said the findings describe acts that were "
        "'cruel and degrading to the people held there'. He added that more visits would follow."
    )
    assert speakers(text) == [("cruel and degrading to the people held there", "Tom Vell")]


def test_writing_describing_inside_a_report_stays_unattributed() -> None:
    """'Ann Roke said the report described the plan as "..."': the report's words, not Roke's."""
    # The report's author is not known.
    text = "Ann Roke said the report described the plan as 'a gift to the rich and nothing more'."
    assert speakers(text) == [("a gift to the rich and nothing more", None)]


def test_unnamed_person_describing_inside_a_report_stays_unattributed() -> None:
    """'Ann Roke said a neighbour called the noise "..."': an unnamed person's, not Roke's."""
    text = "Ann Roke said a neighbour called the noise 'the worst thing to happen to the street'."
    assert speakers(text) == [("the worst thing to happen to the street", None)]


def test_thing_describing_with_no_report_above_names_nobody() -> None:
    """'The findings describe acts that were "..."', no one reporting: nobody."""
    text = (
        "Tom Vell visited the prison in May. The findings describe acts that were "
        "'cruel and degrading to the people held there'."
    )
    assert speakers(text)[0][1] != "Tom Vell"


def test_caller_inside_a_report_stays_unattributed() -> None:
    """'Tom Vell said the caller could not confirm ... "..."': an unnamed caller's, not Vell's."""
    # 'Tom Vell said the caller could not confirm it because the woman was "..."': a person who is
    # not named, by a noun of a doing ("caller").
    text = (
        "Tom Vell said the caller could not confirm what happened because the woman was "
        "'too scared to go back inside the house'."
    )
    assert speakers(text)[0][1] != "Tom Vell"


def test_police_inside_a_report_stays_unattributed() -> None:
    """'Tom Vell told us the police claimed the cameras could "..."': the police's, not Vell's."""
    # The police are a body of people.
    text = (
        "Tom Vell told us the police claimed the cameras could "
        "'help them catch the thieves who broke in'."
    )
    assert speakers(text)[0][1] != "Tom Vell"
