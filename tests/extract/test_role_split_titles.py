"""A title the parse cut from the name: both hung as appositives of the noun before."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from generator.extract.lexicon import lexicon
from generator.extract.role_titles import title_before


def _doc(nlp: Language, lower: bool) -> Doc:
    """ "Then came his baker son Tom Ames." with "son" and the name both appositives of
    "baker"; with ``lower`` False, "Son" is written with a capital."""
    words = ["Then", "came", "his", "baker", "son" if lower else "Son", "Tom", "Ames", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 1]
    deps = ["advmod", "ROOT", "poss", "nsubj", "appos", "compound", "appos", "punct"]
    pos = ["ADV", "VERB", "PRON", "NOUN", "NOUN", "PROPN", "PROPN", "PUNCT"]
    tags = ["RB", "VBD", "PRP$", "NN", "NN", "NNP", "NNP", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [Span(doc, 5, 7, label="PERSON")]
    return doc


def test_title_and_name_both_appositives_of_one_noun(nlp: Language) -> None:
    """ "his baker son Tom Ames", parsed as "baker" with two appositives, is a baker son."""
    assert title_before(_doc(nlp, lower=True)[5:7], lexicon()) == "baker son"


def test_capitalised_appositive_is_no_such_title(nlp: Language) -> None:
    """A capitalised word there may be a name's own word, and is left alone."""
    assert title_before(_doc(nlp, lower=False)[5:7], lexicon()) is None
