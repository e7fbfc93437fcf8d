"""A double surname written with a hyphen and with a space is one person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities


def _people(nlp: Language, text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in extract_entities(nlp(text)) if e.kind == PERSON}


def test_the_surname_without_its_hyphen_is_the_same_person(nlp: Language) -> None:
    """ "Prof Marr Denby" after "Prof Hollis Marr-Denby" is an alias of her, not a new person."""
    text = (
        "Prof Hollis Marr-Denby spoke at the lab in Tarnford on Monday."
        " The work took years, Prof Marr Denby said."
    )
    assert _people(nlp, text) == {"Hollis Marr-Denby": ["Marr Denby"]}


def test_the_full_name_without_its_hyphen_is_the_same_person(nlp: Language) -> None:
    """ "Robert Kell Arden" in a reader's line is the "Robert Kell-Arden" of the story."""
    text = (
        "Former minister Robert Kell-Arden quit the party on Friday. Mr Kell-Arden said he"
        " was tired. One voter wrote: Robert Kell Arden is not a team player."
    )
    assert list(_people(nlp, text)) == ["Robert Kell-Arden"]


def test_the_first_part_of_a_double_surname_alone_is_the_same_person(nlp: Language) -> None:
    """ "Kell" after "Robert Kell-Arden" is his shortened surname, not a new person."""
    text = (
        "Former chat show host Robert Kell-Arden launched a new party on Monday in Dornwick.\n\n"
        "Mr Kell-Arden said the party would stand in most seats at the next election.\n\n"
        "Voters like Kell because he speaks plainly, said one rival."
        " Kell is a gifted speaker and a shrewd campaigner."
    )
    assert list(_people(nlp, text)) == ["Robert Kell-Arden"]


def test_a_first_part_two_double_surnames_share_stays_apart(nlp: Language) -> None:
    """ "Kell" beside both "Kell-Arden" and "Kell-Morrow" is neither one's shortening."""
    text = (
        "Robert Kell-Arden and Maria Kell-Morrow launched a new party on Monday in Dornwick.\n\n"
        "Voters like Kell because he speaks plainly, said one rival."
        " Kell is a gifted speaker and a shrewd campaigner."
    )
    people = _people(nlp, text)
    assert "Kell" not in people.get("Robert Kell-Arden", [])
    assert "Kell" not in people.get("Maria Kell-Morrow", [])
