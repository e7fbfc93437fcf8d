"""Entity typing of a name after "Duo" or "Trio" opening a sentence: a word for an act."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_name_after_an_opening_duo_is_an_act(nlp: Language) -> None:
    """ "Duo Corran Vale has signed": the act is no person, whatever its singular verbs."""
    # The capital of "Duo" only opens the sentence.
    kinds = entity_kinds(
        nlp,
        "Duo Corran Vale has signed a record deal with a London label. Corran Vale, made up "
        "of brothers Ian and Rob Quennell, was formed at school. Corran Vale releases a first "
        "single in March.",
    )
    assert kinds.get("Corran Vale") not in (None, "person")
    assert kinds.get("Rob Quennell") == "person"


def test_people_listed_after_an_opening_duo_keep_their_names(nlp: Language) -> None:
    """ "Duo Nell Parry and Gus Timms": two people, and "Duo" is no part of her name."""
    kinds = entity_kinds(
        nlp,
        "Duo Nell Parry and Gus Timms have won the top prize at the comedy festival. The pair "
        "beat comedian Hal Brewer. Parry said she was delighted.",
    )
    assert "Duo Nell Parry" not in kinds
    assert kinds.get("Nell Parry") == "person"
    assert kinds.get("Gus Timms") == "person"
