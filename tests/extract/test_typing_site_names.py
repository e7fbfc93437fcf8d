"""Names of sites, venues, studios and festivals that the model reads as people's."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, PLACE, extract_entities
from tests.extract.conftest import labelled


def _kinds(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    doc = labelled(nlp, text, labels)
    return {e.name: e.kind for e in extract_entities(doc)}


def test_a_headland_named_with_its_noun_is_a_place(nlp: Language) -> None:
    """ "at Tarrow Point": a site's noun ending a name that opens with no given name."""
    text = "The ferry ran aground at Tarrow Point late on Thursday evening."
    kinds = _kinds(nlp, text, [("Tarrow Point", "PERSON")])
    assert kinds.get("Tarrow Point") == PLACE


def test_a_cafe_opening_a_name_is_no_person(nlp: Language) -> None:
    """ "Caffe Morland serves": a cafe's noun opening a name makes a venue, not a person."""
    text = "For breakfast, Caffe Morland serves eggs on sourdough until noon."
    kinds = _kinds(nlp, text, [("Caffe Morland", "PERSON")])
    assert kinds.get("Caffe Morland") not in (None, PERSON)


def test_a_studio_opening_a_name_is_a_body(nlp: Language) -> None:
    """ "Studio Vennick Forge said": the maker of a game, not a person."""
    text = "Studio Vennick Forge said the sequel would be delayed until the spring."
    kinds = _kinds(nlp, text, [("Studio Vennick Forge", "PERSON")])
    assert kinds.get("Studio Vennick Forge") == ORG


def test_a_given_name_before_a_site_word_stays_a_person(nlp: Language) -> None:
    """ "Gavin Beach said": a given name first makes the site's noun a surname."""
    text = "Harbour master Gavin Beach said the slipway would reopen on Monday."
    kinds = _kinds(nlp, text, [("Gavin Beach", "PERSON")])
    assert kinds.get("Gavin Beach") == PERSON


def test_the_residents_of_a_name_live_in_a_place(nlp: Language) -> None:
    """ "Residents of Mossley Tarn said": the name after "residents of" is where they live."""
    text = "Residents of Mossley Tarn said the new road had made the village noisier."
    kinds = _kinds(nlp, text, [("Mossley Tarn", "PERSON")])
    assert kinds.get("Mossley Tarn") == PLACE


def test_a_festival_that_announces_is_its_organisers(nlp: Language) -> None:
    """ "Brackmoor Festival has announced": a body, not a person."""
    text = "Brackmoor Festival has announced that tickets will go on sale in March."
    kinds = _kinds(nlp, text, [("Brackmoor Festival", "ORG")])
    assert kinds.get("Brackmoor Festival") == ORG
