"""A model's name between a count or "the" and a noun of goods names the goods, no person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds, person_labelled_kinds


def test_a_counted_model_before_vans_is_no_person(nlp: Language) -> None:
    """ "recall 9,000 Corran Vesk vans" read as a person: the vans' model."""
    text = "The firm will recall 9,000 Corran Vesk vans after a fault in the doors."
    kinds = person_labelled_kinds(nlp, text, ["Corran Vesk"])
    assert kinds.get("Corran Vesk") != "person"


def test_a_described_model_before_a_describing_word_is_no_person(nlp: Language) -> None:
    """ "5,000 Halden Sprint electric scooters" read as a person: the scooters' model."""
    text = "Shoppers bought 5,000 Halden Sprint electric scooters in the first week."
    kinds = person_labelled_kinds(nlp, text, ["Halden Sprint"])
    assert kinds.get("Halden Sprint") != "person"


def test_a_model_after_a_describing_word_is_no_person(nlp: Language) -> None:
    """ "the new Mosel Arden hybrid cars" read as a person: the cars' model."""
    text = "The firm sold the new Mosel Arden hybrid cars to fleets."
    kinds = person_labelled_kinds(nlp, text, ["Mosel Arden"])
    assert kinds.get("Mosel Arden") != "person"


def test_a_person_named_before_goods_stays_a_person(nlp: Language) -> None:
    """ "the Karen Oduro phone" opens with a given name: a person's name stays."""
    text = "Fans queued for the Karen Oduro phone case, and Karen Oduro said she was amazed."
    kinds = person_labelled_kinds(nlp, text, ["Karen Oduro", "Karen Oduro"])
    assert kinds.get("Karen Oduro") == "person"


def test_a_firm_before_its_goods_keeps_its_kind(nlp: Language) -> None:
    """ "40 Skyrell Air jets" read as a body: the buyer's name is left alone."""
    text = "Investors cheered after 40 Skyrell Air jets were delivered on time."
    kinds = labelled_kinds(nlp, text, [("Skyrell Air", "ORG")])
    assert kinds.get("Skyrell Air") == "organization"
