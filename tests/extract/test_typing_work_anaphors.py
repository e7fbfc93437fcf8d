"""A work's noun opening a sentence takes up no name when the text used it before."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds

EARLIER = (
    "The film opened in 40 cinemas on Friday, a week after a row over its funding with Ivo Marsh. "
    "The film took £2m in its first weekend."
)


def test_a_noun_used_before_takes_up_no_name(nlp: Language) -> None:
    """A work's noun the text used before the name has its referent: the name is not it."""
    assert "Ivo Marsh" in entity_kinds(nlp, EARLIER)  # whatever it is, it is no work
