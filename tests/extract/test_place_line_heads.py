"""Towns that head the lines of a list, one a line before a colon, are places."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled_kinds, labelled_place_codes

#: A list of towns with a figure each, as a story sets out what happened where.
_RATES = (
    "The grid operator listed the homes still cut off after the storm.\n\n"
    "Kielce: 412 homes, crews on site.\n\n"
    "Koszalin: 97 homes, repairs due Tuesday.\n\n"
    "Legnica: 15 homes, a generator on its way.\n"
)


def test_towns_read_as_people_at_line_heads_are_places(nlp: Language) -> None:
    """Towns the model read as people, each heading a line of the list, are places."""
    labels = [("Kielce", "PERSON"), ("Koszalin", "PERSON"), ("Legnica", "PERSON")]
    kinds = labelled_kinds(nlp, _RATES, labels)
    assert kinds.get("Kielce") == PLACE
    assert kinds.get("Koszalin") == PLACE
    assert kinds.get("Legnica") == PLACE


def test_untagged_towns_at_line_heads_are_places_with_their_country(nlp: Language) -> None:
    """Towns the model left untagged at the heads of the list's lines are places, coded."""
    codes = labelled_place_codes(nlp, _RATES, [("Kielce", "PERSON")])
    assert codes.get("Koszalin") == "PL"
    assert codes.get("Legnica") == "PL"


def test_a_line_up_is_no_list_of_places(nlp: Language) -> None:
    """A line heading a side's line-up is no place, though two towns head lines before it."""
    text = (
        "Dornwick Rovers named their side for the cup tie.\n\n"
        "Opole: kick-off moved to 3pm.\n\n"
        "Radom: tickets sold out.\n\n"
        "Lublin: Arvo Tennick, Berto Quell, Ciro Vantaggi.\n"
    )
    labels = [
        ("Dornwick Rovers", "ORG"),
        ("Opole", "PERSON"),
        ("Radom", "PERSON"),
        ("Lublin", "ORG"),
        ("Arvo Tennick", "PERSON"),
        ("Berto Quell", "PERSON"),
        ("Ciro Vantaggi", "PERSON"),
    ]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Opole") == PLACE
    assert kinds.get("Radom") == PLACE
    assert kinds.get("Lublin") != PLACE
