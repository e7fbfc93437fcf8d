"""Courtesy titles read once per text: which surnames a later "Mrs Tarrant" takes up."""

from __future__ import annotations

from generator.extract.typing_untagged_people import _last_titled, _titled_later

_TEXT = (
    "Dr Pell met Orla Tarrant in Brindleford. Mrs. Tarrant and Mr Carr-Mason spoke; "
    "Ms Vell_x and Miss Holtby-Reed left, said Mrs Tarranto."
)


def test_a_title_after_the_name_takes_its_surname_up() -> None:
    """ "Orla Tarrant ... Mrs. Tarrant": a title, its stop or none, then the surname."""
    last = _last_titled(_TEXT)
    after = _TEXT.index("Orla Tarrant") + len("Orla Tarrant")
    assert _titled_later("Orla Tarrant", last, after)
    assert not _titled_later("Orla Tarranto", last, len(_TEXT))  # the title is before it


def test_a_title_before_the_name_does_not_take_it_up() -> None:
    """ "Dr Pell met ... Ivo Pell": a title only earlier in the story counts for nothing."""
    last = _last_titled(_TEXT)
    assert not _titled_later("Ivo Pell", last, _TEXT.index("Orla"))
    assert _titled_later("Ivo Pell", last, 0)


def test_a_hyphened_surname_and_its_first_part_are_both_taken_up() -> None:
    """ "Mr Carr-Mason" takes up "Carr-Mason" and "Carr"; "Vell_x" is no surname "Vell"."""
    last = _last_titled(_TEXT)
    assert {"Carr-Mason", "Carr", "Holtby-Reed", "Holtby", "Tarranto"} <= set(last)
    assert "Vell" not in last and "Reed" not in last
