"""An office noun that speaks and names no one the text gives that office ("the Tarland MP
told") does not stop a later "she added": the search reads past it to the person named
before, as past "the audit found", when the text states that person's sex."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

OPENING = (
    "Anglers should expect tighter rules on the river, a harbour minister has said.\n\n"
    "{name} said licences would be checked more often. Rules for boat clubs could also be "
    "made tougher, {pronoun} told an inquiry. {owner} comments have been called "
    '"reckless" by the Vellshire Anglers Trust.\n\n'
    '"The risk is highest on the lower stretches of the river," the Tarland MP told the '
    "committee.\n\n"
    '"If a risk is from one stretch then our action will be aimed at that stretch," '
    "{pronoun} added."
)


def test_she_added_reads_past_an_office_no_one_holds() -> None:
    """ "Ann Roke ... she told ... the Tarland MP told ... she added": Ann Roke."""
    text = OPENING.format(name="Ann Roke", pronoun="she", owner="Her")
    assert speakers(text)[-1][1] == "Ann Roke"


def test_the_office_itself_names_no_one() -> None:
    """The quote the unresolved office speaks keeps no speaker."""
    text = OPENING.format(name="Ann Roke", pronoun="she", owner="Her")
    assert speakers(text)[0][1] is None


def test_a_person_of_unstated_sex_is_not_reached() -> None:
    """Past the office, a person whose sex the text does not state is not "he": none."""
    text = (
        "Dr Kit Vell said licences would be checked more often.\n\n"
        '"The risk is highest on the lower stretches," the Tarland MP told the committee.\n\n'
        '"Our action will be aimed at that stretch," he added.'
    )
    assert speakers(text)[-1][1] is None
