"""A key point that opens a quotation runs on to the sentence that closes it."""

from __future__ import annotations

from generator.extract.nlp import load_nlp
from generator.extract.summary import digest

_LEAD = "A pensioner fined for parking outside her own home in Tarnley has won her appeal.\n\n"


def _points(text: str) -> list[str]:
    return digest(load_nlp()(_LEAD + text)).key_points


def test_a_quotation_over_two_sentences_is_one_point() -> None:
    """ "said: 'I'm delighted. | It was absurd.'" is not cut off inside the quotation."""
    points = _points(
        "Edna Varley, 81, said: 'I'm delighted. It was absurd from start to finish.'\n\n"
        "The council said it would review its signs."
    )
    assert points[0] == (
        "Edna Varley, 81, said: 'I'm delighted. It was absurd from start to finish.'"
    )


def test_a_quotation_the_paragraph_leaves_open_is_not_run_on() -> None:
    """A quotation going on into the next paragraph keeps the point to its sentence."""
    points = _points(
        "Edna Varley, 81, said: 'I'm delighted. It was absurd from start to finish.\n\n"
        "'The council should say sorry.'\n\nThe council said it would review its signs."
    )
    assert points[0] == "Edna Varley, 81, said: 'I'm delighted.'"


def test_a_closed_quotation_leaves_the_point_as_it_is() -> None:
    """A sentence whose quotation closes in it is cut as any other point."""
    points = _points(
        '"It was absurd," said Edna Varley, 81. She thanked her neighbours for their help.'
    )
    assert points[0].startswith('"It was absurd," said Edna Varley')
    assert "thanked" not in points[0]


def test_a_run_on_point_ends_at_the_closing_mark() -> None:
    """Words the parser read on into after the closing mark are no part of the point."""
    nlp = load_nlp()
    doc = nlp.make_doc(
        _LEAD + 'He said, "We asked both sides to stop the fighting ... In this pointless war." '
        "Every attempt to settle the feud has come to nothing."
    )
    doc[next(t.i for t in doc if t.text == "Every")].is_sent_start = False  # as the parser may
    for _, step in nlp.pipeline:
        doc = step(doc)
    points = digest(doc).key_points
    assert (
        points[0]
        == 'He said, "We asked both sides to stop the fighting ... In this pointless war."'
    )
