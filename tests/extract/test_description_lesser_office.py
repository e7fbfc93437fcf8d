"""A description of an office ("the chancellor said") does not reach a person whose stated
role is a shadow or deputy of that office, unless the description says so too."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

QUOTE = "‘We have made the right choices for the harbour and its people.’"


def test_the_office_is_not_its_shadow() -> None:
    """ "Shadow chancellor Ann Vell spoke. The chancellor said" is someone else: no speaker."""
    text = f"Shadow chancellor Ann Vell attacked the budget on Monday. The chancellor said: {QUOTE}"
    assert speakers(text)[-1][1] is None


def test_the_office_is_not_its_deputy() -> None:
    """ "Deputy mayor Tom Ames spoke. The mayor said" is someone else: no speaker."""
    text = f"Deputy mayor Tom Ames opened the new pier on Monday. The mayor said: {QUOTE}"
    assert speakers(text)[-1][1] is None


def test_the_shadow_named_as_such_speaks() -> None:
    """ "The shadow chancellor said" after "Shadow chancellor Ann Vell" is her."""
    text = (
        "Shadow chancellor Ann Vell attacked the budget on Monday. "
        f"The shadow chancellor said: {QUOTE}"
    )
    assert speakers(text)[-1][1] == "Ann Vell"


def test_the_office_holder_still_speaks() -> None:
    """ "Chancellor Ann Vell spoke. The chancellor said" is still her."""
    text = f"Chancellor Ann Vell presented the budget on Monday. The chancellor said: {QUOTE}"
    assert speakers(text)[-1][1] == "Ann Vell"
