"""Speakers that name no person entity: a site that speaks for the body it houses, and one
name after a courtesy title ("Lord Tarrant said")."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.entities import ORG, PERSON, PLACE, Entity, Mention
from generator.extract.lexicon import Place
from generator.extract.nlp import load_nlp
from generator.extract.quotes import attribute, find_quotes
from tests.extract.test_quotes import speakers


def _entity(doc: Doc, kind: str, name: str, forms: list[str], place: Place | None) -> Entity:
    """An entity with a mention at every use of each form in the doc."""
    mentions = []
    for form in forms:
        at = 0
        while (start := doc.text.find(form, at)) >= 0:
            span = doc.char_span(start, start + len(form))
            assert span is not None
            mentions.append(Mention(span, kind, form, name))
            at = start + len(form)
    return Entity(kind, name, mentions, place=place)


def _speaker(text: str, entities: list[tuple[str, str, list[str], Place | None]]) -> Entity | None:
    """The speaker of the one quote of a text, given its entities (kind, name, forms, place)."""
    doc = load_nlp()(text)
    found = [_entity(doc, kind, name, forms, place) for kind, name, forms, place in entities]
    quotes = find_quotes(doc.text)
    attribute(doc, quotes, found)
    assert len(quotes) == 1
    return quotes[0].speaker


def test_a_site_no_table_knows_speaks_as_a_body_of_its_name() -> None:
    """'Quarrow said: ...' of an airport the story called a place: the body Quarrow speaks."""
    text = (
        "Dozens of flights were cancelled at Quarrow on Monday after the storm.\n\n"
        "Quarrow said: ‘We expect to reopen the northern runway by the weekend.’"
    )
    site = Place("Quarrow", "other", None)
    speaker = _speaker(text, [(PLACE, "Quarrow", ["Quarrow"], site)])
    assert speaker is not None
    assert (speaker.kind, speaker.name) == (ORG, "Quarrow")


def test_a_town_speaks_only_as_the_short_form_of_a_body_named_in_full() -> None:
    """'Brellin wrote', read as a town, is the story's Brellin Analytics; else no one."""
    text = (
        "Brellin Analytics, a small firm of engineers, published its findings on Tuesday.\n\n"
        "‘The engine never worked in any of the trials we saw,’ Brellin wrote."
    )
    town = Place("Brellin", "city", "DE")
    body = (ORG, "Brellin Analytics", ["Brellin Analytics"], None)
    speaker = _speaker(text, [body, (PLACE, "Brellin", ["Brellin"], town)])
    assert speaker is not None
    assert speaker.name == "Brellin Analytics"
    alone = text.replace("Brellin Analytics", "a rival")
    assert _speaker(alone, [(PLACE, "Brellin", ["Brellin"], town)]) is None


def test_a_country_speaks_for_nobody() -> None:
    """'France said' is its government or its people: the text does not say which."""
    text = (
        "Talks on the fishing quota broke down late on Friday.\n\n"
        "France said: ‘We will not sign any deal that harms our fleet.’"
    )
    country = Place("France", "country", "FR")
    assert _speaker(text, [(PLACE, "France", ["France"], country)]) is None


def test_one_name_after_a_courtesy_title_is_a_person() -> None:
    """'Lord Tarrant told the chamber': Lord Tarrant speaks, though no first name is given."""
    text = (
        "The bill came back to the upper house for a third reading.\n\n"
        "Summing up the debate, Lord Tarrant told the chamber: ‘No court may hold a man for "
        "years without a charge.’"
    )
    assert speakers(text) == [
        ("No court may hold a man for years without a charge.", "Lord Tarrant")
    ]


def test_a_writing_with_no_author_is_the_body_last_a_subject() -> None:
    """'The Pellham Roads Trust counted ... The survey said': the survey is the trust's."""
    text = (
        "The Pellham Roads Trust counted every pothole in the county this spring. "
        "The survey said: ‘Most lanes near the coast need new surfaces within two years.’"
    )
    assert speakers(text) == [
        ("Most lanes near the coast need new surfaces within two years.", "Pellham Roads Trust")
    ]
    person = text.replace("The Pellham Roads Trust", "Mara Quill")
    assert speakers(person) == [
        ("Most lanes near the coast need new surfaces within two years.", None)
    ]


def test_a_full_name_whose_surname_was_read_as_a_town_is_a_person() -> None:
    """'Tova Dunmore, leader of the tenants, said' with a town read: Tova Dunmore speaks."""
    # The appositive says a person; the town alone says nothing.
    text = (
        "Rents on the estate will rise by a tenth from April.\n\n"
        "Tova Dunmore, leader of the tenants on the estate, said: ‘We will not pay the new "
        "rents.’"
    )
    town = Place("Dunmore", "city", "GB")
    speaker = _speaker(text, [(PLACE, "Dunmore", ["Dunmore"], town)])
    assert speaker is not None
    assert (speaker.kind, speaker.name) == (PERSON, "Tova Dunmore")
    alone = text.replace("Tova Dunmore", "Dunmore")
    assert _speaker(alone, [(PLACE, "Dunmore", ["Dunmore"], town)]) is None
