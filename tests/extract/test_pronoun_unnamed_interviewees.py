"""Where "he"/"she" stops or reads past on its way back: a new unnamed person the writer
talks to, a body that reports, and a description that repeats the one before it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_an_unnamed_man_the_writer_stops_is_he() -> None:
    """'I stop a man ... "...," he says': that unnamed man speaks, not the man named before."""
    text = (
        "Mr Tom Ames said the new pier was in the wrong place.\n\n"
        "On the quay I stop a man with a fishing rod to ask whether he fishes here daily.\n\n"
        '"Nobody asked the anglers about any of this," he says.'
    )
    assert speakers(text)[-1][1] is None


def test_a_man_the_sentence_names_is_no_new_person() -> None:
    """'I stop a man named Tom Ames to ask whether he ...': the name says who he is."""
    text = (
        "On the quay I stop a man named Tom Ames to ask whether he fishes here daily.\n\n"
        '"Nobody asked the anglers about any of this," he says.'
    )
    assert speakers(text)[-1][1] == "Tom Ames"


def test_a_body_that_reports_is_read_past() -> None:
    """A body that reports is read past: only a person known to be a man is "he" beyond it."""
    # 'Mary Vell welcomed ... The Norport Ferry Trust said ... "...," he said': "he" may speak for
    # the body.
    text = (
        "Mary Vell welcomed the new ferry timetable on Monday.\n\n"
        "The Norport Ferry Trust said the timetable left out the island crossings.\n\n"
        '"Small crews will pay for every line of these rules," he said.'
    )
    assert speakers(text)[-1][1] is None


def test_a_man_known_as_one_is_found_past_a_body() -> None:
    """Past a body that reports, a man the text titles "Mr" is still who "he" is."""
    text = (
        "Mr Tom Ames welcomed the new ferry timetable on Monday.\n\n"
        "The Norport Ferry Trust said the timetable left out the island crossings.\n\n"
        '"Small crews will pay for every line of these rules," he said.'
    )
    assert speakers(text)[-1][1] == "Tom Ames"


def test_a_description_repeated_reads_back_in_turn() -> None:
    """ "the teacher says" after "The teacher next stirs" reads back in turn to Ann Vell."""
    # 'Ann Vell fills ... The teacher next stirs ... "...," the teacher says': the same description
    # in the sentence before is the same person.
    text = (
        'Ann Vell fills the jug with cream. "Right up to the rim," Vell says.\n\n'
        "The teacher next stirs honey into the jug.\n\n"
        '"Our honey comes from the hives behind the school," the teacher says.'
    )
    assert speakers(text)[-1][1] == "Ann Vell"
