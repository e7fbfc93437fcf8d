"""The model's attribute rules applied column by column give the ruler's own result."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.nlp import load_nlp, model_name
from generator.extract.tag_attributes import TAG_ATTRIBUTES, ColumnRules

#: Invented text with the words the model's rules single out: modals, pronouns as subject
#: and object, "that" as determiner, pronoun and relative, "ain't", "gonna", "y'all",
#: "let's", "there is", "but" as an adverb, and runs of white space.
TEXTS = [
    "I told them that I would go, but they said that was not the plan.",
    "Y'all ain't gonna believe this: let's see what there is in the box they gave me.",
    "The mayor, who has  two sons, did what she had to do.\n\nIt was nothing, she said.",
    "Something odd happened; anyone who saw it got a letter that those officers sent.",
    "We couldn't have known.   You gotta come on, c'mon, it's late and nobody is here.",
]


def _parsed(nlp: Language) -> list[Doc]:
    return list(nlp.pipe(TEXTS))


def _attributes(docs: list[Doc]) -> list[tuple[str, str, str, str, str]]:
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for doc in docs for t in doc]


@pytest.fixture(scope="module")
def both() -> tuple[Language, Language]:
    """The model with its own ruler, and the same model with the column step."""
    stock = spacy.load(model_name(), exclude=["lemmatizer"])
    columns = spacy.load(model_name(), exclude=["lemmatizer"])
    columns.add_pipe(TAG_ATTRIBUTES, before="attribute_ruler")
    columns.remove_pipe("attribute_ruler")
    return stock, columns


def test_column_rules_set_what_the_ruler_sets(both: tuple[Language, Language]) -> None:
    """Every token's part of speech, morphology, lemma, tag and dependency are the ruler's."""
    stock, columns = both
    assert isinstance(columns.get_pipe(TAG_ATTRIBUTES), ColumnRules)
    assert _attributes(_parsed(columns)) == _attributes(_parsed(stock))


def test_later_rules_override_earlier_ones(both: tuple[Language, Language]) -> None:
    """ "that" as a relative pronoun is PRON, as the ruler's later rule says, not its tag's DET."""
    _, columns = both
    doc = columns("The letter that the officers sent arrived.")
    that = next(t for t in doc if t.lower_ == "that")
    assert (that.tag_, that.pos_) == ("WDT", "PRON")


def test_the_pipeline_uses_the_column_step() -> None:
    """The product's pipeline runs the column step in the ruler's place."""
    names = load_nlp().pipe_names
    assert TAG_ATTRIBUTES in names and "attribute_ruler" not in names
    assert names.index(TAG_ATTRIBUTES) == names.index("parser") + 1


def test_the_column_step_can_be_sent_to_worker_processes(both: tuple[Language, Language]) -> None:
    """The step pickles, so that ``nlp.pipe(n_process=2)`` can send it to a worker."""
    _, columns = both
    step = pickle.loads(pickle.dumps(columns.get_pipe(TAG_ATTRIBUTES)))
    assert isinstance(step, ColumnRules)
