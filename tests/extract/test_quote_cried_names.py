"""An outcry's words set between a determiner and the noun they name ("the ‘Save Our
Pier!’ campaign") are the name of a thing, not a quotation (`quote_names`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_cried_title_before_its_noun_is_a_name() -> None:
    """The club's ‘Save Our Pier!’ campaign: no quote; Vell's words still are one."""
    text = (
        "The club's ‘Save Our Pier!’ campaign was launched in Tarnby last spring. "
        "‘We will not let the council sell it,’ said organiser Ruth Vell."
    )
    assert [t for t, _ in speakers(text)] == ["We will not let the council sell it"]


def test_a_question_title_before_its_noun_is_a_name() -> None:
    """A ‘Who Pays Now?’ leaflet: a question in title case naming a leaflet, no quote."""
    text = (
        "Residents of Orbury found a ‘Who Pays Now?’ leaflet on their doormats on Monday. "
        "Councillor Ben Hask said: ‘Nobody in this office wrote it.’"
    )
    assert [t for t, _ in speakers(text)] == ["Nobody in this office wrote it."]


def test_a_cried_title_case_outcry_is_still_a_quote() -> None:
    """‘Save Our Pier Now!’ shouted ...: no noun after the mark, an outcry is kept."""
    text = "‘Save Our Pier Now!’ shouted Ruth Vell as the councillors left the hall."
    assert [t for t, _ in speakers(text)] == ["Save Our Pier Now!"]
