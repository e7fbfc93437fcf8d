"""A slogan's verb before a candidate's name is no part of the name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from generator.extract.slogan_verbs import after_slogan_verb
from tests.extract.conftest import labelled_kinds


def test_a_slogans_verb_is_cut_from_the_name(nlp: Language) -> None:
    """ "Vote Tarley, Get Pennick": the people are Tarley and Pennick, not "Get Pennick"."""
    text = (
        "Ada Tarley stands against Ned Pennick in Dornwick. "
        "Her leaflets say it plainly: Vote Tarley, Get Pennick."
    )
    labels = [("Ada Tarley", "PERSON"), ("Ned Pennick", "PERSON")]
    labels += [("Vote Tarley", "PERSON"), ("Get Pennick", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert not any(name.split()[0] in ("Vote", "Get") for name in kinds)
    assert kinds.get("Ned Pennick") == PERSON


def test_an_empty_span_has_no_slogan_verb(nlp: Language) -> None:
    """A span emptied of its marks (start at its end, at the doc's end) keeps its start."""
    doc = nlp("Vote Tarley")
    assert after_slogan_verb(doc, len(doc), len(doc)) == len(doc)
