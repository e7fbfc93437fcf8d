"""A cut sentence never ends on a word that needs what was cut after it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.sentence_cuts import LAST_SUMMARY_CUTS, cut, cuts


def test_a_cut_that_strands_a_preposition_is_refused(nlp: Language) -> None:
    """ "put off a vote on later start times": the parser reads a clause after "on", and
    cutting it would leave "put off a vote on."; the sentence stays whole instead."""
    sentence = next(
        nlp("A school board on Wednesday put off a vote on later start times for its pupils.").sents
    )
    assert cuts(sentence, LAST_SUMMARY_CUTS)  # the parse offers a closing cut ...
    assert cut(sentence, LAST_SUMMARY_CUTS) is None  # ... that would strand "on"


def test_a_closing_phrase_after_an_object_is_still_cut(nlp: Language) -> None:
    """A cut that ends on a noun is kept: "... opened the bridge to traffic in late May."."""
    sentence = next(nlp("The mayor of the town opened the bridge to traffic in late May.").sents)
    result = cut(sentence, LAST_SUMMARY_CUTS)
    assert result is not None and not result.endswith(("to.", "in."))
