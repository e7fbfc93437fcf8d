"""A bishop's graded style is how he is addressed, no role, wherever the model puts it."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_grade_run_into_the_name_leaves_no_reverend(nlp: Language) -> None:
    """ "The Rt Rev Jo Ames, Bishop of Tarn": the post, not "Reverend" beside it."""
    text = "The Rt Rev Anna Treloar, Bishop of Wexmoor, said the church would help."
    assert roles_in(nlp, text)["Anna Treloar"] == "Bishop of Wexmoor"
