"""A story that opens with a description and names its person in the next paragraph:
the description said again later ("the grandfather-of-four said") is that person."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_lede_description_named_in_the_next_paragraph() -> None:
    """ "A grandfather who grew ... / Walter Pellow, 71, ... / said the grandfather-of-four"."""
    text = (
        "A grandfather who grew a marrow the size of a canoe says he will enter it at the "
        "county show.\n\n"
        "Walter Pellow, 71, from Tallowfield, has tended the vegetable since April.\n\n"
        '"I talk to it every morning," said the grandfather-of-four. "It seems to help."'
    )
    assert speakers(text) == [
        ("I talk to it every morning", "Walter Pellow"),
        ("It seems to help.", "Walter Pellow"),
    ]


def test_lede_description_of_the_other_sex_stays_unnamed() -> None:
    """ "A woman ... / Farmer Joss Penrick ... / the woman said": the woman has no name."""
    text = (
        "A woman who was stranded on a flooded lane for six hours has been rescued by a "
        "tractor.\n\n"
        "Farmer Joss Penrick, 58, towed her car to higher ground on Sunday evening.\n\n"
        '"I had given up hope of anyone coming," the woman said.'
    )
    assert speakers(text) == [("I had given up hope of anyone coming", None)]


def test_a_family_role_does_not_rule_out_a_trade() -> None:
    """A role of family and age ("the mother-of-one") does not stop "the actress" being her."""
    text = (
        "Magda Orrin, 47, who starred in a hospital drama for a decade, has opened a "
        "bakery in Tilsey.\n\n"
        "The mother-of-one said she had always loved baking.\n\n"
        '"I used to bake between takes," the actress said.'
    )
    assert speakers(text) == [("I used to bake between takes", "Magda Orrin")]


def test_the_officer_of_a_police_rank() -> None:
    """ "Sgt Wilf Tander ... the officer said" is Tander."""
    text = (
        "Sgt Wilf Tander of the Holm Valley force said the van had been "
        "stolen twice this year.\n\n"
        '"Lock your vehicles at night," the officer said.'
    )
    assert speakers(text) == [("Lock your vehicles at night", "Wilf Tander")]


def test_a_police_officer_stays_unnamed() -> None:
    """ "a traffic officer told ..." before an inspector is named is nobody, not the inspector."""
    text = (
        '"Drivers should use the coast road until the weekend," a traffic officer told '
        "the Corven Echo.\n\n"
        "Inspector Hettie Brannock said the tanker had spilled cooking oil across both lanes."
    )
    assert speakers(text) == [("Drivers should use the coast road until the weekend", None)]
