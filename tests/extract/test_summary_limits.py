"""Summary and key points always fit the record's limits, so `check` accepts the record."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.summary import SUMMARY_LIMIT, digest, fitted


def test_no_key_point_is_longer_than_a_record_holds(nlp: Language) -> None:
    """With no sentence short enough to be a point, the overlong ones are left out."""
    rambling = "Fares rose in Kelby on Monday and " * 10 + "then fell."
    text = " ".join(["Holtby"] * 1000) + ". " + " ".join(["Tarn"] * 1000) + ". " + rambling
    story = digest(nlp(text))
    assert story.key_points == [rambling]
    assert len(story.summary) <= SUMMARY_LIMIT


def test_a_summary_over_the_limit_is_cut_after_a_word() -> None:
    """A summary too long for a record ends on a whole word and an ellipsis."""
    long = " ".join(["Holtby"] * 2000)
    cut = fitted(long)
    assert len(cut) <= SUMMARY_LIMIT
    assert cut.endswith("Holtby\u2026")
    assert fitted("Fares rose in Kelby.") == "Fares rose in Kelby."
