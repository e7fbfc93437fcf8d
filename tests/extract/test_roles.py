"""Roles: titles before names and appositives, as the text states them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.entities import PERSON, extract_entities
from generator.extract.role_nouns import singular
from generator.extract.roles import role_of
from tests.extract.conftest import by_name

Record = Callable[[str], dict[str, Any]]


def role(record: dict[str, Any], name: str) -> str | None:
    """The role of one person of a record."""
    value = by_name(record["people"], name)["role"]
    assert value is None or isinstance(value, str)
    return value


def test_title_before_the_name(record_of: Record) -> None:
    """ "Iraqi Foreign Minister Fuad Hussein" gives the role "Iraqi Foreign Minister"."""
    assert role(record_of("roles.txt"), "Fuad Hussein") == "Iraqi Foreign Minister"


def test_appositive_after_the_name(record_of: Record) -> None:
    """ "Hakan Fidan, Turkey's foreign minister," gives "Turkey's foreign minister"."""
    assert role(record_of("roles.txt"), "Hakan Fidan") == "Turkey's foreign minister"


def test_appositive_before_the_name(record_of: Record) -> None:
    """ "the Turkish trade minister, Omer Bolat" gives the role without the article."""
    assert role(record_of("roles.txt"), "Omer Bolat") == "Turkish trade minister"


def test_title_with_organization_and_article(record_of: Record) -> None:
    """ "the IS leader Abu Hafs al-Hashimi" gives "IS leader"."""
    assert role(record_of("roles.txt"), "Abu Hafs al-Hashimi") == "IS leader"


def test_possessive_pronoun_is_not_part_of_the_role(record_of: Record) -> None:
    """ "his Syrian counterpart, Nidal Shaar", no person named before: "Syrian counterpart"."""
    assert role(record_of("roles.txt"), "Nidal Shaar") == "Syrian counterpart"


def test_no_role_when_the_text_states_none(record_of: Record) -> None:
    """A person named without a title or appositive has role None."""
    assert role(record_of("merging.txt"), "Asaad al-Shaibani") is None


def test_relative_clause_is_not_a_role(record_of: Record) -> None:
    """ "Sara Okafor, who took office in May," keeps the title before the name only."""
    assert role(record_of("quotes_curly.txt"), "Sara Okafor") == "Health Minister"


def roles_in(nlp: Language, text: str) -> dict[str, str | None]:
    """Each person of a text with the role read for them."""
    return roles_of(nlp(text))


def roles_of(doc: Doc) -> dict[str, str | None]:
    """Each person of a parsed text with the role read for them."""
    return {e.name: role_of(e) for e in extract_entities(doc) if e.kind == PERSON}


STYLES = "roles_styles.txt"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # coordinated roles in one appositive; the second role's article dropped
        ("Marta Quillan", "chief executive of Dunmore Ferries and former harbour pilot"),
        # "Sen." written in full, with the party and state of "(D-Mass.)" written out
        ("Oren Castell", "Democratic Senator from Massachusetts"),
        # a title before the name joined with "who is the commander of ..."
        ("Brenna Vost", "Lieutenant Colonel, commander of the coastal station"),
        # "Last night" is not part of the title before the name
        ("Callum Reddie", "Scottish Green transport spokesman"),
        ("Pieter Ashgrove", "of the Kelvin Maritime Institute"),
        # British dotless abbreviations
        ("Ailsa Marron", "Detective Superintendent"),
        # "her deputy": the pronoun stands for the subject of its clause, who is named
        ("Tomas Ferrand", "Quillan's deputy, finance director of Dunmore Ferries"),
        # a reverse appositive the parser attached elsewhere; the age after the name is kept
        ("Hugh Dallow", "ferry's longest-serving captain, 61"),
        # "The former harbour master said" right after the only person named
        ("Felix Harrow", "former harbour master"),
        ("Ewan Dallow", "brother"),
        # a plural title before two names is each one's
        ("Rory Pike", "fellow skipper"),
        ("Sean Pike", "fellow skipper"),
    ],
)
def test_roles_in_news_styles(record_of: Record, name: str, expected: str) -> None:
    """Each way news copy states a role gives the role as written, in full."""
    assert role(record_of(STYLES), name) == expected


def test_full_name_role_beats_a_surname_one(record_of: Record) -> None:
    """ "her deputy, Tomas Ferrand" leads; a later "Ferrand is the finance director" is second."""
    # A bare surname adds its description second, as no other Ferrand is named.
    assert role(record_of(STYLES), "Tomas Ferrand") == (
        "Quillan's deputy, finance director of Dunmore Ferries"
    )


def test_copula_states_a_role(nlp: Language) -> None:
    """ "Paul Renner is the chief economist at Vantor Bank" gives that role."""
    found = roles_in(nlp, "Paul Renner is the chief economist at Vantor Bank.")
    assert found["Paul Renner"] == "chief economist at Vantor Bank"


def test_a_copula_with_no_says_what_someone_is_not(nlp: Language) -> None:
    """ "Tova Linden is no expert on boats" gives her no role."""
    text = "Tova Linden is no expert on boats, though she has lived by the sea all her life."
    found = roles_in(nlp, text)
    assert found["Tova Linden"] is None


def test_a_copula_inside_a_quotation_states_no_role(nlp: Language) -> None:
    """ "According to his cook, Ilse Marr, Duke Oren ‘was a patient host’": Marr gets no role."""
    # The quoted words are someone else's, about someone else.
    text = (
        "According to his cook, Ilse Marr, Duke Oren ‘was a patient host. "
        "He never hurried a guest.’"
    )
    found = roles_in(nlp, text)
    assert found["Ilse Marr"] is None


def test_a_title_of_the_next_name_is_no_appositive(nlp: Language) -> None:
    """ "Martin Colby, 52 and his teenage daughter Wren": "daughter" is Wren's title, not his."""
    # Martin Colby's role is the one stated of him later.
    text = (
        "Martin Colby, 52 and his teenage daughter Wren were first through the gate. "
        "Mr Colby, a surveyor, said the wait had been worth it."
    )
    found = roles_in(nlp, text)
    assert found["Martin Colby"] == "surveyor, 52"


def test_a_quoted_epithet_after_a_name_is_no_role(nlp: Language) -> None:
    """ "toasted Martin Colby ‘the last captain’ of the old fleet": a quoted epithet is no role."""
    # Words in quotation marks that someone gave him, not the text's statement of who he is.
    text = "At the dinner Ada Voss toasted Martin Colby ‘the last captain’ of the old fleet."
    found = roles_in(nlp, text)
    assert found["Martin Colby"] is None


def test_generic_head_keeps_its_clause(nlp: Language) -> None:
    """ "the man who built the pier" says who someone is only with its clause."""
    found = roles_in(nlp, "We met Bram Tolliver, the man who built the pier, on a cold morning.")
    assert found["Bram Tolliver"] == "man who built the pier"


def test_noun_of_another_clause_is_no_title(nlp: Language) -> None:
    """ "After meeting the minister, Carla Ruiz said" gives Carla Ruiz no role."""
    found = roles_in(nlp, "After meeting the minister, Carla Ruiz said she was hopeful.")
    assert found["Carla Ruiz"] is None


def test_plain_former_title_is_not_someone_else(nlp: Language) -> None:
    """ "The prime minister said" after naming Ruiz may be another person: no role."""
    text = "Carla Ruiz spoke at the rally in Leeds. The prime minister said the plan would work."
    assert roles_in(nlp, text)["Carla Ruiz"] is None


@pytest.mark.parametrize(
    ("plural", "single"),
    [("cricketers", "cricketer"), ("deputies", "deputy"), ("chairmen", "chairman")],
)
def test_singular(plural: str, single: str) -> None:
    """A plural title is written for one person."""
    assert singular(plural) == single


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Jane Doe, who works as a nurse at St Mary's Hospital, said the wards were full.",
            "Jane Doe",
            "nurse at St Mary's Hospital",
        ),
        ("Sens. John Roe and Ann Bell voted no on Friday.", "John Roe", "Senator"),
        (
            "Stuart Vale, chief executive since 2011, said profits rose.",
            "Stuart Vale",
            "chief executive",
        ),
        ("Roman Pell, whose wife and daughter live in Perth, was detained.", "Roman Pell", None),
    ],
)
def test_role_phrase_edges(nlp: Language, text: str, name: str, expected: str | None) -> None:
    """A relative "works as" states a role; dates, clauses and split dots do not leak in."""
    assert roles_in(nlp, text)[name] == expected


def test_named_owner_stays_in_the_role(nlp: Language) -> None:
    """ "Nash's lawyer, Emma Boyd," keeps the owner; "his wife, Jo Nash," does not guess one."""
    found = roles_in(nlp, "Nash's lawyer, Emma Boyd, said the claim was false.")
    assert found["Emma Boyd"] == "Nash's lawyer"
    found = roles_in(nlp, "Carl Webb said Tom Ruiz had insulted his wife, Jo Webb, on air.")
    assert found["Jo Webb"] == "wife"


def test_sentence_end_is_no_title(nlp: Language) -> None:
    """ "... said a campaign aide. Dan Ober, her rival," does not take "aide" as a title."""
    text = "The visit was put off, said a campaign aide. Dan Ober, her rival, welcomed it."
    assert roles_in(nlp, text)["Dan Ober"] == "rival"


def test_heading_in_another_paragraph_is_no_appositive(nlp: Language) -> None:
    """A heading line after a name ("THE SOLDIER") is not that person's role."""
    text = "Gen. Robert Vane\n\nTHE SOLDIER\n\nA farmer's son, Robert Vane joined the army young."
    assert roles_in(nlp, text)["Robert Vane"] != "SOLDIER"


def test_became_and_nationality_nouns(nlp: Language) -> None:
    """ "became chief executive" states a role, and so does "a proud Irishman"."""
    assert roles_in(nlp, "Tom Reed became chief executive of Acme in 2010.") == {
        "Tom Reed": "chief executive of Acme"
    }
    assert roles_in(nlp, "Ken Harlow, a proud Irishman, agreed.") == {
        "Ken Harlow": "proud Irishman"
    }


def test_a_post_served_under_a_named_owner_is_former_after_the_owner(nlp: Language) -> None:
    """ "who served as Ann Vell's deputy" makes "Ann Vell's former deputy"."""
    found = roles_in(nlp, "Tom Ames, who served as Ann Vell's deputy, said the quay was safe.")
    assert found["Tom Ames"] == "Ann Vell's former deputy"


def test_an_ampersand_inside_a_title_keeps_the_whole_title(nlp: Language) -> None:
    """ "the Roads & Bridges chief Tom Ames": "&" joins the capitalised words of one title."""
    text = "Ann Vell met the Roads & Bridges chief Tom Ames on Monday. Mr Ames said it was soon."
    assert roles_in(nlp, text)["Tom Ames"] == "Roads & Bridges chief"
