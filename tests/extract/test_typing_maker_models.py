"""A firm's model named after the firm, before a noun of goods, is no second body."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_model_named_after_its_maker_is_no_body(nlp: Language) -> None:
    """ "the Quellon Arc tablet" after "Quellon" named alone as a firm."""
    text = (
        "Gadget firm Quellon showed off the Quellon Arc tablet at a launch in Berlin. "
        "Quellon said it expected strong sales."
    )
    labels = [("Quellon", "ORG"), ("Quellon Arc", "ORG"), ("Berlin", "GPE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Quellon Arc") != "organization"


def test_a_described_model_is_no_body_either(nlp: Language) -> None:
    """ "its cheaper Brisco Lark electric scooters", the maker read as a person alone."""
    text = (
        "Brisco will stop selling its cheaper Brisco Lark electric scooters in March, "
        "after complaints about their brakes."
    )
    labels = [("Brisco", "PERSON"), ("Brisco Lark", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Brisco Lark") != "organization"


def test_a_body_named_whole_before_goods_keeps_its_kind(nlp: Language) -> None:
    """ "the Tamsey Freight vans" with no "Tamsey" alone: the carrier's own fleet."""
    text = "Thieves stole two of the Tamsey Freight vans from a depot near Leeds on Sunday."
    labels = [("Tamsey Freight", "ORG"), ("Leeds", "GPE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Tamsey Freight") == "organization"
