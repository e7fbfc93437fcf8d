"""A capitalised common noun that opens a sentence and that the text also writes in lower
case is no place, whatever the model tags it; a place's name written so stays a place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled_kinds


def test_a_common_noun_opening_a_sentence_is_no_place(nlp: Language) -> None:
    """ "Husband is hiding inside" beside "her husband": the capital is the sentence's."""
    text = "Ann Roke said her husband had a gun. Husband is hiding inside, the log said."
    kinds = labelled_kinds(nlp, text, [("Ann Roke", "PERSON"), ("Husband", "GPE")])
    assert "Husband" not in kinds


def test_an_unknown_place_opening_a_sentence_stays(nlp: Language) -> None:
    """ "Tarland lies on the coast": no lower-case writing, so the place stands."""
    text = (
        "Ann Roke lives by the sea. Tarland lies on the coast, near the old harbour. "
        "Ferries to Tarland run daily."
    )
    kinds = labelled_kinds(
        nlp, text, [("Ann Roke", "PERSON"), ("Tarland", "GPE"), ("Tarland", "GPE")]
    )
    assert kinds.get("Tarland") == PLACE


def test_a_gazetteer_town_named_like_a_common_word_stays(nlp: Language) -> None:
    """ "Reading is ..." beside "reading glasses": the gazetteer knows the town."""
    text = "Tom Vell lost his reading glasses. Reading is where he grew up, he said."
    kinds = labelled_kinds(nlp, text, [("Tom Vell", "PERSON"), ("Reading", "GPE")])
    assert kinds.get("Reading") == PLACE


def test_a_common_word_inside_a_sentence_is_left_to_the_other_votes(nlp: Language) -> None:
    """ "moved to Husband" mid-sentence: only a sentence's first word is read so."""
    text = "Ann Roke left her husband and moved to Husband, a hamlet in the hills."
    kinds = labelled_kinds(nlp, text, [("Ann Roke", "PERSON"), ("Husband", "GPE")])
    assert kinds.get("Husband") == PLACE
