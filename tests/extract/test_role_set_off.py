"""A description a comma sets off right after a name is the name's, however the parse
hung it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.lexicon import lexicon
from generator.extract.role_set_off import set_off_elsewhere
from tests.extract.test_roles import roles_in


def test_description_without_closing_comma_read_as_a_clause(nlp: Language) -> None:
    """ "Tom Vell, a dear friend told the paper" read as a clause of the name: a friend."""
    text = "'He was on the pier when the mill burned down,' Tom Vell, a dear friend told the Post."
    assert roles_in(nlp, text)["Tom Vell"] == "dear friend"


def test_description_without_closing_comma_as_second_subject(nlp: Language) -> None:
    """ "Ann Roke, the chair of the forum has warned" read as two subjects: the chair."""
    words = ["Ann", "Roke", ",", "the", "chair", "of", "the", "forum", "has", "warned", "."]
    heads = [1, 9, 1, 4, 9, 4, 7, 5, 9, 9, 9]
    deps = ["compound", "nsubj", "punct", "det", "nsubj", "prep", "det", "pobj", "aux"]
    deps += ["ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "AUX", "VERB"]
    pos += ["PUNCT"]
    tags = ["NNP", "NNP", ",", "DT", "NN", "IN", "DT", "NN", "VBZ", "VBN", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert set_off_elsewhere(doc[0:2], lexicon()) == "chair of the forum"


def test_description_hung_from_a_noun_above_the_name(nlp: Language) -> None:
    """ "the son of Tom Vell, the forger," with "forger" hung from "son": Vell's role."""
    words = ["Ed", "is", "the", "son", "of", "Tom", "Vell", ",", "the", "forger", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 9, 3, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "prep", "compound", "pobj", "punct", "det"]
    deps += ["appos", "punct"]
    pos = ["PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN"]
    pos += ["PUNCT"]
    tags = ["NNP", "VBZ", "DT", "NN", "IN", "NNP", "NNP", ",", "DT", "NN", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert set_off_elsewhere(doc[5:7], lexicon()) == "forger"


def test_a_reported_source_after_an_object_name_is_not_its_role(nlp: Language) -> None:
    """ "A note went to Tom Vell, the crew's lawyer adds": the lawyer is the source."""
    text = "A note was posted to Tom Vell, the crew's lawyer adds."
    assert roles_in(nlp, text)["Tom Vell"] is None
