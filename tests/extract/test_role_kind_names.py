"""A body's name right after the kind of body that closes a role stays in the role, however
the parser broke it off."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_name_after_campaign_group_stays(nlp: Language) -> None:
    """ "a spokeswoman for campaign group Vote Yes Now": the group's name ends the role."""
    text = '"It is a bad deal," said Mia Tolland, a spokeswoman for campaign group Vote Yes Now.'
    assert roles_in(nlp, text)["Mia Tolland"] == "spokeswoman for campaign group Vote Yes Now"


def test_date_after_the_kind_is_no_name(nlp: Language) -> None:
    """ "a member of the group Tuesday": a date is not the group's name."""
    assert roles_in(nlp, "Ian Crane, a member of the group Tuesday, left.")["Ian Crane"] == (
        "member of the group"
    )
