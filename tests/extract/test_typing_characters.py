"""Entity typing of parts played: a character named by the parse is no person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import entity_kinds, labelled, person_labelled_kinds


def test_a_name_a_person_plays_is_a_character(nlp: Language) -> None:
    """The object of "plays" after a person, and a titled name after "starred as", are parts."""
    kinds = entity_kinds(
        nlp,
        "Tom Ames starred as Captain Rook in the new film. Ann Vell plays Jack Stone in the "
        "sitcom, and Jack Stone is a spy. The film, in which Tom Ames plays the detective "
        "Harry Dunn, opens today.",
    )
    assert kinds.get("Rook") != "person"
    assert kinds.get("Jack Stone") != "person"
    assert kinds.get("Harry Dunn") != "person"
    assert kinds.get("Tom Ames") == "person"
    assert kinds.get("Ann Vell") == "person"


def test_a_name_played_by_a_person_is_a_character(nlp: Language) -> None:
    """ "Jack Stone, played by Ann Vell," and "Ann Vell, who portrays Harry Dunn," name parts."""
    kinds = entity_kinds(
        nlp,
        "Jack Stone, played by Ann Vell, is a spy in the sitcom. Ann Vell, who portrays "
        "Harry Dunn, was cast as Lady Moll Pike.",
    )
    assert kinds.get("Jack Stone") != "person"
    assert kinds.get("Harry Dunn") != "person"
    assert kinds.get("Ann Vell") == "person"


def test_a_rival_or_a_side_played_stays_what_it_is(nlp: Language) -> None:
    """A game's rival and a side played for are no parts: "plays Tom Ames at tennis"."""
    kinds = entity_kinds(
        nlp,
        "Ann Vell plays Tom Ames at tennis on Sunday. Tom Ames played for Norport last year. "
        "She played against Tom Ames in the final. Jo Hall plays Tom Ames in the semi-final.",
    )
    assert kinds.get("Tom Ames") == "person"
    assert kinds.get("Ann Vell") == "person"


def test_a_rival_played_in_a_story_document_stays_a_person(nlp: Language) -> None:
    """ "plays Ann Vell" with no story word in its sentence is a game, whatever the document."""
    kinds = entity_kinds(
        nlp,
        "Tom Ames plays Ann Vell at Wimbledon next week in what promises to be a thriller. "
        "Ames, who starred in a film about tennis, said he was ready.",
    )
    assert kinds.get("Ann Vell") == "person"


def test_who_plays_in_a_text_of_soaps_is_a_part(nlp: Language) -> None:
    """ "Vell, who plays Rosa Kite, joined the cast" in a text about a soap: a standing part."""
    text = (
        "Soap actress Nina Vell is to leave the show after six years. "
        "Vell, who plays Rosa Kite, joined the cast in 2001."
    )
    kinds = person_labelled_kinds(nlp, text, ["Nina Vell", "Vell", "Rosa Kite"])
    assert kinds.get("Rosa Kite") != PERSON


def test_who_plays_a_rival_on_a_day_stays_a_person(nlp: Language) -> None:
    """ "Vell, who plays Rosa Kite on Sunday" is a match, even in a text that names a film."""
    text = (
        "Nina Vell, the film fan, won her first match. "
        "Vell, who plays Rosa Kite on Sunday, said she was ready."
    )
    people = [("Nina Vell", "PERSON"), ("Vell", "PERSON"), ("Rosa Kite", "PERSON")]
    doc = labelled(nlp, text, [*people, ("Sunday", "DATE")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Rosa Kite") == PERSON


def test_a_part_cast_in_a_year_is_a_character(nlp: Language) -> None:
    """ "was cast as sea witch Morwenna Tide in 2011": the casting's year makes it no match."""
    kinds = entity_kinds(
        nlp,
        "Priya Danvers was cast as sea witch Morwenna Tide in 2011, long before a sequel "
        "was planned.",
    )
    assert kinds.get("Morwenna Tide") != PERSON
    assert kinds.get("Priya Danvers") == PERSON
