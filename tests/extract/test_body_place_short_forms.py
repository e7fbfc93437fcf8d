"""A body named with its place and then without it is one organization, named in full."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.body_forms import short_of
from tests.extract.conftest import labelled_organizations


def test_the_body_without_its_town_is_the_same_body(nlp: Language) -> None:
    """ "the Harbour Fire Department" after "the Tampere Harbour Fire Department" is its alias."""
    text = (
        "Crews from the Tampere Harbour Fire Department reached the quay at dawn. "
        "The Harbour Fire Department said nobody was hurt."
    )
    spans = [("Tampere Harbour Fire Department", "ORG"), ("Harbour Fire Department", "ORG")]
    assert labelled_organizations(nlp, text, spans) == {
        "Tampere Harbour Fire Department": ["Harbour Fire Department"]
    }


def test_a_head_noun_after_its_country_is_the_body_but_not_a_government() -> None:
    """ "Senate" shortens "Norway Senate"; a region's "Government" or "Labour Party" does not."""
    # "Government" and "Labour Party" name bodies a region holds of its own, and "Parliamentary" is
    # no place.
    assert short_of("Senate", "Norway Senate")
    assert not short_of("Government", "Kristiansand Government")
    assert not short_of("Labour Party", "Kristiansand Labour Party")
    assert not short_of("Labour Group", "Parliamentary Labour Group")
