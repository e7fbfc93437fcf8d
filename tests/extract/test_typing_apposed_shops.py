"""A name set beside a shop's noun ("Velvet Owls, the record shop in Hexford") is a business."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_name_called_a_shop_is_no_person(nlp: Language) -> None:
    """ "Velvet Owls, the record shop in Hexford, has shut": a shop, not a person."""
    text = (
        "Collectors mourned Velvet Owls, the record shop in Hexford that shut last week "
        "after rents doubled."
    )
    kinds = person_labelled_kinds(nlp, text, ["Velvet Owls"])
    assert kinds.get("Velvet Owls") == "organization"


def test_a_person_called_the_shop_owner_stays_a_person(nlp: Language) -> None:
    """ "Ida Pell, the shop's owner,": an owner is a person, though a shop is named."""
    text = "Ida Pell, the shop's owner, said she would reopen in the autumn. Ms Pell is 64."
    kinds = person_labelled_kinds(nlp, text, ["Ida Pell", "Pell"])
    assert kinds.get("Ida Pell") == "person"
