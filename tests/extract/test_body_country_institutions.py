"""A country's name before an academy, university, society or museum is one body's name."""

from __future__ import annotations

from generator.extract import extract
from generator.seeds import Seed


def test_country_and_institution_are_one_body_that_speaks() -> None:
    """ "the Russia Academy of Fine Arts" is one body, and its handbook's words are its own."""
    paragraphs = (
        "A college in Russia has apologised for a handbook that blamed students.",
        "The handbook, published by the Russia Academy of Fine Arts, told female students to "
        "dress modestly.",
        "\u2018Students should avoid drawing attention to themselves,\u2019 the handbook read.",
    )
    seed = Seed(path="x.txt", sha256="0" * 64, title="Handbook", paragraphs=paragraphs)
    record = extract([seed])[0]
    assert [q["speaker"] for q in record["quotes"]] == ["Russia Academy of Fine Arts"]
