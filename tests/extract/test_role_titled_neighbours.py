"""A title set off after a name that goes on to title the next name belongs to that name."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_title_before_the_next_name_in_a_list_is_not_an_appositive(nlp: Language) -> None:
    """ "where Stanton, Democratic nominee Joe Pellman, and ...": the title is Pellman's."""
    text = (
        "Mark Stanton faced his rival on Tuesday.\n\n"
        "It was one of many chaotic moments in the debate where Stanton, Democratic nominee"
        " Joe Pellman, and moderator Chris Vantree shouted over one another."
    )
    roles = roles_in(nlp, text)
    assert roles["Mark Stanton"] is None
    assert roles["Joe Pellman"] == "Democratic nominee"


def test_an_appositive_followed_by_a_verb_stays(nlp: Language) -> None:
    """ "Mark Stanton, the party's nominee, told ...": a title set off alone is his."""
    text = "Mark Stanton, the party's nominee, told voters the race was close."
    assert roles_in(nlp, text)["Mark Stanton"] == "party's nominee"
