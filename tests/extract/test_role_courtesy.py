"""Courtesy titles and occasions before a name are no role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_peers_style_is_no_role(nlp: Language) -> None:
    """ "Baroness Mercer of Dunholme" set off after "Ann Mercer" is her style, not a role."""
    text = "Ann Mercer, Baroness Mercer of Dunholme, chaired the panel for six years."
    assert roles_in(nlp, text)["Ann Mercer"] is None


def test_first_time_before_a_title(nlp: Language) -> None:
    """ "the first time Captain Rolf Amsel": "first time" says when, the title is "Captain"."""
    text = "That was the first time Captain Rolf Amsel had been seen in public."
    assert roles_in(nlp, text)["Rolf Amsel"] == "Captain"
