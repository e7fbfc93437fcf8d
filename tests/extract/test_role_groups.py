"""A name listed under a plural noun for people ("pilots, including Jo Roe") is one of them."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_including_gives_each_listed_name_the_group(nlp: Language) -> None:
    """Each name after "including" is one of the group, in the singular."""
    roles = roles_in(nlp, "Three harbour pilots, including Tom Ames and Ian Vell, were fined.")
    assert roles["Tom Ames"] == "harbour pilot"
    assert roles["Ian Vell"] == "harbour pilot"


def test_such_as_gives_the_group(nlp: Language) -> None:
    """A name after "such as" is one of the plural noun before it."""
    roles = roles_in(nlp, "Tributes came from politicians such as Tom Ames.")
    assert roles["Tom Ames"] == "politician"


def test_counting_words_are_left_out(nlp: Language) -> None:
    """ "Several" counts the group's members and is no part of the role."""
    text = "Several members of the public, including Ann Vell, complained."
    assert roles_in(nlp, text)["Ann Vell"] == "member of the public"


def test_group_joins_the_title_before_the_name(nlp: Language) -> None:
    """A title before the name stays, with the group as a second description."""
    text = "Ferry pilots such as her then partner Tom Ames were fined last year."
    assert roles_in(nlp, text)["Tom Ames"] == "then partner, Ferry pilot"


def test_no_group_of_things_or_a_count(nlp: Language) -> None:
    """A list under a count of people or a thing gives no role."""
    roles = roles_in(nlp, "Hundreds of fans, including Tom Ames, queued at the gates.")
    assert roles["Tom Ames"] is None
    roles = roles_in(nlp, "The blast killed five people, including Tom Ames.")
    assert roles["Tom Ames"] is None
