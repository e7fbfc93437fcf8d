"""A pair of capitalised words after a trade, untagged by the model, is a person's full name
when the model tagged its surname alone as a person elsewhere in the story."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities

_STORY = "{} Harlow Vance has won best album at the awards. Later, Vance thanked her producer."


def _kinds_with_last_surname_tagged(nlp: Language, text: str) -> dict[str, str]:
    """Name -> kind when the model tagged only the last "Vance" of the text, as a person."""
    doc = nlp(text)
    start = text.rindex("Vance")
    doc.ents = [doc.char_span(start, start + len("Vance"), label="PERSON")]
    return {e.name: e.kind for e in extract_entities(doc)}


def test_trade_before_a_pair_whose_surname_is_tagged(nlp: Language) -> None:
    """ "Singer-songwriter Harlow Vance ... Vance thanked": Harlow Vance is the person."""
    kinds = _kinds_with_last_surname_tagged(nlp, _STORY.format("Singer-songwriter"))
    assert kinds.get("Harlow Vance") == PERSON


def test_no_trade_before_the_pair(nlp: Language) -> None:
    """With nothing before the pair but the sentence's start, the pair is left alone."""
    kinds = _kinds_with_last_surname_tagged(nlp, _STORY.format("Yesterday"))
    assert "Harlow Vance" not in kinds


def test_a_trade_word_opening_the_pair_is_no_given_name(nlp: Language) -> None:
    """ "Singer Vance said ... Vance": "Singer" is her trade, not her given name."""
    text = "Pop singer Vance said she was thrilled. Later, Vance thanked her producer."
    kinds = _kinds_with_last_surname_tagged(nlp, text)
    assert "Singer Vance" not in kinds
