"""A lone name that takes a verb in the plural is a team, a band or a firm, not a person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_name_before_a_plural_present_verb_is_no_person(nlp: Language) -> None:
    """ "Marlowe lead the league": one person would lead*s*; a team is written in the plural."""
    kinds = entity_kinds(
        nlp,
        "Marlowe, who play Norbrook on Saturday, lead the league by nine points. "
        "Coach Dana Whitlow said Marlowe could win the title.",
    )
    assert kinds.get("Marlowe") != "person"
    assert kinds.get("Dana Whitlow") == "person"


def test_a_person_with_a_singular_verb_stays_a_person(nlp: Language) -> None:
    """ "Kelby Marsh, who plays for Norbrook, leads the scoring": one person, verbs in -s."""
    kinds = entity_kinds(
        nlp, "Kelby Marsh, who plays for Norbrook, leads the scoring this season, she said."
    )
    assert kinds.get("Kelby Marsh") == "person"
