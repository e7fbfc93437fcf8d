"""Entity typing of goods sold under a name: "its Kitty Vale dolls" are a brand's, no person's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_name_before_goods_it_sells_is_no_person(nlp: Language) -> None:
    """ "its Kitty Vale dolls", "Tarn Hollis computers": a name before goods is a brand."""
    kinds = entity_kinds(
        nlp,
        "Toy maker Brindle has reported losses after sales of its Kitty Vale dolls fell "
        "sharply. Kitty Vale faced tough competition. Chief executive Mark Tully said the "
        "range remained popular.",
    )
    assert kinds.get("Kitty Vale") != "person"
    assert kinds.get("Mark Tully") == "person"


def test_a_person_who_phones_stays_a_person(nlp: Language) -> None:
    """A verb spelt as goods are ("phones", "jets") leaves the name before it a person."""
    kinds = entity_kinds(
        nlp,
        "Every evening Jo Ames phones her mother. Tom Hale jets off to Norport on Friday, "
        "his agent said.",
    )
    assert kinds.get("Jo Ames") == "person"
    assert kinds.get("Tom Hale") == "person"
