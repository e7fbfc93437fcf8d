"""A trade noun of firms before a name ("broadband provider X", "Toys" ending it) makes a body."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_name_after_provider_is_a_body(nlp: Language) -> None:
    """ "Broadband provider Quelnet was fined": a provider of a service is a firm."""
    text = (
        "Broadband provider Quelnet was fined after homes lost their connection for a week. "
        "Quelnet apologised and said it had replaced the faulty cables."
    )
    kinds = person_labelled_kinds(nlp, text, ["Quelnet", "Quelnet"])
    assert kinds.get("Quelnet") == "organization"


def test_names_after_newer_trade_nouns_are_bodies(nlp: Language) -> None:
    """ "streamer", "housebuilder", "drugmaker" head firms' names as "carmaker" does."""
    for trade in ("Video streamer", "Housebuilder", "Drugmaker"):
        text = f"{trade} Varrowby was fined on Monday. Varrowby apologised to customers."
        kinds = person_labelled_kinds(nlp, text, ["Varrowby", "Varrowby"])
        assert kinds.get("Varrowby") == "organization", trade


def test_a_name_ending_in_toys_is_a_body(nlp: Language) -> None:
    """ "Pellam Toys said": no surname is "Toys"; the maker of toys is a firm."""
    text = "Pellam Toys said the recalled rattles had been sold for two years."
    kinds = person_labelled_kinds(nlp, text, ["Pellam Toys"])
    assert kinds.get("Pellam Toys") != "person"
