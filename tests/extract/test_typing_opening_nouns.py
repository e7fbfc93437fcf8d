"""A common noun that opens the sentence, read by the model into the body's name after it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, extract_entities
from tests.extract.conftest import labelled_kinds


def test_a_trade_before_a_full_name_is_cut(nlp: Language) -> None:
    """ "Trainer Una Brisk said": the trade opens the sentence, the person is Una Brisk."""
    text = "Trainer Una Brisk said her horses were fit for the spring."
    kinds = labelled_kinds(nlp, text, [("Trainer Una Brisk", "ORG")])
    assert "Trainer Una Brisk" not in kinds
    assert kinds.get("Una Brisk") == PERSON


def test_a_kind_of_firm_before_its_name_is_cut(nlp: Language) -> None:
    """ "Distributor Kelmoor Pictures said": the firm is Kelmoor Pictures."""
    text = "Distributor Kelmoor Pictures said the film had opened well."
    kinds = labelled_kinds(nlp, text, [("Distributor Kelmoor Pictures", "ORG")])
    assert kinds.get("Kelmoor Pictures") == ORG
    assert "Distributor Kelmoor Pictures" not in kinds


def test_the_rest_written_alone_elsewhere_cuts_the_noun(nlp: Language) -> None:
    """ "Rival Pellam said ... Pellam shares fell": the text names the firm without the noun."""
    text = "Rival Pellam said it had no plans to cut jobs. Pellam shares fell 2%."
    kinds = labelled_kinds(nlp, text, [("Rival Pellam", "ORG"), ("Pellam", "ORG")])
    assert kinds.get("Pellam") == ORG
    assert "Rival Pellam" not in kinds


def test_a_body_named_for_its_country_keeps_its_word(nlp: Language) -> None:
    """ "Statistics Norway said ... Norway's economy": the rest is a place, not the body."""
    text = "Statistics Norway said prices rose. Norway's economy grew by 2% last year."
    kinds = labelled_kinds(nlp, text, [("Statistics Norway", "ORG"), ("Norway", "GPE")])
    assert kinds.get("Statistics Norway") == ORG


def test_a_name_written_inside_a_sentence_keeps_its_first_word(nlp: Language) -> None:
    """ "Baker Tull Homes said ... shares in Baker Tull Homes": the noun is part of the name."""
    text = "Baker Tull Homes said sales rose. Shares in Baker Tull Homes fell 3% on Monday."
    labels = [("Baker Tull Homes", "ORG"), ("Baker Tull Homes", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Baker Tull Homes") == ORG
    assert "Tull Homes" not in kinds


def test_a_place_opening_the_sentence_stays_in_the_name(nlp: Language) -> None:
    """ "Oman Monetary Agency figures show": the country opening it stays in the name."""
    # A country's name is no common noun to cut, though "Monetary Agency" is written alone later.
    text = (
        "Kelmar Monetary Agency figures show deposits fell.\n\n"
        "Oman Monetary Agency figures show deposits fell too.\n\n"
        "Traders doubt the Monetary Agency will act."
    )
    names = {e.name for e in extract_entities(nlp(text))}
    assert "Oman Monetary Agency" in names
