"""A copula inside someone's opinion or inside a noun's content clause is no role the
writer states (`role_verbs.asserted`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_belief_gives_no_role(nlp: Language) -> None:
    """She believed Dale Ranford was a crook: the believer's view, not a role."""
    text = "She privately believed the ‘Leeds-born’ Dale Ranford was a crook, and told friends so."
    assert roles_in(nlp, text)["Dale Ranford"] is None


def test_a_content_clause_of_a_noun_gives_no_role(nlp: Language) -> None:
    """no charge (so far) that Mr Hollis is a bigot: the clause is the charge's content."""
    text = "Critics grumbled, but there is no charge (so far) that Mr Hollis himself is a bigot."
    assert roles_in(nlp, text)["Hollis"] is None


def test_what_police_said_someone_was_stays_a_role(nlp: Language) -> None:
    """Police said Dale Ranford was a teacher: a report of who he is."""
    text = "Police said Dale Ranford was a teacher at the local school."
    assert roles_in(nlp, text)["Dale Ranford"] == "teacher at the local school"
