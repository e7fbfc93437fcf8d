"""Roles read from the sentences around a name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.nlp import with_text
from generator.extract.role_context import ents_of
from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a lede that reports an unnamed speaker, who then says more by name
        (
            "Farmers should accept that fees will rise, a Norland farm minister has said.\n\n"
            "Ann Vell said farmers would pay more.",
            "Ann Vell",
            "Norland farm minister",
        ),
        (
            "Fees will rise, the Norport Bank's chief has said.\n\n"
            "In a speech in Tarn, Ann Vell said farmers would pay more.",
            "Ann Vell",
            "Norport Bank's chief",
        ),
        # ... but a role stated beside the name is theirs
        (
            "Farmers should accept that fees will rise, a Norland farm minister has said.\n\n"
            "Tom Ames, the opposition leader, said farmers would pay more.",
            "Tom Ames",
            "opposition leader",
        ),
        # ... and an unnamed source is no one named next
        (
            "Fees will rise, a Norland spokesman has said.\n\nAnn Vell said farmers would pay.",
            "Ann Vell",
            None,
        ),
        # ... nor is the speaker of a sentence that does not open the story
        (
            "Fees rose in May. Tom Ames left. Nobody came. Fees will rise, a Norland farm "
            "minister has said.\n\nAnn Vell said farmers would pay more.",
            "Ann Vell",
            None,
        ),
    ],
)
def test_reported_before(nlp: Language, text: str, name: str, expected: str | None) -> None:
    """An unnamed speaker of the lede is the person named right after, failing any role."""
    assert roles_in(nlp, text)[name] == expected


def test_a_later_description_joins_a_stated_role(nlp: Language) -> None:
    """ "Patient Linda Harte, 63, waited. ... said the grandmother-of-five": both roles."""
    text = (
        "Patient Linda Harte, 63, waited 14 months for a scan.\n\n"
        "'I thought they had forgotten me,' said the grandmother-of-five."
    )
    role = roles_in(nlp, text)["Linda Harte"] or ""
    assert "grandmother-of-five" in role
    assert "atient" in role


def test_a_description_after_a_quoted_speaker_is_not_added(nlp: Language) -> None:
    """After '"Why not buses?" Dole said.', "The driver, who has not been named," is not Dole."""
    # Though the quote's speaker was named last.
    text = (
        "State Rep. Ann Dole said she would file a bill on school buses.\n\n"
        '"We put these alarms in cars. Why not buses?" Dole said at a news conference.\n\n'
        "The driver, who has not been named, could not be reached for comment."
    )
    assert "driver" not in (roles_in(nlp, text)["Ann Dole"] or "")


def test_a_word_the_entity_step_reads_as_no_name_names_no_one_else(nlp: Language) -> None:
    """A country's leaving ("Grexit") beside the name does not stop a later office."""
    text = (
        "Tom Varley was facing a mounting rebellion over his Grexit bill last night.\n\n"
        "The Prime Minister told members at a private meeting to support it.\n\n"
        "Mr Varley said the bill was essential."
    )
    assert roles_in(nlp, text)["Tom Varley"] == "Prime Minister"


def test_a_rebuilt_doc_indexes_its_own_entities(nlp: Language) -> None:
    """`ents_of` on a doc rebuilt with the old ``user_data`` reads the new doc's entities."""
    doc = nlp("Pello Varn said 'never' to the Tovar board.")
    assert [ent.text for ent in ents_of(doc[:])]
    rebuilt = with_text(doc, "Pello Varn said \u2018never\u2019 to the Tovar board.")
    rebuilt.set_ents([])
    assert ents_of(rebuilt[:]) == ()
