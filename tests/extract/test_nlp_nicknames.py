"""A name with a quoted nickname inside it is one person's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from generator.extract.mentions import writings


def _people(nlp: Language, text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in extract_entities(nlp(text)) if e.kind == PERSON}


@pytest.mark.parametrize(
    ("opening", "closing"), [("\u2018", "\u2019"), ("'", "'"), ('"', '"'), ("\u201c", "\u201d")]
)
def test_a_quoted_nickname_between_given_name_and_surname(
    nlp: Language, opening: str, closing: str
) -> None:
    """ "Tomas ‘Tito’ Arroyo-Vance" in every kind of mark: one person, written whole."""
    name = f"Tomas {opening}Tito{closing} Arroyo-Vance"
    people = _people(nlp, f"{name}, 15, was chased and stabbed outside a corner shop.")
    assert list(people) == [name]


def test_a_nickname_of_several_words(nlp: Language) -> None:
    """ "Boxer Ricky ‘The Hammer’ Dunmore": the model cut the name at the marks."""
    people = _people(nlp, "Boxer Ricky \u2018The Hammer\u2019 Dunmore said he would retire.")
    assert list(people) == ["Ricky \u2018The Hammer\u2019 Dunmore"]


def test_a_part_of_a_hyphened_surname_is_no_other_persons(nlp: Language) -> None:
    """ "Arroyo-Vance" later in the story is not a mention of "Marisol Vance"."""
    text = (
        "Tomas \u2018Tito\u2019 Arroyo-Vance, 15, was chased and stabbed outside a corner"
        " shop in the Bronx in 2018.\n\nMonths later, three men were convicted over the attack"
        " after the boy\u2019s aunt Marisol Vance told a jury: \u2018Our family lost"
        " everything that night.\u2019\n\nArroyo-Vance had wanted to join the police."
    )
    assert _people(nlp, text)["Marisol Vance"] == []


def test_names_with_nicknames_run_together_are_read_once(nlp: Language) -> None:
    """ "Ann ‘Jo’ Bell ‘Bo’ Carr": two readings share "Bell"; the first is kept, no error."""
    doc = nlp("Ann \u2018Jo\u2019 Bell \u2018Bo\u2019 Carr won the race.")
    assert next(e.text for e in doc.ents if e.label_ == "PERSON") == "Ann \u2018Jo\u2019 Bell"


def test_a_writing_inside_a_hyphened_name_is_not_the_name(nlp: Language) -> None:
    """ "Vance" is written in "post-Vance" and "Vance-led", not in "Arroyo-Vance"."""
    doc = nlp("Arroyo-Vance spoke. The post-Vance era began. A Vance-led group met. Vance left.")
    found = writings(doc, ("Vance",))
    assert [doc[s.start - 1].text for s in found] == ["-", "A", "."]


def test_a_quoted_title_after_a_name_is_no_nickname(nlp: Language) -> None:
    """ "Lou Reedman 'Big Sky' paintings": the quote opens after the name, which ends there."""
    people = _people(nlp, "Artist Lou Reedman 'Big Sky' paintings sold well at the fair.")
    assert list(people) == ["Lou Reedman"]


def test_the_nickname_written_alone_is_the_same_person(nlp: Language) -> None:
    """'Tomas ‘Tito’ Arroyo-Vance ... Tito, who lives nearby,': one person, 'Tito' an alias."""
    text = (
        "Tomas \u2018Tito\u2019 Arroyo-Vance, 15, was chased outside a corner shop."
        " Tito, who lives nearby, was not badly hurt."
    )
    people = _people(nlp, text)
    assert list(people) == ["Tomas \u2018Tito\u2019 Arroyo-Vance"]
    assert "Tito" in people["Tomas \u2018Tito\u2019 Arroyo-Vance"]
