"""A speech run over paragraphs in British style (each paragraph opens with a mark, only
the last closes) stays one quote: a number after the opening mark and a plural
possessive inside do not break it."""

from __future__ import annotations

from generator.extract.quote_marks import find_quotes


def texts(text: str) -> list[str]:
    """The quoted words the finder reads in a text."""
    return [q.text for q in find_quotes(text)]


def test_a_number_after_an_opening_mark_opens_a_quote() -> None:
    """‘300 people came’: a mark before a number that is no year's two digits opens."""
    text = "Mara Quill said the pier was ‘300 per cent busier’ than last summer."
    assert texts(text) == ["300 per cent busier"]


def test_a_paragraph_opening_with_a_number_continues_the_speech() -> None:
    """Quill said: ‘...¶‘4,000 tickets ...¶‘...’: one quote of three paragraphs."""
    text = (
        "Mara Quill said: ‘We opened the Pellham pier in spring.\n\n"
        "‘4,000 tickets were sold in the first week alone.\n\n"
        "‘We never expected so many visitors.’"
    )
    assert texts(text) == [
        "We opened the Pellham pier in spring. 4,000 tickets were sold in the first week"
        " alone. We never expected so many visitors."
    ]


def test_a_year_apostrophe_still_does_not_open() -> None:
    """‘the ’90s’ and ‘in ’09’: two digits of a year keep the mark an apostrophe."""
    text = "‘It felt like the ’90s again, as it did in ’09 when we sang,’ Mara Quill said."
    assert texts(text) == ["It felt like the ’90s again, as it did in ’09 when we sang"]


def test_a_possessive_in_a_paragraph_that_runs_on_does_not_close() -> None:
    """‘The tenants’ rents ...¶‘...’: the only mark after the opening one is a possessive."""
    text = (
        "‘The tenants’ rents rose sharply in the Pellham flats this year.\n\n"
        "‘Nobody on the council could tell us why,’ Mara Quill said."
    )
    assert texts(text) == [
        "The tenants’ rents rose sharply in the Pellham flats this year. Nobody on the"
        " council could tell us why"
    ]


def test_a_possessive_after_a_colon_in_a_speech_that_runs_on_does_not_close() -> None:
    """Mara Quill said: ‘... the tenants’ rents ...¶‘...’: one quote over two paragraphs."""
    text = (
        "Mara Quill said: ‘We saw the tenants’ rents rise sharply in the flats this year.\n\n"
        "‘Nobody on the council could tell us why.’"
    )
    assert texts(text) == [
        "We saw the tenants’ rents rise sharply in the flats this year. Nobody on the"
        " council could tell us why."
    ]


def test_a_possessive_closing_a_name_in_running_text_still_closes() -> None:
    """He hired ‘the Quill sisters’ and left.¶‘...’: a mark inside a sentence closes."""
    text = (
        "Tom Verrow hired ‘the Quill sisters’ and their aunt for the show.\n\n"
        "‘We could not pay them at all,’ he said."
    )
    assert texts(text) == ["the Quill sisters", "We could not pay them at all"]
