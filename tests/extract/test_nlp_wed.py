""" "wed" is one word, the verb of marrying, not "we'd" without its apostrophe."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_quotes import speakers


def test_wed_is_one_token(nlp: Language) -> None:
    """ "He wed her" keeps "He" as the subject of one verb "wed"."""
    doc = nlp("He wed Ann Roke in Tarland in 1990. The Wed 5 May fair went on.")
    assert [t.text for t in doc[:3]] == ["He", "wed", "Ann"]
    assert "Wed" in [t.text for t in doc]


def test_a_pronoun_before_wed_is_still_a_speaker() -> None:
    """ "He wed Jo Ames" keeps "he" on Tom Vell, so the next "He said" is his, not hers."""
    text = (
        "Ann Roke hired Tom Vell in 1985. He wed Jo Ames in 1990. "
        "He said: “It was the best day of my life.”"
    )
    assert speakers(text)[-1] == ("It was the best day of my life.", "Tom Vell")
