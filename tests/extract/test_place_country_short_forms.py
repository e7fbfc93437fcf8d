"""The short forms news uses for countries whose ISO names are long ("Bosnia", "Trinidad",
"St Lucia", "Falklands") are those countries, with their codes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.lexicon import Place, lexicon


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("Bosnia", "BA"),
        ("Bosnia-Herzegovina", "BA"),
        ("Trinidad", "TT"),
        ("Macao", "MO"),
        ("St. Lucia", "LC"),
        ("St Kitts", "KN"),
        ("Falklands", "FK"),
    ],
)
def test_a_short_form_is_the_country(form: str, code: str) -> None:
    """Each short form finds its country and code in the tables."""
    place = lexicon().place(form)
    assert place is not None and (place.kind, place.country_code) == ("country", code)


def test_a_short_form_in_a_story_gets_the_country_code(nlp: Language) -> None:
    """ "peacekeepers in Bosnia": the place is the country, named as readers know it."""
    doc = nlp("Tom Vell said the peacekeepers in Bosnia would stay until the spring.")
    places = {e.name: e.place for e in extract_entities(doc) if e.kind == "place"}
    assert places["Bosnia and Herzegovina"] == Place("Bosnia and Herzegovina", "country", "BA")
