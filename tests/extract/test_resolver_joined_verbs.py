"""A verb of saying joined by "and" that the parser hung on a clause inside the sentence
("... kept quiet until the storm passed and admitted, ‘...’") is said by the sentence's
speaker, not by the thing that clause is about."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.nlp import load_nlp
from generator.extract.speaker_spoken_of import sayer_past_clause
from tests.extract.test_quotes import speakers


def test_and_admitted_hung_on_a_clause_about_a_thing() -> None:
    """'Vell said he kept quiet until the storm passed and admitted, ‘...’' is Vell's."""
    # The parser joins "admitted" to "passed", whose subject is the storm.
    text = (
        "Tom Vell has broken his silence over the scandal.\n\n"
        "Mr Vell said he had kept quiet until the storm passed and "
        "admitted, ‘I have lost the trust of my team.’"
    )
    assert speakers(text) == [("I have lost the trust of my team.", "Tom Vell")]


def test_a_person_in_the_clause_before_and_still_speaks() -> None:
    """'Lee said she stayed until an officer arrived and shouted: ‘...’' is the officer's."""
    text = (
        "Ann Lee was arrested at the march in Kelby.\n\n"
        "Ms Lee said she stayed until an officer arrived and shouted: "
        "‘Move back now, all of you.’"
    )
    assert speakers(text) == [("Move back now, all of you.", None)]


def _hung_on_inner_clause(subject: str, clause_verb: str, saying: str) -> Doc:
    """'Lee said he waited until the <subject> <clause_verb> and <saying> it', parsed with
    the verb of saying joined to the inner clause's verb."""
    words = ["Lee", "said", "he", "waited", "until", "the", subject, clause_verb]
    words += ["and", saying, "it"]
    spaces = [True] * 10 + [False]
    heads = [1, 1, 3, 1, 7, 6, 7, 3, 7, 7, 9]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "mark", "det", "nsubj", "advcl"]
    deps += ["cc", "conj", "dobj"]
    pos = ["PROPN", "VERB", "PRON", "VERB", "SCONJ", "DET", "NOUN", "VERB"]
    pos += ["CCONJ", "VERB", "PRON"]
    return Doc(load_nlp().vocab, words, spaces, heads=heads, deps=deps, pos=pos)


def test_the_verb_above_a_thing_clause_gives_the_speaker() -> None:
    """With "admitted" hung on "passed" (subject "storm"), the speaker's verb is "said"."""
    doc = _hung_on_inner_clause("storm", "passed", "admitted")
    assert sayer_past_clause(doc[9]) == doc[1]


def test_a_person_subject_of_the_inner_clause_keeps_the_verb() -> None:
    """With "shouted" hung on "arrived" (subject "officer"), no verb above speaks for it."""
    doc = _hung_on_inner_clause("officer", "arrived", "shouted")
    assert sayer_past_clause(doc[9]) is None
