"""Steps that read sentence boundaries hold when a sentence starts at a paragraph break."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.lexicon import lexicon
from generator.extract.nlp import load_nlp
from generator.extract.role_set_off import set_off_elsewhere
from generator.extract.summary import digest


def _parsed_with_a_start_at(text: str, first_word: str) -> Doc:
    """The pipeline's parse of ``text`` with a sentence start set before ``first_word``,
    as the parser itself places one at many paragraph breaks."""
    nlp = load_nlp()
    doc = nlp.make_doc(text)
    doc[next(t.i for t in doc if t.text == first_word)].is_sent_start = True
    for _, step in nlp.pipeline:
        doc = step(doc)
    return doc


def test_a_line_without_a_stop_before_the_lead_keeps_the_lead_a_point() -> None:
    """A button line ("Share Save") ends its paragraph: the lead after it stays the first point."""
    text = (
        "Share Save\n\n"
        "A games studio in Tarnley is to cut 200 jobs after its new title flopped.\n\n"
        'Quillfern Games said the decision was "painful but necessary".\n\n'
        "Its founder told staff the firm would focus on mobile games."
    )
    points = digest(_parsed_with_a_start_at(text, "A")).key_points
    assert points[0].startswith("A games studio in Tarnley is to cut 200 jobs"), points


def test_a_name_and_comma_that_end_a_sentence_give_no_set_off_role() -> None:
    """ "... Tom Vell," then a verbless sentence: the set-off search stops at its root."""
    # It once looped there for ever.
    doc = _parsed_with_a_start_at(
        "The prize went to Tom Vell, Neighbours of the winner.", "Neighbours"
    )
    name = next(span for span in doc.ents if span.text == "Tom Vell")
    assert set_off_elsewhere(name, lexicon()) is None
