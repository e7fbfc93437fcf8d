"""Roles beyond the plain appositive: offices with "of", ranks, photo marks, dashes,
posts given by verbs, lists, owning organisations and later sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import labelled
from tests.extract.test_roles import roles_in, roles_of


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an office with "of" or "for" before the name, with what qualifies it
        (
            "Archbishop of Canterbury Adam Pike said prayers.",
            "Adam Pike",
            "Archbishop of Canterbury",
        ),
        ("US Secretary of State Adam Pike met the king.", "Adam Pike", "US Secretary of State"),
        ("Minister for Health Daniel Frost said so.", "Daniel Frost", "Minister for Health"),
        # a rank or title the model tagged as a name
        (
            "Chief Constable Daniel Frost said officers were deployed.",
            "Daniel Frost",
            "Chief Constable",
        ),
        ("Daniel Frost, the Duke of Wessex, said so.", "Daniel Frost", "Duke of Wessex"),
        # photo marks between the name and its appositive
        (
            "Daniel Frost, pictured, the party's deputy leader, said so.",
            "Daniel Frost",
            "party's deputy leader",
        ),
        (
            "Daniel Frost (pictured), chairman of the Acme Trust, said so.",
            "Daniel Frost",
            "chairman of the Acme Trust",
        ),
        # an appositive between dashes
        (
            "At the hearing Lord Fenwick - a retired harbour judge - asked for a recess.",
            "Lord Fenwick",
            "retired harbour judge",
        ),
        # a post given by an appointing verb, with or without "as"
        ("The Tigers named Gary Lund as their new coach on Monday.", "Gary Lund", "new coach"),
        ("The board appointed Gary Lund chief executive in May.", "Gary Lund", "chief executive"),
        # a job stated by where or for whom someone works or plays
        ("Carl Rook, who plays for Leeds, scored twice.", "Carl Rook", "plays for Leeds"),
        ("Ann Lee, who works for the council, said no.", "Ann Lee", "works for the council"),
        # "first lady" is no courtesy title, an ordinal word may open a title, and
        # the object of a word before the title is not part of it
        ("He dined with first lady Laura Vine after the vote.", "Laura Vine", "first lady"),
        ("First Minister Moira Dunn said no.", "Moira Dunn", "First Minister"),
        ("During the hearing Vice President Dick Orme took over.", "Dick Orme", "Vice President"),
        # an appositive before the name that the parser tied to the last noun
        (
            "Later a spokesman for the county attorney's office in Tarland, Paul Vey, agreed.",
            "Paul Vey",
            "spokesman for the county attorney's office in Tarland",
        ),
        (
            "The mother of a boy from Leeds, Jane Roe, said no.",
            "Jane Roe",
            "mother of a boy from Leeds",
        ),
        # a plural title before a list of names is each one's
        (
            "Among them were senior cabinet members Dan Ruse, Oliver Lent and Tim Yoe.",
            "Tim Yoe",
            "senior cabinet member",
        ),
        # an organisation that owns the name, or that someone speaks for
        ("The BBC's Paul Rennard says the talks will be brief.", "Paul Rennard", "of the BBC"),
        (
            "Mark Otten, for the Liberal Democrats, said the vote was close.",
            "Mark Otten",
            "for the Liberal Democrats",
        ),
        # a group the model did not label, named after "of"
        ("Jane Roe of Clean Water Now said no.", "Jane Roe", "of Clean Water Now"),
        # the noun a name is given to
        ("Among the crew was a young nurse called Ada Voss.", "Ada Voss", "young nurse"),
        # "called" hung from the noun whose phrase holds the one named ("assistance")
        (
            "Their roof was mended with the assistance of one Polish roofer called Marco Beltrani.",
            "Marco Beltrani",
            "Polish roofer",
        ),
        # "she" or "he" said to be one, before anyone else is named
        (
            "Margaret Hill was robbed on Friday. She is a retired nurse.",
            "Margaret Hill",
            "retired nurse",
        ),
        ("Tom Reed grew up in Hull. He worked as a docker for years.", "Tom Reed", "docker"),
        # a later mention by surname says what the person does
        (
            "Margaret Hill was robbed. Hill works as a cleaner at the hospital.",
            "Margaret Hill",
            "cleaner",
        ),
        # a body's kind in lower case before its name, and an organisation after "at"
        (
            "'This is an attack on drivers,' said Tom Ames of the campaign group Fair Roads.",
            "Tom Ames",
            "of the campaign group Fair Roads",
        ),
        # a body's name whose later words the model left unlabelled
        (
            "The letter was signed by Ann Vell of lobby group Fed Up Mums.",
            "Ann Vell",
            "of lobby group Fed Up Mums",
        ),
        (
            "Tom Ames at Norport Women's Hospital, said: 'We will lift the rules.'",
            "Tom Ames",
            "at Norport Women's Hospital",
        ),
    ],
)
def test_roles_the_parse_misses(nlp: Language, text: str, name: str, expected: str) -> None:
    """Each of these ways of stating a role gives the role as written."""
    assert roles_in(nlp, text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Daniel Frost - who was there - said so.", "Daniel Frost"),
        ("Daniel Frost, pictured, in London last week.", "Daniel Frost"),
        ("Daniel Frost, pictured, the day after the vote.", "Daniel Frost"),
        ("The club made Gary Lund an offer.", "Gary Lund"),
        ("Ann Lee, who works in Leeds, said no.", "Ann Lee"),
        ("A man named John Smith was arrested.", "John Smith"),
        ("Jane Roe of Leeds said no.", "Jane Roe"),
        ("We met Jane Roe at Norport Women's Hospital's cafe.", "Jane Roe"),
        ("Tom Reed grew up in Hull. He is not a docker.", "Tom Reed"),
    ],
)
def test_set_off_phrase_that_is_no_role(nlp: Language, text: str, name: str) -> None:
    """A clause, place, time, thing given or workplace set off by a photo mark or dash: no role."""
    assert roles_in(nlp, text)[name] is None


def test_a_possessive_inside_a_body_s_name_gives_no_affiliation(nlp: Language) -> None:
    """ "Hollis Greer's Frankie" read as one body: the character is not "of Hollis Greer"."""
    text = "The new neighbour is Hollis Greer's Frankie, who lives to annoy. Frankie moves out."
    labels = [("Hollis Greer's Frankie", "ORG"), ("Frankie", "PERSON")]
    roles = roles_of(labelled(nlp, text, labels))
    assert "Frankie" in roles
    assert "of Hollis Greer" not in (roles["Frankie"] or "")
