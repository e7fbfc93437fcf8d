"""A bare "Tom Hale plays Rosa Kite" is a part in a text that casts another part by a shape no
match report writes; "to play" hung on "signed up" as a clause still has an actor."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import entity_kinds, labelled


def test_a_bare_plays_is_a_part_where_another_part_is_cast(nlp: Language) -> None:
    """ "Nell Orrin plays Martha Quill" names no film, but the text casts "as Edwin Carrow"."""
    kinds = entity_kinds(
        nlp,
        "The comedy sequel Lost at Larkfield opens on Friday. "
        "Simon Pegwell returns as Edwin Carrow, a nervous vicar. "
        "Nell Orrin plays Martha Quill.",
    )
    assert kinds.get("Martha Quill") != "person"
    assert kinds.get("Nell Orrin") == "person"


def test_a_part_played_by_a_name_the_model_calls_a_body_where_parts_are_cast(
    nlp: Language,
) -> None:
    """In a text that casts parts, "plays" a name has an actor though the model read a body."""
    text = (
        "The animated film Pebble Bay took $40m in its first weekend. "
        "In the sequel, Oren Makepeace returns as Captain Brindle, a grumpy lighthouse keeper. "
        "Talia Roscoe plays Duchess Winnow."
    )
    labels = [
        ("Oren Makepeace", "PERSON"),
        ("Captain Brindle", "PERSON"),
        ("Talia Roscoe", "ORG"),
        ("Duchess Winnow", "PERSON"),
    ]
    found = {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}
    assert found.get("Duchess Winnow") != PERSON


def test_without_a_casting_a_bare_plays_in_a_film_text_stays_a_match(nlp: Language) -> None:
    """With no part cast elsewhere, "Ames plays Vell" alone is still a match, film or not."""
    kinds = entity_kinds(
        nlp,
        "Dara Ames, who once appeared in a film about chess, is in form. "
        "This week Dara Ames plays Kit Vell at the Kelby Open, a tournament held in a "
        "seaside hall.",
    )
    assert kinds.get("Kit Vell") == "person"


def test_signed_up_to_play_a_part_in_a_film_is_a_part(nlp: Language) -> None:
    """ "Bram Tolley has signed up to play Felix Orme in the third film": the part."""
    kinds = entity_kinds(
        nlp,
        "Bram Tolley has signed up to play Felix Orme in the third film. "
        "Tolley, 17, said he was thrilled.",
    )
    assert kinds.get("Felix Orme") != "person"


def test_a_bare_plays_in_a_text_of_a_real_life_stays_a_person(nlp: Language) -> None:
    """A film telling "the story of" a real man plays real people: "plays Ida Brennick" stays."""
    kinds = entity_kinds(
        nlp,
        "The film tells the story of aviator Rufus Kellaway, played by Dane Ostler. "
        "Mira Solberg plays Ida Brennick. The film opens on Friday.",
    )
    assert kinds.get("Ida Brennick") == "person"


def test_an_office_returned_to_is_no_casting(nlp: Language) -> None:
    """ "returns as Prime Minister" casts no part: a bare "plays" after it stays a match."""
    kinds = entity_kinds(
        nlp,
        "Ansel Dorrit returns as Prime Minister in the political drama of the week. "
        "His rival Hugo Penner plays Lisa Varnham.",
    )
    assert kinds.get("Lisa Varnham") == "person"
