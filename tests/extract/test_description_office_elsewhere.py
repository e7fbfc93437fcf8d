"""A description of an office ("the home secretary said") that the story gives someone
else, as title or stated role, before or after, does not fall back on the main subject of
the sentence before, who holds no such office: it is that someone, if they hold it now."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

QUOTE = "‘We will not open an inquiry, because the reports are simply wrong.’"


def test_office_held_by_someone_named_later() -> None:
    """ "The home secretary said" is Home Secretary Ann Vell, named later, not Tom Ames before."""
    text = (
        "Tom Ames, 32, said he was beaten in the camp. "
        f"The home secretary said: {QUOTE}\n\n"
        "Home Secretary Ann Vell later spoke to MPs about the camp."
    )
    assert speakers(text)[0][1] == "Ann Vell"


def test_office_held_only_in_the_past_elsewhere() -> None:
    """A former holder named later is not "the home secretary" either: no speaker."""
    text = (
        "Tom Ames, 32, said he was beaten in the camp. "
        f"The home secretary said: {QUOTE}\n\n"
        "Former Home Secretary Ann Vell later spoke to MPs about the camp."
    )
    assert speakers(text)[0][1] is None


def test_office_with_no_other_holder_still_falls_back() -> None:
    """With no one else holding the office, "the minister" is still the person just before."""
    text = (
        "Tom Ames served in the cabinet for ten years.\n\n"
        f"Tom Ames said he was tired of it all. The minister said: {QUOTE}"
    )
    assert speakers(text)[0][1] == "Tom Ames"


def test_former_office_may_have_many_holders() -> None:
    """ "The former harbour master" may be the person before, though another is harbour master."""
    # A past office has had many holders.
    text = (
        "Tom Ames said the party had lost its way. "
        f"The former harbour master said: {QUOTE}\n\n"
        "His successor as Harbour Master, Ann Vell, disagreed."
    )
    assert speakers(text)[0][1] == "Tom Ames"


def test_former_office_through_a_pronoun() -> None:
    """ "She said ... The former minister told" is "she", though her stated role is another."""
    # A past office is a description, not an office someone holds now.
    text = (
        "Ann Vell, a Norport councillor, defended the strikers on Monday.\n\n"
        "She said: ‘They are not idlers, they are workers who want a fair wage.’\n\n"
        f"The former minister told Tom Ames of the Ledger: {QUOTE}"
    )
    assert speakers(text)[-1][1] == "Ann Vell"


def test_current_office_through_a_pronoun_needs_the_role() -> None:
    """ "She said ... The minister told" is not read back through "she" to a woman of other role."""
    text = (
        "Ann Vell, a Norport councillor, defended the strikers on Monday.\n\n"
        "She said: ‘They are not idlers, they are workers who want a fair wage.’\n\n"
        f"The minister told Tom Ames of the Ledger: {QUOTE}"
    )
    assert speakers(text)[-1][1] is None
