"""People after a rank or an honour whose given name no table holds."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled


def _untagged_kinds(nlp: Language, text: str) -> dict[str, str]:
    """Name -> kind when the model tagged no entity at all."""
    return {e.name: e.kind for e in extract_entities(labelled(nlp, text, []))}


def test_a_ranked_pair_that_speaks_is_a_person(nlp: Language) -> None:
    """ "Detective Constable Tavi Quorren said": no table knows the given name; the rank does."""
    kinds = _untagged_kinds(nlp, "Detective Constable Tavi Quorren said the man ran off.")
    assert kinds.get("Tavi Quorren") == PERSON


def test_a_ranked_pair_with_an_age_is_a_person(nlp: Language) -> None:
    """ "Councillor Obiora Lendu, 52,": an age set off after the pair is a person's."""
    kinds = _untagged_kinds(nlp, "Councillor Obiora Lendu, 52, opposed the new car park.")
    assert kinds.get("Obiora Lendu") == PERSON


def test_a_ranked_pair_that_does_nothing_is_left_alone(nlp: Language) -> None:
    """ "Sergeant Tavi Quorren Road": a rank before capitals that run on names no one."""
    text = "The van stopped near Sergeant Tavi Quorren Road on the edge of the town."
    assert PERSON not in _untagged_kinds(nlp, text).values()


def test_a_rank_before_trade_words_makes_no_person(nlp: Language) -> None:
    """ "Chief Executive Officer said": words of ranks and trades are no one's name."""
    kinds = _untagged_kinds(nlp, "The Deputy Chief Officer said the budget was tight.")
    assert PERSON not in kinds.values()


def test_an_honour_before_an_untagged_pair_that_speaks_is_a_person(nlp: Language) -> None:
    """ "Dame Tavi Quorren said": an honour is only ever a person's."""
    kinds = _untagged_kinds(nlp, "Dame Tavi Quorren said the trust had run out of money.")
    assert kinds.get("Tavi Quorren") == PERSON


def test_an_honour_opening_a_span_tagged_a_building_makes_a_person(nlp: Language) -> None:
    """ "Dame Tavi Quorren" tagged a facility is the person after the honour."""
    text = "The drugs tsar Dame Tavi Quorren said the plan would fail."
    found = extract_entities(labelled(nlp, text, [("Dame Tavi Quorren", "FAC")]))
    assert {e.name: e.kind for e in found}.get("Tavi Quorren") == PERSON
