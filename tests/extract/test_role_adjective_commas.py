"""Adjectives parted by a comma ("a tall, quiet woman") both stay in the role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_appositive_keeps_both_adjectives(nlp: Language) -> None:
    """ "Quillby, 41, a tall, quiet woman from Dornwick City, Wessex,": both adjectives."""
    text = (
        "Harriet Quillby was in court. Quillby, 41, a tall, quiet woman from Dornwick City, "
        "Wessex, admitted that she had lied."
    )
    role = roles_in(nlp, text)["Harriet Quillby"]
    assert role == "tall, quiet woman from Dornwick City, Wessex, 41"


def test_title_keeps_both_adjectives(nlp: Language) -> None:
    """ "the wealthy, Cambridge-educated heiress Harriet Quillby": both adjectives."""
    text = "So who exactly was the wealthy, Cambridge-educated heiress Harriet Quillby?"
    assert roles_in(nlp, text)["Harriet Quillby"] == "wealthy, Cambridge-educated heiress"
