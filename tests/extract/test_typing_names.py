"""People's names without the writer's word for their trade, and first names that are months."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.lexicon import initials


def _people(nlp: Language, text: str) -> list[str]:
    return [e.name for e in extract_entities(nlp(text)) if e.kind == "person"]


def test_a_trade_opening_a_sentence_is_no_part_of_the_name(nlp: Language) -> None:
    """ "Guitarist Rory Dallin left": a common noun for a person, then a full name."""
    people = _people(nlp, "Guitarist Rory Dallin left the band on Friday after ten years.")
    assert people == ["Rory Dallin"]


def test_a_given_name_that_is_also_a_trade_stays(nlp: Language) -> None:
    """ "Hunter Max Tolland" opening a sentence is a name of three words."""
    people = _people(nlp, "Hunter Max Tolland said the deal was done on Monday.")
    assert people == ["Hunter Max Tolland"]


def test_a_police_rank_before_a_name_is_a_title(nlp: Language) -> None:
    """ "Police Superintendent Emma Rayle" is Emma Rayle; the rank is her role."""
    people = _people(nlp, "Police Superintendent Emma Rayle said officers were called at 2am.")
    assert people == ["Emma Rayle"]


def test_a_month_read_as_a_date_is_a_womans_first_name(nlp: Language) -> None:
    """ "His sister April Dorne" and "June Marlow said" name women, whole."""
    people = _people(
        nlp,
        "His sister April Dorne, 36, said she was shocked. "
        "June Marlow said the plan would fail within a year.",
    )
    assert "April Dorne" in people and "June Marlow" in people
    assert "Dorne" not in people


def test_a_month_after_a_preposition_stays_a_date(nlp: Language) -> None:
    """ "In June Parliament voted", "last April Jo Ames quit": the month is a date."""
    people = _people(
        nlp, "In June Parliament voted against the plan. Last April Jo Ames quit the firm."
    )
    assert not any(name.startswith(("June", "April")) for name in people)


def test_initials_leave_out_linking_words() -> None:
    """ "Bank of Selby Trust" spells "BST"; each word gives its first letter as written."""
    assert initials(["Bank", "of", "Selby", "Trust"]) == "BST"
    assert initials(["Selby", "rail", "Board", "and", "Co"]) == "SrBC"


def test_every_name_of_a_line_up_is_a_person(nlp: Language) -> None:
    """A side listed as surnames after a colon: the unknown ones are team-mates too."""
    text = (
        "Manager Tom Rudge named his side on Friday. Carl Wren and Owen Tully start at the "
        "back, with Dean Pike and Liam Marsh up front. The side is as follows: Lark, Wren, "
        "Fenwick, Tully, Holt, Brannigan, Cole, Marsh, Pike."
    )
    people = _people(nlp, text)
    assert {"Lark", "Fenwick", "Holt", "Brannigan", "Cole"} <= set(people)
    assert "Wren" not in people  # Carl Wren's surname, not a person of its own


def test_a_list_of_places_after_a_colon_stays_places(nlp: Language) -> None:
    """ "Exports went to: France, Germany, ..." names no one: no surnames among them."""
    assert _people(nlp, "Exports went to: France, Germany, Italy, Spain and Ireland.") == []


def test_a_name_read_across_a_comma_is_the_name_after_it(nlp: Language) -> None:
    """ "Posting the video on Facebook, Dalby said": the clause before the comma is not the name."""
    # Dalby is the reporter named before.
    text = (
        "CNN's Oliver Dalby was on the flight. Posting the video on Facebook, Dalby said "
        "that the pilots were calm."
    )
    people = {e.name: e.aliases for e in extract_entities(nlp(text)) if e.kind == "person"}
    assert people == {"Oliver Dalby": ["Dalby"]}
