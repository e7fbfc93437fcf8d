"""An organisation that owns a name with a courtesy title: "Labour's Dr Ann Roke"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_owner_before_a_courtesy_title(nlp: Language) -> None:
    """ "Labour's Dr Ann Roke": "Dr" between owner and name leaves her of Labour."""
    text = "He was asked by Labour’s Dr Ann Roke about the bridge at Tarland."
    assert roles_in(nlp, text)["Ann Roke"] == "of Labour"
