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


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a definite description opening a later sentence, before anyone else is named
        (
            "Nora Blyth found a lump in March. She was treated at once. ‘It was a shock,’ she "
            "said. The Quality Manager from Leeds, England, said she was grateful.",
            "Nora Blyth",
            "Quality Manager from Leeds, England",
        ),
        # a description that is no office needs no age or origin
        (
            "A scan saved Jo Parfitt’s life. But the Dover mother-of-three, pictured, now worries.",
            "Jo Parfitt",
            "Dover mother-of-three",
        ),
        # after someone else is named, the description may be theirs
        (
            "Nora Blyth found a lump in March. Her friend Ada Pole drove her to hospital. "
            "The retired nurse from Leeds said it was serious.",
            "Nora Blyth",
            None,
        ),
        # a description that says "she" of itself is no man's ("Mr Ames" later)
        (
            "Tom Ames opened the new library on Monday. A pupil from Norbury read a poem at "
            "the opening. The keen young reader said she wanted more books about space. "
            "Mr Ames thanked the staff.",
            "Tom Ames",
            None,
        ),
        # ... but it may be a woman's
        (
            "Ann Vell opened the new library on Monday. A pupil from Norbury read a poem at "
            "the opening. The keen young reader said she wanted more books about space. "
            "Ms Vell thanked the staff.",
            "Ann Vell",
            "keen young reader",
        ),
        # "who is representing ..." states a job
        (
            "Lawyer Dana Fenwick, who is representing the Hale family, said the video was clear.",
            "Dana Fenwick",
            "Lawyer representing the Hale family",
        ),
        # "who is hoping for ..." does not
        (
            "Dana Fenwick, who is hoping for a quick verdict, said the video was clear.",
            "Dana Fenwick",
            None,
        ),
        # a post coordinated with a role stays, even parsed as a bare verb
        (
            "Ida Merrow, consultant surgeon and lead for the National Hip Project, said waiting "
            "lists were growing.",
            "Ida Merrow",
            "consultant surgeon and lead for the National Hip Project",
        ),
        # a tensed verb after "and" is no second post
        (
            "Ida Merrow, the head of the choir and works for the council, said she was tired.",
            "Ida Merrow",
            "head of the choir",
        ),
        # "who is a cousin of ..." states a second role
        (
            "Ada Pole, the poet who is a cousin of the town's mayor, read first.",
            "Ada Pole",
            "poet who is a cousin of the town's mayor",
        ),
        # "its chairman": the chairman of the subject the sentence is about
        (
            "The harbour board met on Monday when its chairman, Ewan Toller, resigned.",
            "Ewan Toller",
            "chairman of the harbour board",
        ),
        # "its" after a person is not theirs
        ("Ada Pole said its chairman, Ewan Toller, had resigned.", "Ewan Toller", "chairman"),
        ("The club hired former Olympian Tara Quell last spring.", "Tara Quell", "former Olympian"),
        # the speaker of a quote after the only person named is described
        (
            "Jo Marsh found the body on Friday. ‘It was awful,’ said the 45-year-old nurse.",
            "Jo Marsh",
            "45-year-old nurse",
        ),
        # ... but a bare office may be someone else
        (
            "Jo Marsh found the body on Friday. ‘It was awful,’ the prime minister said.",
            "Jo Marsh",
            None,
        ),
        # a preposition whose object the parser hung elsewhere is left out
        (
            "Mark Tully - the chief executive of Acme - said profits rose.",
            "Mark Tully",
            "chief executive",
        ),
        # a story that opens on someone not yet named describes the first one named
        (
            "A Harlem plumber hooked a bicycle in the lake on Thursday. The police came at "
            "noon. Luis Marro said he was shocked.",
            "Luis Marro",
            "Harlem plumber",
        ),
        # ... unless someone else is named in between
        (
            "A Harlem plumber hooked a bicycle in the lake on Thursday. Police said Ann Lowe "
            "called them. Luis Marro said he was shocked.",
            "Luis Marro",
            None,
        ),
        # two roles joined by "and" before one name; a hyphenated one is whole
        (
            "Mother-of-two and charity worker Jane Roe said she was delighted.",
            "Jane Roe",
            "Mother-of-two and charity worker",
        ),
        ("The prize went to mother-of-three Jane Roe on Friday.", "Jane Roe", "mother-of-three"),
        # "and" after an office is two people; an age is no part of a title
        (
            "Talks between the prime minister and Chancellor Mark Tully ended.",
            "Mark Tully",
            "Chancellor",
        ),
        (
            "Police said 18-year-old Leeds student Mark Tully was hurt.",
            "Mark Tully",
            "Leeds student",
        ),
        # "and" after a plural is two groups, not two roles
        ("Police and Acme boss Mark Tully met on Friday.", "Mark Tully", "Acme boss"),
        # an organisation someone is "from" is an affiliation, a place is not
        (
            "Professor Mark Tully, from the University of Leeds, said the data were clear.",
            "Mark Tully",
            "Professor from the University of Leeds",
        ),
        # a place someone is from is no affiliation, but their home (`role_homes`)
        ("Mark Tully, from Leeds, said the river was rising.", "Mark Tully", "from Leeds"),
        # an unnamed source ("a spokesman said") is not the one named next
        (
            "The date is a matter for the board, a club spokesman said. Mark Tully declined "
            "to comment.",
            "Mark Tully",
            None,
        ),
        # an office with a nationality may be someone else; a quoted source too
        (
            "Ann Lowe met the press in Leeds. ‘It was a fair hearing,’ the Pakistani "
            "president said.",
            "Ann Lowe",
            None,
        ),
        # a courtesy title names someone else even when the model finds no person
        (
            "Ann Lowe spoke first. Lord Marrow said the bill was bad. The former judge "
            "said it would fail.",
            "Ann Lowe",
            None,
        ),
        # "who was appointed/named/elected ..." states the post
        (
            "Mark Tully, who was appointed head of the trust in May, said the school was shut.",
            "Mark Tully",
            "head of the trust",
        ),
        ("Mark Tully, who was named in the report, said prices rose.", "Mark Tully", None),
        # a present-tense job verb states a job; a past one ("led the charge") does not
        (
            "Mark Tully, who runs a bakery in Leeds, said prices rose.",
            "Mark Tully",
            "runs a bakery in Leeds",
        ),
        ("Mark Tully, who led the charge, said prices rose.", "Mark Tully", None),
        # a post served in the past is a former one; one still served is not
        (
            "Rhea Solt, who served as lighthouse keeper until 2015, said the slipway flooded.",
            "Rhea Solt",
            "former lighthouse keeper",
        ),
        (
            "Rhea Solt, who has served as lighthouse keeper since 2015, said the slipway flooded.",
            "Rhea Solt",
            "lighthouse keeper",
        ),
        (
            "Rhea Solt, who serves as lighthouse keeper, said the slipway flooded.",
            "Rhea Solt",
            "lighthouse keeper",
        ),
    ],
)
def test_roles_beyond_the_name(nlp: Language, text: str, name: str, expected: str | None) -> None:
    """Descriptions in later sentences, jobs, coordinated posts and "its" owners."""
    assert roles_in(nlp, text)[name] == expected


def test_a_post_served_under_a_named_owner_is_former_after_the_owner(nlp: Language) -> None:
    """ "who served as Ann Vell's deputy" makes "Ann Vell's former deputy"."""
    found = roles_in(nlp, "Tom Ames, who served as Ann Vell's deputy, said the quay was safe.")
    assert found["Tom Ames"] == "Ann Vell's former deputy"


def test_an_ampersand_inside_a_title_keeps_the_whole_title(nlp: Language) -> None:
    """ "the Roads & Bridges chief Tom Ames": "&" joins the capitalised words of one title."""
    text = "Ann Vell met the Roads & Bridges chief Tom Ames on Monday. Mr Ames said it was soon."
    assert roles_in(nlp, text)["Tom Ames"] == "Roads & Bridges chief"
