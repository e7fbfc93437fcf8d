"""A work's noun opening the next sentence takes up the name ending the sentence before."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds

CHART = (
    "In the singles chart, Marla Quince held on to number one with Tin Lanterns. "
    "The song, which features on the soundtrack of a new film, has spent five weeks at the top."
)


def test_the_song_after_a_name_makes_it_a_song(nlp: Language) -> None:
    """ "... with Tin Lanterns. The song, which ...": the name is the song, no person."""
    kinds = entity_kinds(nlp, CHART)
    assert kinds.get("Marla Quince") == "person"
    assert "Tin Lanterns" not in kinds


EARLIER = (
    "The film opened in 40 cinemas on Friday, a week after a row over its funding with Ivo Marsh. "
    "The film took £2m in its first weekend."
)


def test_a_noun_used_before_takes_up_no_name(nlp: Language) -> None:
    """A work's noun the text used before the name has its referent: the name is not it."""
    assert "Ivo Marsh" in entity_kinds(nlp, EARLIER)  # whatever it is, it is no work
