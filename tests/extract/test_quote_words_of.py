"""A quote that a phrase "in his words" or "in the words of Lee" gives to someone, with no
verb of saying near it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_in_his_words_gives_the_quote_to_the_one_he_refers_to() -> None:
    """'Tom Ames runs the council. The plan was, in his words, "..."': his words."""
    text = (
        "Tom Ames runs the Norport harbour board. "
        "The plan was, in his words, 'a betrayal of the whole town'."
    )
    assert speakers(text) == [("a betrayal of the whole town", "Tom Ames")]


def test_in_the_words_of_a_name_gives_the_quote_to_the_name() -> None:
    """'The plan was, in the words of Tom Ames, "..."': the named one's words."""
    text = "The plan was, in the words of Tom Ames, 'a betrayal of the whole town'."
    assert speakers(text) == [("a betrayal of the whole town", "Tom Ames")]


def test_in_other_words_names_nobody() -> None:
    """'In other words, the plan was "..."': no owner, no speaker."""
    text = (
        "Tom Ames runs the Norport harbour board. "
        "In other words, the plan was 'a betrayal of the whole town' for many."
    )
    assert speakers(text) == [("a betrayal of the whole town", None)]


def test_a_quote_that_is_the_verdict_of_a_person_is_theirs() -> None:
    """'"...," was the blunt view of Ida Marsh': the words are hers."""
    text = (
        "Party members met in Tarland on Saturday.\n\n"
        '"The town cares more for the pier than the council ever did," was the blunt '
        "view of Ida Marsh, who chairs the Green group."
    )
    assert speakers(text) == [
        ("The town cares more for the pier than the council ever did", "Ida Marsh")
    ]


def test_the_assessment_of_an_unnamed_person_names_nobody() -> None:
    """'"...," was the gloomy assessment of a harbour pilot': a speaker left unnamed."""
    text = (
        "Tom Vell opened the new pier in Tarland.\n\n"
        '"The harbour will never pay for itself," was the gloomy assessment of a harbour pilot.'
    )
    assert speakers(text) == [("The harbour will never pay for itself", None)]


def test_a_colon_after_a_persons_reply_gives_the_quote_to_that_person() -> None:
    """'Ann Roke's reply was warm: "..."': the owner of the reply speaks."""
    text = (
        "Tom Vell wrote to the harbour board in June. "
        "Ann Roke’s reply was warm, even playful: ‘Dear Tom, I was touched by your kind "
        "letter and I thank you for it.’"
    )
    assert speakers(text) == [
        ("Dear Tom, I was touched by your kind letter and I thank you for it.", "Ann Roke")
    ]


def test_a_quote_after_a_sentence_on_her_advice_is_hers() -> None:
    """'Her advice to parents is blunt: ... / "..."': the quote goes on with her advice."""
    text = (
        "Ann Roke lost her son to an overdose in 2019. "
        "Her advice to parents is blunt: lock away every pill.\n\n"
        '"No one can tell what a friend swallowed an hour ago. Mixed, they kill."'
    )
    assert speakers(text) == [
        ("No one can tell what a friend swallowed an hour ago. Mixed, they kill.", "Ann Roke")
    ]


def test_a_colon_after_an_unowned_message_names_nobody() -> None:
    """'The message on the gate was blunt: "..."': no owner, no speaker."""
    text = (
        "Ann Roke runs the farm at Tarland. "
        "The message on the gate was blunt: ‘Keep out of the top field after dark.’"
    )
    assert speakers(text) == [("Keep out of the top field after dark.", None)]


def test_in_someones_words_hung_on_the_subject_still_gives_the_quote() -> None:
    """'Ida Marsh, in Ann Vell's words, was "..."': the words are Ann Vell's wherever it hangs."""
    # The parser may hang the phrase on the subject, not on the verb whose clause holds the quote.
    text = (
        "Tom Ames never hid his liking for quiet people. Ida Marsh, in Ann Vell’s words, was "
        "‘gentle, patient and wise. A teacher of the old kind. Who would not admire her?’"
    )
    assert speakers(text) == [
        (
            "gentle, patient and wise. A teacher of the old kind. Who would not admire her?",
            "Ann Vell",
        )
    ]
