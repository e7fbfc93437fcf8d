"""A body the NER cut to its opening name does not speak as that name."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_town_police_department_is_not_the_town() -> None:
    """'the Dornwick police department said' gives the body as written, not 'Dornwick'."""
    text = (
        'Smoke rose over the old tannery late on Tuesday. "Crews were on the scene within'
        ' minutes and nobody was hurt," the Dornwick police department said in a statement.'
    )
    assert [speaker for _, speaker in speakers(text)] == ["Dornwick police department"]


def test_a_town_fire_service_before_a_colon_is_not_the_town() -> None:
    """'The Kelbury fire service said: ...' gives the body as written, not 'Kelbury'."""
    text = (
        "Two walkers were brought down from the fells on Sunday. The Kelbury fire service"
        ' said: "Both were cold and tired but otherwise unhurt."'
    )
    assert [speaker for _, speaker in speakers(text)] == ["Kelbury fire service"]
