"""An office noun the story already used as a subject for someone ("the chancellor said")
names that person again later, where nothing nearer settles it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

OPENING = (
    'Tom Vell has urged voters to turn out, warning the "risks are too great" to stay at '
    "home.\n\n"
    'The chancellor said the vote would offer a "stark" choice between two plans. He told '
    "the party rally the rival camp must not win.\n\n"
    'Attacking the rival record, he said: "We will never go back to those years of waste."\n\n'
)
LATER = (
    "Turning to housing, the {noun} promised more help for young buyers. "
    '"My message to young couples is that homes are at the heart of our plan," he said.'
)


def test_the_same_office_names_the_same_person() -> None:
    """ "The chancellor said" of Tom Vell, then "the chancellor promised ... he said": Vell."""
    text = OPENING + LATER.format(noun="chancellor")
    assert speakers(text)[-1][1] == "Tom Vell"


def test_the_same_office_as_the_subject_of_saying() -> None:
    """ "Later the chancellor told reporters" after "the chancellor said" of Tom Vell: Vell."""
    text = OPENING + 'Later the chancellor told reporters: "Homes are at the heart of our plan."'
    assert speakers(text)[-1][1] == "Tom Vell"


def test_another_qualified_office_is_not_the_same() -> None:
    """ "the deputy chancellor" is not the one "the chancellor" named before: no speaker."""
    text = OPENING + LATER.format(noun="deputy chancellor")
    assert speakers(text)[-1][1] is None
