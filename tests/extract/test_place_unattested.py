"""One-word names only the model calls places are no places; places the text writes as such stay."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled, labelled_kinds


def test_a_firm_the_model_reads_as_a_place_is_no_place(nlp: Language) -> None:
    """ "a Tarnwell survey found": nothing but the model's label says Tarnwell is a place."""
    text = "A Tarnwell survey last spring found the bridge was unsafe."
    assert "Tarnwell" not in labelled_kinds(nlp, text, [("Tarnwell", "GPE")])


def test_a_film_the_model_reads_as_a_place_is_no_place(nlp: Language) -> None:
    """ "Quillby won best screenplay": a film, whatever the model's label."""
    text = "Quillby won best screenplay, while the comedy took two awards."
    assert "Quillby" not in labelled_kinds(nlp, text, [("Quillby", "GPE")])


def test_an_unknown_place_after_a_preposition_stays(nlp: Language) -> None:
    """ "the football club of Kelbrook": a village no gazetteer knows is still a place."""
    text = "Most of the players came from the football club of Kelbrook, the coach said."
    assert labelled_kinds(nlp, text, [("Kelbrook", "GPE")]).get("Kelbrook") == "place"


def test_an_unknown_place_listed_after_a_place_stays(nlp: Language) -> None:
    """ "Leeds, Tarnshire": the county written after a town is a place too."""
    text = "The couple, who live in Leeds, Tarnshire, run a design business."
    labels = [("Leeds", "GPE"), ("Tarnshire", "GPE")]
    assert labelled_kinds(nlp, text, labels).get("Tarnshire") == "place"


def test_the_and_a_location_stays(nlp: Language) -> None:
    """ "the Quellic" labelled a location is a sea or a range, not a stray word."""
    text = "Storms swept the Quellic overnight."
    assert labelled_kinds(nlp, text, [("Quellic", "LOC")]).get("Quellic") == "place"


def test_a_short_capital_abbreviation_stays(nlp: Language) -> None:
    """ "NJ" is a state's abbreviation as often as not: kept as the model read it."""
    text = "She moved to a flat that NJ officials had condemned."
    assert labelled_kinds(nlp, text, [("NJ", "GPE")]).get("NJ") == "place"


def test_an_abbreviation_after_an_adjective_is_no_place(nlp: Language) -> None:
    """ "the local QX": an abbreviation an adjective qualifies names a thing, not a state."""
    text = "Paramedics took the runner to the local QX, and she was home by noon."
    assert "QX" not in labelled_kinds(nlp, text, [("QX", "GPE")])


def test_the_short_form_of_a_longer_name_is_no_place_of_its_own(nlp: Language) -> None:
    """ "the Mill" after "Kelby Mill": the longer place is published, the short form is not."""
    text = "Visitors queued outside Kelby Mill on Sunday. Staff at the Mill said it was full."
    kinds = labelled_kinds(nlp, text, [("Kelby Mill", "FAC"), ("Mill", "GPE")])
    assert kinds.get("Kelby Mill") == "place"
    assert "Mill" not in kinds


def test_a_location_written_after_the_keeps_its_own_name(nlp: Language) -> None:
    """ "the Norvane", a sea, is no short form of the airline "Kelby Norvane" ending with it."""
    # The model reads "the Norvane" as a location.
    text = "Kelby Norvane cut flights. Fewer planes now cross the Norvane each week."
    kinds = labelled_kinds(nlp, text, [("Kelby Norvane", "ORG"), ("Norvane", "LOC")])
    assert kinds.get("Norvane") == "place"


def test_a_language_after_a_preposition_is_no_place(nlp: Language) -> None:
    """ "written in Urdu": a language's name is no place, though "in" opens it."""
    text = "The warning on the label was written in Urdu, the shop owner said."
    kinds = labelled_kinds(nlp, text, [("Urdu", "GPE")])
    assert kinds.get("Urdu") != "place"


def test_an_abbreviation_of_no_place_after_in_is_no_place(nlp: Language) -> None:
    """ "in AI" twice: no place's initials spell "AI", so the field is no place."""
    text = "Firms in AI gained. Investors poured money into AI, and jobs in AI grew."
    labels = [("AI", "GPE")]
    assert labelled_kinds(nlp, text, labels).get("AI") != "place"


def test_an_abbreviation_of_a_known_place_after_in_stays(nlp: Language) -> None:
    """ "in HK" spells Hong Kong's initials: it stays a place."""
    text = "Traders in HK said shipping was delayed."
    assert labelled_kinds(nlp, text, [("HK", "GPE")]).get("HK") == "place"


def test_an_abbreviation_of_a_place_the_story_names_stays(nlp: Language) -> None:
    """ "KV" after "Kelby Vale" spells the place's initials and stays, as a form of that place."""
    text = "Rain hit Kelby Vale on Monday. Farmers in KV said fields flooded."
    labels = [("Kelby Vale", "GPE"), ("KV", "GPE")]
    entities = extract_entities(labelled(nlp, text, labels))
    assert any("KV" in (e.name, *e.aliases) for e in entities if e.kind == "place")


def test_two_names_read_as_one_title_after_a_place_are_no_place(nlp: Language) -> None:
    """Two listed names the model read as one title after a place give no "X and Y" place."""
    text = "Jets struck the oilfields at Tazrah, Vesmer and Ordavan in the north on Sunday."
    labels = [("Tazrah", "ORG"), ("Vesmer and Ordavan", "WORK_OF_ART")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Tazrah") == "place"
    assert "Vesmer and Ordavan" not in kinds


def test_a_known_place_with_and_in_its_name_stays(nlp: Language) -> None:
    """ "Trinidad and Tobago", whatever the model's label, is one place of the tables."""
    text = "The ship sailed from Trinidad and Tobago on Sunday."
    labels = [("Trinidad and Tobago", "WORK_OF_ART")]
    assert labelled_kinds(nlp, text, labels).get("Trinidad and Tobago") == "place"
