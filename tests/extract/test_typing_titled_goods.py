"""A name after a title that heads a noun of goods is a brand, no person: "Mr Dumbleton cakes"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_titled_brand_of_cakes_is_no_person(nlp: Language) -> None:
    """ "makes Mr Dumbleton cakes ... Mr Dumbleton cakes sold well": a brand, not a man."""
    text = (
        "Pellow Bakeries, which makes Mr Dumbleton cakes, said profits rose. "
        "Sales of Mr Dumbleton cakes rose by 6% last year."
    )
    labels = [("Pellow Bakeries", "ORG"), ("Dumbleton", "PERSON"), ("Dumbleton", "PERSON")]
    assert labelled_kinds(nlp, text, labels).get("Dumbleton") != "person"


def test_a_titled_brand_of_snacks_after_its_is_no_person(nlp: Language) -> None:
    """ "its Captain Crunchley snacks had sold well": the title opens a brand's name."""
    text = "The firm said its Captain Crunchley snacks had sold well in the winter."
    assert labelled_kinds(nlp, text, [("Crunchley", "PERSON")]).get("Crunchley") != "person"


def test_a_titled_range_of_goods_is_no_person(nlp: Language) -> None:
    """ "the Captain Harlow range of model boats": a line of goods, named as a person is."""
    text = "The toymaker also makes the Captain Harlow range of model boats."
    assert labelled_kinds(nlp, text, [("Harlow", "PERSON")]).get("Harlow") != "person"
