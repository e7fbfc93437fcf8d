"""Entity typing of an employer's name that a "where" clause follows: "joins from X, where"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_an_employer_read_as_a_person_before_where_is_a_body(nlp: Language) -> None:
    """ "joins from Tarn Hollis, where she ran": things happen at a body, not at a person."""
    text = "Ms Okafor joins from Tarn Hollis, where she ran the frozen food arm for six years."
    kinds = labelled_kinds(nlp, text, [("Tarn Hollis", "PERSON")])
    assert kinds.get("Tarn Hollis") == "organization"
