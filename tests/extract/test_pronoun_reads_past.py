"""Where "he"/"she" reads past a subject: an office holder of the other sex, a body's
capitalised noun after "the" or a name the entities give as a body, which names no one the
entities missed."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_an_office_of_the_other_sex_is_read_past() -> None:
    """ "The mayor" standing for the man named before is read past: "she" is Dame Ann Vell."""
    # 'Sir Tom Ames opened ... The mayor praised Dame Ann Vell ... she said'.
    text = (
        "Sir Tom Ames opened the new wing of the Norport library on Friday.\n\n"
        "The mayor praised Dame Ann Vell, whose gift paid for the building.\n\n"
        "'Every child in Norport will read here,' she said."
    )
    assert speakers(text)[-1][1] == "Ann Vell"


def test_an_office_that_fits_the_pronoun_still_stops_it() -> None:
    """'The mayor' standing for a woman named before is "she"; the search stops there."""
    # The search does not read past her to the women named earlier.
    text = (
        "Dame Ann Vell met Ms Rita Dole at the library.\n\n"
        "Lady Jo Marr opened the new wing on Friday.\n\n"
        "The mayor later toured the reading rooms.\n\n"
        "'Every child in Norport will read here,' she said."
    )
    assert speakers(text)[-1][1] == "Jo Marr"


def test_a_body_after_the_names_no_one() -> None:
    """'The Kelby Trust lost Mr Tom Ames ... He wrote:': the body is no name; "he" is Ames."""
    text = (
        "The Kelby Trust lost Mr Tom Ames, its treasurer for a decade, last week.\n\n"
        "He wrote to members: 'I leave the accounts in good order.'"
    )
    assert speakers(text)[-1][1] == "Tom Ames"


def test_a_capitalised_epithet_after_the_still_stops_it() -> None:
    """'The Kelbian has dedicated the win to Rosa Penn': "she" is not Penn."""
    # A capitalised noun after "the" that is no body's may be the person before.
    text = (
        "Ms Ada Quill won the county chess title on Saturday.\n\n"
        "'I played my best game,' she said.\n\n"
        "The Kelbian has dedicated the win to her first coach, Rosa Penn.\n\n"
        "Next month she plays in the national final: 'I am ready,' she said."
    )
    assert speakers(text)[-1][1] != "Rosa Penn"


def test_a_body_after_the_leaves_a_name_of_unknown_sex() -> None:
    """'The Kelby Trust thanked Kit Marlow ... she said': the body does not make Marlow "she"."""
    # Nothing states Marlow's sex, and such a name may be a company's.
    text = (
        "Ann Vell has run the island ferry for twenty years and plans to retire in June.\n\n"
        "The Kelby Trust thanked Kit Marlow for the two new boats last winter.\n\n"
        "'We will sail every day this summer,' she said."
    )
    assert speakers(text)[-1][1] != "Kit Marlow"


def test_an_organization_subject_names_no_one() -> None:
    """A body the entities give as subject is no missed person: the one man named there is "he"."""
    # 'Last month Kelmart pulled the toy after Tom Vell complained. He told the shop: ...'.
    text = (
        "Last month, Kelmart pulled the toy after Tom Vell, 35, from Tarland, complained "
        "about it.\n\n"
        "He wrote to the maker: 'The string snapped at once.'"
    )
    assert speakers(text)[-1][1] == "Tom Vell"


def test_an_organization_subject_does_not_carry_an_earlier_he_over() -> None:
    """After a body's subject, "he" is the man that paragraph names, not an earlier "he"."""
    # Two paragraphs each name one man after a body's subject.
    text = (
        "The shop pulled the toy after Tom Vell, 35, complained about it.\n\n"
        "He wrote to the maker: 'The string snapped at once.'\n\n"
        "Last month, Kelmart pulled the doll after Bill Astor, 41, complained about it.\n\n"
        "He told the shop: 'It was dreadful.'"
    )
    assert speakers(text)[-1] == ("It was dreadful.", "Bill Astor")


def test_an_organization_subject_leaves_a_name_of_unknown_sex() -> None:
    """'Kelmart thanked Kit Marlow ... she said': a named body does not make Marlow "she"."""
    text = (
        "Ann Vell has run the island ferry for twenty years and plans to retire in June.\n\n"
        "Last winter, Kelmart thanked Kit Marlow for the two new boats.\n\n"
        "'We will sail every day this summer,' she said."
    )
    assert speakers(text)[-1][1] != "Kit Marlow"


def test_a_name_no_one_resolved_after_according_to_is_read_past() -> None:
    """ "According to Vell, Save Our Fields is a 'gang'. On his blog he called": "he" is Vell."""
    # The name no entity holds is what Vell speaks of.
    text = (
        "Tom Vell, a retired officer from Tarland, has spent the summer attacking his rivals.\n\n"
        "According to Vell, Save Our Fields is a 'gang of thieves'. On his blog he described "
        "their marches as 'a plague upon the whole valley'."
    )
    assert speakers(text)[-1][1] == "Tom Vell"
