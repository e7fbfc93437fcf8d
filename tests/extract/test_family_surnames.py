"""A surname alone, of several people the story names, is the one its writer kept it for."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_surname_the_story_kept_writing_stays_the_first_bearers() -> None:
    """A surname the story kept writing for Tom Vell is still Tom after Sam Vell comes."""
    # "Tom Vell" written as "Vell" again and again before his relatives are named: the story's "Vell
    # said" after them is still Tom, not Sam.
    text = (
        "Tom Vell spoke to reporters on Monday. Vell said the mill would stay open. Later, "
        "Vell said the staff had done well. Asked about the cost, Vell said it was paid.\n\n"
        "In the audience were his daughter Ann Vell and Sam Vell, who runs the firm.\n\n"
        '"We will win," Vell said.'
    )
    assert speakers(text)[-1] == ("We will win", "Tom Vell")


def test_a_surname_written_once_before_a_namesake_is_the_nearest() -> None:
    """A surname written once before a namesake is the latest full name: Sam, not Tom."""
    # "Tom Vell left. Vell waved. Sam Vell arrived. Vell said": one use says nothing of the story's
    # habit.
    text = 'Tom Vell left early. Vell waved. Sam Vell arrived later.\n\n"We will win," Vell said.'
    assert speakers(text)[-1] == ("We will win", "Sam Vell")


def test_a_courtesy_title_still_takes_the_nearest_fitting_bearer() -> None:
    """ "Mrs Vell" is told apart by title: the nearest woman of the name, not the first bearer."""
    text = (
        "Tom Vell spoke to reporters on Monday. In the audience was Ann Vell, who runs "
        'the firm.\n\n"We will win," Mrs Vell said.'
    )
    assert speakers(text) == [("We will win", "Ann Vell")]


def test_a_titled_surname_is_nearest_to_a_bearer_written_with_it() -> None:
    """ "Mrs Woodley" is nearest, by the surname, to Ann Woodley, not to "Lucy" written later."""
    # "Lucy" is written after "Ann Woodley" but never with the surname until the end; Ann is the
    # mother.
    text = (
        "The trainer was first hired by Lucy's mother Ann Woodley in January.\n\n"
        "Lucy, 33, paid him in advance, but the sessions stopped after a month.\n\n"
        "Lucy said the trainer had ignored her messages for weeks.\n\n"
        'Four days later Mrs Woodley, 68, replied: "This matter has gone on far too long."\n\n'
        "A spokesman said a dispute had occurred with Lucy Woodley over the sessions."
    )
    assert ("This matter has gone on far too long.", "Ann Woodley") in speakers(text)
