"""Writings that speak for whoever issued them: "X issued a statement saying '...'", "the
statement added" after it, and the writing's recipient, who does not speak."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_statement_saying_speaks_for_the_one_who_issued_it() -> None:
    """'Marlow Freight issued a statement saying "..."': the firm's words."""
    text = (
        "Marlow Freight issued a statement on Monday saying: "
        "'We regret the delays and will refund every customer in full.'"
    )
    assert speakers(text) == [
        ("We regret the delays and will refund every customer in full.", "Marlow Freight")
    ]


def test_the_recipient_of_a_statement_does_not_speak() -> None:
    """'released a statement to the Gazette saying': the issuer, not the paper."""
    for text in (
        "At the time Marlow Freight released a statement to the Gazette saying: "
        "'Our drivers have done nothing wrong and we will defend them.'",
        "Marlow Freight sent a statement to reporters saying: "
        "'Our drivers have done nothing wrong and we will defend them.'",
    ):
        assert speakers(text) == [
            ("Our drivers have done nothing wrong and we will defend them.", "Marlow Freight")
        ]


def test_the_statement_refers_back_to_the_one_issued_before() -> None:
    """'Marlow Freight put out a statement. ... The statement added: "..."': the firm's."""
    text = (
        "Marlow Freight put out a statement on Monday after the ferry strike.\n\n"
        "The strike has closed the port at Port Selby for a week.\n\n"
        "The statement added: 'We are working with the unions to reopen the port soon.'"
    )
    assert speakers(text) == [
        ("We are working with the unions to reopen the port soon.", "Marlow Freight")
    ]


def test_a_writing_someone_only_obtained_names_no_speaker() -> None:
    """'The Selby Gazette obtained a letter saying "..."': the paper did not write it."""
    text = (
        "The Selby Gazette obtained a letter on Monday saying: "
        "'The port will close for a month while the quay is repaired.'"
    )
    assert speakers(text) == [("The port will close for a month while the quay is repaired.", None)]


def test_a_name_set_off_after_according_to_one_is_the_source() -> None:
    """'According to one, Ann Lee, the mayor "...": Ann Lee is the one quoted."""
    text = (
        "Dana Whitlow ran the ferry company for thirty years.\n\n"
        "According to one, Ann Lee, Whitlow was 'the kindest boss anyone could ask for'."
    )
    assert speakers(text) == [("the kindest boss anyone could ask for", "Ann Lee")]


def test_a_name_after_according_to_a_neighbour_can_be_the_subject() -> None:
    """'According to a neighbour, Ann Lee, 34, was "..."': Lee is the subject, not the speaker."""
    text = "According to a neighbour, Ann Lee, 34, was 'always out on the water before dawn'."
    assert speakers(text) == [("always out on the water before dawn", None)]


def test_a_statement_released_by_someone_is_theirs() -> None:
    """'A statement released by Marlow Freight said "..."': the firm's words."""
    text = (
        "A statement released by Marlow Freight on Monday said: "
        "'Every ferry will sail on time from next week.'"
    )
    assert speakers(text) == [("Every ferry will sail on time from next week.", "Marlow Freight")]


def test_the_report_refers_back_to_one_someone_spoke_in() -> None:
    """'Marlow Freight warned in its annual report ... The report said "..."': the firm's words."""
    # Through a mention of the report between them.
    text = (
        "Marlow Freight warned in its annual report that ferry fares would rise.\n\n"
        "The report covers the company's routes from Port Selby.\n\n"
        "Fuel costs rose by a fifth last year.\n\n"
        "The report said: 'Without new ships the crossing cannot pay its way.'"
    )
    assert speakers(text) == [
        ("Without new ships the crossing cannot pay its way.", "Marlow Freight")
    ]


def test_a_long_quote_between_keeps_the_statement_in_reach() -> None:
    """A long quote's paragraphs between keep 'The statement added' in reach of the statement."""
    # 'In its statement, a Marlow Freight spokesman said: "..." (four paragraphs) The statement
    # added: "..."'.
    text = (
        "In its statement on Monday, a Marlow Freight spokesman said: 'The strike has hurt us.\n\n"
        "'We have lost a week of sailings.\n\n"
        "'Our drivers want their routes back.\n\n"
        "'The ferries are ready to sail.'\n\n"
        "The statement added: 'Every ticket will be honoured when the port reopens.'"
    )
    assert speakers(text)[-1] == (
        "Every ticket will be honoured when the port reopens.",
        "Marlow Freight",
    )


def test_the_body_owning_a_writing_or_a_spokesman_speaks() -> None:
    """'the union's website / spokesman' is the union the definite noun refers back to."""
    # 'The Ferry Workers Union called a strike. ... the union's website / spokesman'.
    before = "The Ferry Workers Union called a strike on Monday.\n\n"
    website = "According to the union's website, the strike is 'the last resort of a patient crew'."
    spokesman = "The union's spokesman said: 'We apologise to every passenger.'"
    assert speakers(before + website)[-1] == (
        "the last resort of a patient crew",
        "Ferry Workers Union",
    )
    assert speakers(before + spokesman)[-1] == (
        "We apologise to every passenger.",
        "Ferry Workers Union",
    )


def test_a_writing_issued_under_a_quoted_title_is_referred_back_to() -> None:
    """'Norport College issued a "... Guide ..."', then 'the guide read': the college's words."""
    # Not those of a body named in between.
    title = "“Healthy Living Guide for New Students and Their Families”"
    said = "Students should drink plenty of water every day"
    text = f"Norport College issued a {title} on Monday. The Tarn Trust welcomed the move. "
    found = dict(speakers(text + f"“{said},” the guide read."))
    assert found[said] == "Norport College"
