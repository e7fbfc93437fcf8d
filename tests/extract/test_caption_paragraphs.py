"""Photo captions dated by a bare weekday, and the rest of their paragraph, are no key points."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.summary import digest

LEAD = "The Pellham council voted on Monday to close the old ferry pier for repairs.\n\n"
REST = (
    "The pier will reopen in the spring, officials said.\n\n"
    "Repairs will cost about $2 million.\n\n"
    "Fishing boats will use the north harbour until then."
)


def _points(nlp: Language, caption: str) -> list[str]:
    return digest(nlp(LEAD + caption + "\n\n" + REST)).key_points


def test_a_caption_with_an_apostrophe_is_still_a_caption(nlp: Language) -> None:
    """ "Mara Quill holds her brother's kite Tuesday.": an apostrophe is no quote mark."""
    points = _points(nlp, "Mara Quill holds her brother's kite Tuesday.")
    assert not any(point.startswith("Mara Quill") for point in points)
    assert "Repairs will cost about $2 million." in points


def test_the_sentence_after_a_caption_in_its_paragraph_is_caption_too(nlp: Language) -> None:
    """The second sentence of a caption's paragraph describes the photo: no key point."""
    points = _points(
        nlp, "Mara Quill carries a lantern Tuesday. She is wearing her father's old coat."
    )
    assert not any(point.startswith(("Mara Quill", "She is wearing")) for point in points)
    assert "Repairs will cost about $2 million." in points


def test_next_weekday_is_the_future_not_a_caption(nlp: Language) -> None:
    """ "Pellham votes next Tuesday": a present tense with "next" is a plan, so a point."""
    points = _points(nlp, "The town votes on the plan next Tuesday at its annual meeting.")
    assert any(point.startswith("The town votes") for point in points)


def test_a_caption_in_a_page_flattened_to_one_line(nlp: Language) -> None:
    """A page with no line breaks left still has its captions after the lead found."""
    one_line = " ".join((LEAD + "Mara Quill holds a lantern Tuesday.\n\n" + REST).split())
    points = digest(nlp(one_line)).key_points
    assert not any(point.startswith("Mara Quill") for point in points)
    assert "Repairs will cost about $2 million." in points
