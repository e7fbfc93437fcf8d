"""A name that modifies a toy's noun ("a Pimbly Fox toy", "the Tansy doll") is the toy's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_name_before_toy_is_no_person(nlp: Language) -> None:
    """ "buyers of a Pimbly Fox toy": a given name and an animal sold as a toy, no one."""
    text = (
        "Shoppers who bought a Pimbly Fox toy before March were told to return it. "
        "The stitching on its ears can split, the shop warned."
    )
    kinds = person_labelled_kinds(nlp, text, ["Pimbly Fox"])
    assert kinds.get("Pimbly Fox") != "person"


def test_a_name_before_doll_is_no_person(nlp: Language) -> None:
    """ "the Marnie Rose doll, which sings": a doll's name, however the model reads it."""
    text = "The Marnie Rose doll, which sings when squeezed, was the best seller at Easter."
    kinds = person_labelled_kinds(nlp, text, ["Marnie Rose"])
    assert kinds.get("Marnie Rose") != "person"


def test_a_person_with_a_doll_after_her_stays_a_person(nlp: Language) -> None:
    """ "Ms Quarrie said ... a Dela Quarrie doll": evidence of the woman outweighs her doll."""
    text = (
        "Singer Dela Quarrie said she laughed when she first saw her face on a toy. "
        "Ms Quarrie added that a Dela Quarrie doll now sits on her piano."
    )
    kinds = person_labelled_kinds(nlp, text, ["Dela Quarrie", "Quarrie", "Dela Quarrie"])
    assert kinds.get("Dela Quarrie") == "person"
