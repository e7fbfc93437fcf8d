"""A description the role step read as a person's role, met again as the subject before
a pronoun, refers to that person (`referent_epithets`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_pronoun_after_an_epithet_subject_is_the_person_it_describes() -> None:
    """ "she wrote" after an epithet subject ('The former Brightside star, 52,') is Nell Varga."""
    # 'after soap actress Nell Varga revealed ... The former Brightside star, 52, shared ... she
    # wrote', though her name stood in a clause of its own.
    text = (
        "Messages poured in on Monday after soap actress Nell Varga revealed her long fight "
        "with depression.\n\n"
        "The former Brightside star, 52, shared a photo from her hospital bed.\n\n"
        "‘The nurses on ward nine kept me going,’ she wrote."
    )
    assert speakers(text) == [("The nurses on ward nine kept me going", "Nell Varga")]


def test_hyphened_family_epithet_is_read_whole() -> None:
    """'The grandmother-of-six, 70, ...' is the role of the woman named just before."""
    text = (
        "Neighbours have praised lollipop lady Edna Prowse, who chased off two joyriders.\n\n"
        "The grandmother-of-six, 70, waved her sign at the car until it reversed away.\n\n"
        "‘I was more cross than scared,’ she said."
    )
    assert speakers(text) == [("I was more cross than scared", "Edna Prowse")]


def test_epithet_of_nobody_named_gives_no_speaker() -> None:
    """An epithet that is no one's stated role ('The former ballet teacher') gives no speaker."""
    # It leaves the pronoun to the other searches: here no one.
    text = (
        "Walkers and their dogs packed the common when actor Tam Orrin and Dilys Pugh "
        "opened the new cafe.\n\n"
        "The former ballet teacher, 61, cut the ribbon with garden shears.\n\n"
        "‘We waited six years for this,’ she said."
    )
    assert speakers(text) == [("We waited six years for this", None)]
