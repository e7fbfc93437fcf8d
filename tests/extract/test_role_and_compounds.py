"""An appositive whose words join two things by "and" before the person noun ("a cash and
carry manager") keeps the noun, though the parser reads "carry" as a verb
(`role_and_compounds`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_trade_joined_by_and_keeps_its_person_noun(nlp: Language) -> None:
    """ "a 39-year-old cash and carry supervisor": the supervisor, not "cash"."""
    text = "Rob Kellaway, a 39-year-old cash and carry supervisor in Derby, phoned the council."
    assert roles_in(nlp, text)["Rob Kellaway"] == "39-year-old cash and carry supervisor in Derby"


def test_a_role_joined_by_and_the_parser_reads_whole_is_unchanged(nlp: Language) -> None:
    """ "a fish and chip shop owner in Whitby": read whole as before."""
    text = "Sandra Pyke, a fish and chip shop owner in Whitby, said trade had halved."
    assert roles_in(nlp, text)["Sandra Pyke"] == "fish and chip shop owner in Whitby"
