"""A table's column headings in capitals are no body: "CURRENT PRIOR ACTUAL"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_heading_of_common_words_read_as_a_body_is_dropped(nlp: Language) -> None:
    """'PRIOR ACTUAL' of a row of headings, read as a body: no body."""
    text = (
        "Orvale Pumps Ltd said on Monday: (in millions) CURRENT PRIOR ACTUAL FORECAST "
        "Sales 9.1 8.7 8.2 Profit 1.2 1.1 0.9"
    )
    labels = [("Orvale Pumps Ltd", "ORG"), ("Monday", "DATE"), ("PRIOR ACTUAL", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert "PRIOR ACTUAL" not in kinds
    assert kinds.get("Orvale Pumps Ltd") == "organization"


def test_a_body_in_capitals_with_a_word_of_its_own_is_kept(nlp: Language) -> None:
    """'ORVALE PUMPS' in a row of capitals: a word no dictionary holds, so a body."""
    text = "Results on Monday: ORVALE PUMPS RESULTS DUE Sales rose 9.1 percent."
    labels = [("Monday", "DATE"), ("ORVALE PUMPS", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("ORVALE PUMPS") == "organization"
