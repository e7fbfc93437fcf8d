"""A firm named with its legal form that the model left untagged: "Brelland Tool Corp"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_an_untagged_name_with_a_legal_form_is_a_firm(nlp: Language) -> None:
    """'Drills by Brelland Tool Corp were recalled', nothing tagged by the model: a firm."""
    text = "Drills by Brelland Tool Corp were recalled in May after two fires."
    kinds = labelled_kinds(nlp, text, [])
    assert kinds.get("Brelland Tool Corp") == "organization"


def test_a_firm_after_of_opens_at_its_first_capital(nlp: Language) -> None:
    """'said Tessa Quorrel of Pellon Holdings Ltd', the person alone tagged: the firm, no 'of'."""
    text = "Costs will rise, said Tessa Quorrel of Pellon Holdings Ltd on a call."
    kinds = labelled_kinds(nlp, text, [("Tessa Quorrel", "PERSON")])
    assert kinds.get("Pellon Holdings Ltd") == "organization"
    assert kinds.get("Tessa Quorrel") == "person"


def test_a_name_that_goes_on_past_the_form_or_one_word_is_left(nlp: Language) -> None:
    """A run going on past its form, one word, or a firm 'of' a country is left; others are."""
    text = (
        "The Tarn Co Water Board met. Staff of Ames Ltd left early, said Brisk Pines of"
        " Iceland Ltd. Later Orrin Vale Plc bought the mill."
    )
    kinds = labelled_kinds(nlp, text, [("Brisk Pines", "PERSON")])
    assert "Tarn Co" not in kinds
    assert "Ames Ltd" not in kinds
    assert "Iceland Ltd" not in kinds
    assert kinds.get("Orrin Vale Plc") == "organization"
