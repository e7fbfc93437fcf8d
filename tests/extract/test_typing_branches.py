"""A body's branch named after a country or nation is one organization, not a body and a place."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_typing_untagged_firms import labelled_kinds

BRANCH = "Presenter Rob Tanner is leaving his morning show on Tarnvision Scotland after ten years."


def test_a_body_and_the_nation_after_it_are_one_branch(nlp: Language) -> None:
    """The model's body and its nation read as a place are one body: the branch."""
    labels = [("Rob Tanner", "PERSON"), ("Tarnvision", "ORG"), ("Scotland", "GPE")]
    kinds = labelled_kinds(nlp, BRANCH, labels)
    assert kinds.get("Tarnvision Scotland") == "organization"
    assert "Scotland" not in kinds


def test_an_untagged_nation_after_a_body_ends_its_name(nlp: Language) -> None:
    """A nation the model left outside any entity still names the branch ("Tarnvision Wales")."""
    text = "A spokeswoman for Tarnvision Wales said the show would continue."
    kinds = labelled_kinds(nlp, text, [("Tarnvision", "ORG")])
    assert kinds.get("Tarnvision Wales") == "organization"


def test_a_body_and_a_land_before_a_noun_are_no_branch(nlp: Language) -> None:
    """ "EU Norway envoy Jo Ames": the body and the land each qualify "envoy"; no "EU Norway"."""
    text = "The EU Norway envoy Jo Ames said talks would resume on Monday."
    kinds = labelled_kinds(nlp, text, [("EU", "ORG"), ("Norway", "GPE"), ("Jo Ames", "PERSON")])
    assert "EU Norway" not in kinds
