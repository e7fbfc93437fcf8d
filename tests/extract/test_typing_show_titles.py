"""A title written right after a noun of works is the work's, whatever its last word."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_series_title_ending_like_a_paper_is_no_body(nlp: Language) -> None:
    """ "the cult TV series Glass Courier": a show, though "Courier" ends papers' names."""
    text = (
        "Viewers likened the scheme to the cult TV series Glass Courier. Critics called it "
        "a real-life Glass Courier, and one compared daily life to a Glass Courier episode."
    )
    kinds = labelled_kinds(nlp, text, [("Glass Courier", "ORG")] * 3)
    assert "Glass Courier" not in kinds


def test_a_show_title_ending_in_a_body_word_is_no_body(nlp: Language) -> None:
    """ "the property show Barn Rescue": the programme, not a rescue service."""
    text = (
        "She had watched the property show Barn Rescue for years. Barn Rescue is filmed in Wales."
    )
    kinds = labelled_kinds(nlp, text, [("Barn Rescue", "ORG")] * 2)
    assert "Barn Rescue" not in kinds
