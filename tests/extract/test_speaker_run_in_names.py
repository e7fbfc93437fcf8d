"""A reporting clause set into a sentence ("..., Reddan wrote, because ...") that the parser
hung on the name before it: the name right before the verb is who wrote."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.nlp import load_nlp
from generator.extract.speaker_run_in_names import run_in_name

WORDS = ["Hollis", "admired", "Varga", ",", "Reddan", "wrote", ",", "because", "."]


def misread(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A parse given word by word, as the parser sometimes reads an inserted clause."""
    return Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_the_name_before_the_verb_is_its_subject_when_parsed_as_an_appositive() -> None:
    """'Varga, Reddan wrote' parsed with Varga the subject and Reddan its appositive: Reddan."""
    doc = misread(
        WORDS,
        heads=[2, 2, 5, 2, 2, 5, 5, 5, 5],
        deps=["nmod", "amod", "nsubj", "punct", "appos", "ROOT", "punct", "prep", "punct"],
        pos=["PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT", "SCONJ", "PUNCT"],
    )
    found = run_in_name(doc[2], doc[5])
    assert found is not None and found.text == "Reddan"


def test_an_appositive_closed_by_a_comma_is_left_alone() -> None:
    """'Ann Vell, the mayor, said': an appositive set off on both sides is no run-in name."""
    words = ["Vell", ",", "Lee", ",", "said", "."]
    doc = misread(
        words,
        heads=[4, 0, 0, 0, 4, 4],
        deps=["nsubj", "punct", "appos", "punct", "ROOT", "punct"],
        pos=["PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"],
    )
    assert run_in_name(doc[0], doc[4]) is None


def test_a_plain_subject_has_no_run_in_name() -> None:
    """'Reddan wrote' parsed right: the subject stands as it is."""
    doc = load_nlp()("Hollis admired Varga, Reddan wrote, because he liked ships.")
    verb = next(t for t in doc if t.text == "wrote")
    subject = next(t for t in verb.children if t.dep_ == "nsubj")
    assert subject.text == "Reddan"
    assert run_in_name(subject, verb) is None
