"""A surname the model read alone gets back the given name written just before it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds


def test_a_given_name_left_out_before_a_surname_is_joined(nlp: Language) -> None:
    """ "from Tory Ned Tarley" read as "Tory" and "Tarley": the person is Ned Tarley."""
    text = "Ada Pennick, who took the Dornwick seat from Tory Ned Tarley in 1997, spoke."
    labels = [("Ada Pennick", "PERSON"), ("Dornwick", "GPE"), ("Tory", "ORG")]
    labels += [("Tarley", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Ned Tarley") == PERSON
    assert "Tarley" not in kinds


def test_any_capitalised_word_after_a_persons_noun_opens_the_name(nlp: Language) -> None:
    """ "Statistician Ebba Quillfeather" read as "Quillfeather": the noun makes Ebba hers."""
    text = "Statistician Ebba Quillfeather said the survey had been far too small to trust."
    kinds = labelled_kinds(nlp, text, [("Quillfeather", "PERSON")])
    assert kinds.get("Ebba Quillfeather") == PERSON
    assert "Quillfeather" not in kinds


def test_a_given_name_before_a_surname_read_as_a_body_after_a_title_is_joined(
    nlp: Language,
) -> None:
    """ "Cardinal Ebbo Marrow-Penn" read as the body "Marrow-Penn": the person is Ebbo's."""
    text = "The abbey roof is a gift to the town, Cardinal Ebbo Marrow-Penn told the crowd."
    kinds = labelled_kinds(nlp, text, [("Marrow-Penn", "ORG")])
    assert kinds.get("Ebbo Marrow-Penn") == PERSON
    assert "Marrow-Penn" not in kinds


def test_an_unlisted_given_name_written_once_before_a_surname_is_joined(nlp: Language) -> None:
    """ "Harvest Quellby wept ... Quellby had denied": the word before opens her name."""
    text = "Harvest Quellby wept as the verdict was read out. Quellby had denied the charge."
    kinds = labelled_kinds(nlp, text, [("Quellby", "PERSON"), ("Quellby", "PERSON")])
    assert kinds.get("Harvest Quellby") == PERSON


def test_a_word_the_text_writes_again_opens_no_name(nlp: Language) -> None:
    """ "Harvest Quellby ... Harvest Fair": a word written again is no given name written once."""
    text = (
        "Harvest Quellby wept as the verdict was read out. Quellby had denied the charge."
        " Harvest Fair, the show she ran, was cancelled."
    )
    labels = [("Quellby", "PERSON"), ("Quellby", "PERSON"), ("Harvest Fair", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert "Harvest Quellby" not in kinds


def test_a_trade_opening_a_sentence_opens_no_name(nlp: Language) -> None:
    """ "Toymaker Varrowby was fined ... Varrowby": the noun says what it is; no given name."""
    text = "Toymaker Varrowby was fined on Monday. Varrowby apologised to its customers."
    kinds = labelled_kinds(nlp, text, [("Varrowby", "PERSON"), ("Varrowby", "PERSON")])
    assert "Toymaker Varrowby" not in kinds
