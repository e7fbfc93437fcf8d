"""People named by a title of a place ('the Duke of Arden', 'the Bishop of Dunmere'): one
person each, never a body or a place, linked to the person the story gives that title."""

from __future__ import annotations

from typing import Any

from generator.extract import extract
from generator.extract.designations import designation_spans
from generator.extract.nlp import load_nlp
from generator.seeds import Seed


def record(text: str) -> dict[str, Any]:
    """The record extracted from an article given as paragraphs split by blank lines."""
    paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip())
    return extract([Seed("titles.txt", "0" * 64, None, paragraphs)])[0]


def people(found: dict[str, Any]) -> dict[str, list[str]]:
    """Each person's name with their aliases."""
    return {p["name"]: p["aliases"] for p in found["people"]}


def spans(text: str) -> list[str]:
    """The titles of a place that the words of a sentence give."""
    return [span.text for span in designation_spans(load_nlp()(text))]


def test_title_of_a_place_and_its_bare_title_are_the_named_persons() -> None:
    """'Prince Kit, the Duke of Arden' makes the title his alias; 'the Duke said' is Kit."""
    found = record(
        "Prince Kit, the Duke of Arden, opened a lifeboat station at Porthlow on Monday.\n\n"
        "‘The crews here save lives every single week,’ the Duke said.\n\n"
        "The Duke of Arden later met the families of two volunteers."
    )
    assert people(found)["Kit"] == ["Duke of Arden"]
    assert found["quotes"] == [
        {"text": "The crews here save lives every single week", "speaker": "Kit"}
    ]
    assert found["organizations"] == []


def test_title_no_named_person_holds_is_a_person() -> None:
    """'The Bishop of Dunmere said' with no bishop named: a person of that name speaks."""
    found = record(
        "Church leaders criticised the plan to close twelve rural schools.\n\n"
        "The Bishop of Dunmere said: ‘These villages will lose their heart.’"
    )
    assert "Bishop of Dunmere" in people(found)
    assert found["quotes"] == [
        {"text": "These villages will lose their heart.", "speaker": "Bishop of Dunmere"}
    ]
    assert found["organizations"] == []


def test_bare_title_is_no_alias_but_a_surname_is() -> None:
    """'the Duchess' of a person named by her title is no alias; 'Bishop' of 'Ann Bishop' is."""
    found = record(
        "The Duchess of Arden opened the new ward at Porthlow hospital on Friday.\n\n"
        "‘It is a privilege to be here,’ the Duchess told staff.\n\n"
        "Health minister Ann Bishop also attended. Bishop praised the nurses."
    )
    assert people(found)["Duchess of Arden"] == []
    assert people(found)["Ann Bishop"] == ["Bishop"]
    assert found["quotes"] == [
        {"text": "It is a privilege to be here", "speaker": "Duchess of Arden"}
    ]


def test_title_read_as_a_body_is_a_persons() -> None:
    """'his wife Lise, the Duchess of Arden' gives her the title, not an organization."""
    found = record(
        "Prince Kit arrived at the gala with his wife Lise, the Duchess of Arden.\n\n"
        "The couple spent an hour talking to nurses from the Porthlow children's ward."
    )
    assert people(found)["Lise"] == ["Duchess of Arden"]
    assert not [o for o in found["organizations"] if "Duchess" in o["name"]]


def test_bare_title_two_people_may_hold_names_nobody() -> None:
    """'the Prince said' with two princes in the story is left without a speaker."""
    found = record(
        "Prince Kit and Prince Aldo visited the flooded village of Porthlow on Monday.\n\n"
        "‘The pumps must reach the lower farms by dusk,’ the Prince said."
    )
    assert found["quotes"] == [
        {"text": "The pumps must reach the lower farms by dusk", "speaker": None}
    ]


def test_things_named_after_a_title_are_no_titles() -> None:
    """A hospital, a theatre or an award named after a title is not a person's title."""
    assert spans("She was taken to the Prince of Wales Hospital in the city.") == []
    assert spans("The show moves to the Duke of York's Theatre next month.") == []
    assert spans("He won the Duke of Edinburgh Award last year.") == []
    assert spans("The Lord of the Rings was filmed there.") == []


def test_surname_before_of_is_no_title() -> None:
    """'Stephen King of Maine' is a man's name and his home, not a king's title."""
    assert spans("The novelist Stephen King of Maine wrote it.") == []


def test_a_couples_titles_are_no_one_persons() -> None:
    """'the Duke and Duchess of Arden' names two people: no one title of a place."""
    assert spans("The Duke and Duchess of Arden arrived together.") == []


def test_titles_of_a_place_in_their_forms() -> None:
    """A title of rank, 'of' and a place: with an opening word and with a place of two words."""
    assert spans("The Crown Prince of Denmark arrived.") == ["Crown Prince of Denmark"]
    assert spans("He met the King of Saudi Arabia.") == ["King of Saudi Arabia"]
    assert spans("The Duke of Arden's daughter spoke.") == ["Duke of Arden"]


def test_a_title_after_a_capitalised_the_in_a_sentence_names_a_work() -> None:
    """ "films such as The Prince of Arden" names a film; "The Duke of Arden said" is a duke."""
    assert spans("Her films include Moon Harbour and The Prince of Arden.") == []
    assert spans("She bought the rights to The Duchess of Kell, a drama.") == []
    assert spans("The Duke of Arden said he was delighted.") == ["Duke of Arden"]
