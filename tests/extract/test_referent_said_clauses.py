"""A closing "..., X said" that the parser hung as a conjunct on the reported clause."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.lexicon import lexicon
from generator.extract.nlp import load_nlp
from generator.extract.referent_said_clauses import closing_sayer


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(load_nlp().vocab, words=words, heads=heads, deps=deps)


def test_a_conjunct_verb_of_saying_after_a_comma_gives_its_subject() -> None:
    """ "Voss may lose, Rep. Pennard said" parsed with "lose" as root: Pennard."""
    words = ["Voss", "may", "lose", ",", "Rep.", "Pennard", "said", "."]
    heads = [2, 2, 2, 2, 5, 6, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "punct", "compound", "nsubj", "conj", "punct"]
    doc = _doc(words, heads, deps)
    sayer = closing_sayer(doc[0], lexicon())
    assert sayer is not None and sayer.text == "Pennard"


def test_a_verb_of_saying_first_in_its_clause_gives_its_subject() -> None:
    """ "Voss may lose, said Pennard" parsed with "lose" as root: Pennard."""
    words = ["Voss", "may", "lose", ",", "said", "Pennard", "."]
    heads = [2, 2, 2, 2, 2, 4, 2]
    deps = ["nsubj", "aux", "ROOT", "punct", "conj", "nsubj", "punct"]
    doc = _doc(words, heads, deps)
    sayer = closing_sayer(doc[0], lexicon())
    assert sayer is not None and sayer.text == "Pennard"


def test_clauses_joined_by_and_give_no_sayer() -> None:
    """ "Voss left, and Pennard said ...": two clauses of equal weight, no one read over."""
    words = ["Voss", "left", ",", "and", "Pennard", "said", "so", "."]
    heads = [1, 1, 1, 1, 5, 1, 5, 1]
    deps = ["nsubj", "ROOT", "punct", "cc", "nsubj", "conj", "advmod", "punct"]
    doc = _doc(words, heads, deps)
    assert closing_sayer(doc[0], lexicon()) is None


def test_a_conjunct_of_another_verb_gives_no_sayer() -> None:
    """ "Voss may lose, Pennard hopes": a verb outside the tables of saying gives none."""
    words = ["Voss", "may", "lose", ",", "Pennard", "hopes", "."]
    heads = [2, 2, 2, 2, 5, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "punct", "nsubj", "conj", "punct"]
    doc = _doc(words, heads, deps)
    assert closing_sayer(doc[0], lexicon()) is None
