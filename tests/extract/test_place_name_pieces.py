"""One-word "places" that are only ever a piece of a longer name are no places."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_word_running_on_into_a_name_is_no_place(nlp: Language) -> None:
    """'from Quarnford Tourism' with only 'Quarnford' read as a place: not published."""
    text = "Figures from Quarnford Tourism showed that fewer visitors came in August."
    kinds = labelled_kinds(nlp, text, [("Quarnford", "GPE")])
    assert kinds.get("Quarnford") != "place"


def test_a_word_after_a_name_word_is_no_place(nlp: Language) -> None:
    """'broker Penhallow Gordon' with only 'Gordon' read as a place: not published."""
    text = "Jo Marsh, an analyst at broker Penhallow Gordon, said shares would stay weak."
    kinds = labelled_kinds(nlp, text, [("Jo Marsh", "PERSON"), ("Gordon", "GPE")])
    assert kinds.get("Gordon") != "place"


def test_a_word_before_a_comma_stays_a_place(nlp: Language) -> None:
    """'from Tarnwick, Utah': the town before its state is a place, though unknown."""
    text = "The family, from Tarnwick, Utah, said they were grateful for the help."
    kinds = labelled_kinds(nlp, text, [("Tarnwick", "GPE"), ("Utah", "GPE")])
    assert kinds.get("Tarnwick") == "place"


def test_a_word_hyphened_on_through_a_particle_is_no_place(nlp: Language) -> None:
    """'the senator's Kel-a-Marra resort' with only 'Kel' read as a place: a cut piece."""
    text = "Donors stayed at the senator's Kel-a-Marra resort in Florida last spring."
    kinds = labelled_kinds(nlp, text, [("Kel", "GPE"), ("Florida", "GPE")])
    assert kinds.get("Kel") != "place" and kinds.get("Florida") == "place"
