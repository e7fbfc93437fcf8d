"""Descriptions set off on both sides of one name are both kept, and an indefinite noun the
tagger read as a proper noun still describes."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_description_on_each_side_of_a_name_is_kept(nlp: Language) -> None:
    """ "Her mother, Claire Hollis, 46, a primary school teacher,": mother and teacher."""
    text = "Her mother, Claire Hollis, 46, a primary school teacher, told the hearing she called."
    role = roles_in(nlp, text)["Claire Hollis"] or ""
    assert "mother" in role
    assert "primary school teacher" in role


def test_a_lower_case_noun_tagged_proper_describes(nlp: Language) -> None:
    """ "Steve Kerr, 52, a former Scotland international,": a player, read as one."""
    text = "Steve Kerr, 52, a former Scotland international, was appointed in 2022."
    assert roles_in(nlp, text)["Steve Kerr"] == "former Scotland international, 52"


def test_a_party_word_run_into_the_name_does_not_hide_the_comma(nlp: Language) -> None:
    """ "The local MP, Conservative Greg Tanner,": the description before the comma still holds."""
    # The model reads "Conservative Greg Tanner" as the name.
    text = "The local MP, Conservative Greg Tanner, has spoken against the plan."
    assert "local MP" in (roles_in(nlp, text)["Greg Tanner"] or "")
