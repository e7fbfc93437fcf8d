"""Cities whose own names hold letters no accent mark comes off, found as news writes them."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.lexicon import lexicon
from generator.extract.mentions import place_named
from generator.extract.place_subdivisions import fold
from tests.extract.conftest import labelled


def test_letters_without_accents_fold_to_plain_ones() -> None:
    """'Łódź', 'Tromsø' and 'Gießen' fold to the keys of 'Lodz', 'Tromso' and 'Giessen'."""
    assert [fold(n) for n in ("Łódź", "Tromsø", "Gießen")] == ["lodz", "tromso", "giessen"]


def test_a_city_written_without_its_stroke_is_found() -> None:
    """'Lodz' and 'Tromso', as English news writes them, are the Polish and Norwegian cities."""
    found = [place_named(n, lexicon()) for n in ("Lodz", "Tromso")]
    assert [(p.kind, p.country_code) if p else None for p in found] == [
        ("city", "PL"),
        ("city", "NO"),
    ]


def test_a_city_written_plainly_in_a_story_gets_its_country(nlp: Language) -> None:
    """'in Tromso' in a story: a Norwegian city, not a place of no country."""
    text = "Fishing boats stayed in Tromso harbour on Tuesday as the storm passed."
    places = [e for e in extract_entities(labelled(nlp, text, [("Tromso", "GPE")]))]
    assert [(e.name, e.place.country_code if e.place else None) for e in places] == [
        ("Tromsø", "NO")
    ]
