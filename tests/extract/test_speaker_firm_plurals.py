"""A name ending in a common noun's plural after no given name is no person speaking."""

from __future__ import annotations

from generator.extract import extract
from generator.seeds import Seed
from tests.extract.test_quotes import speakers


def test_a_firm_named_for_what_it_makes_is_no_person() -> None:
    """ "Quillfern Games said ..." gives no person "Quillfern Games" and no such speaker."""
    paragraphs = (
        "A video games studio in Tarnley is to cut 200 jobs after its latest title failed.",
        'Quillfern Games said the decision was "painful but necessary".',
    )
    assert speakers("\n\n".join(paragraphs))[-1] == ("painful but necessary", None)
    seed = Seed(path="studio.txt", sha256="0" * 64, title="Cuts", paragraphs=paragraphs)
    record = extract([seed])[0]
    assert [p["name"] for p in record["people"]] == []


def test_a_given_name_before_a_plural_keeps_the_person() -> None:
    """ "Ann Fields said": a given name opens the name, so it is a person's."""
    text = 'Ann Fields, who runs a bakery, said the decision was "painful but necessary".'
    assert speakers(text)[-1] == ("painful but necessary", "Ann Fields")
