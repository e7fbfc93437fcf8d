"""A description given before "named as" a name ("The victim, named locally as Kyle Burns,")
is that person's role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_noun_named_as_someone_is_their_role(nlp: Language) -> None:
    """ "The victim, named locally as Kyle Burns, 19,": a victim, 19."""
    text = "The victim, named locally as Kyle Burns, 19, died at the scene."
    assert roles_in(nlp, text)["Kyle Burns"] == "victim, 19"
