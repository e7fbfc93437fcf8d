"""Campaigns named by what they demand ("Keep Tarnby Green") are bodies, not people."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_name_opening_with_a_campaign_verb_is_no_person(nlp: Language) -> None:
    """ "Keep Orvell Common Green" read as a person: the demand names a campaign."""
    text = "A new group, Keep Orvell Common Green, has sent a petition to the mayor."
    kinds = person_labelled_kinds(nlp, text, ["Keep Orvell Common Green"])
    assert kinds.get("Keep Orvell Common Green") != "person"


def test_a_campaign_verb_left_out_of_the_span_still_names_a_campaign(nlp: Language) -> None:
    """ "Rescue [Tamsby Wharf]" with the verb outside the span: still no person."""
    text = "Local volunteers at Rescue Tamsby Wharf said the landlord had ignored them."
    kinds = person_labelled_kinds(nlp, text, ["Tamsby Wharf"])
    assert kinds.get("Tamsby Wharf") != "person"


def test_a_person_a_campaign_is_for_stays_a_person(nlp: Language) -> None:
    """ "Save Nadia Orbell" asks for a person: a given name keeps her a person."""
    text = "Friends started Save Nadia Orbell after she fell ill. Nadia Orbell said she was moved."
    kinds = person_labelled_kinds(nlp, text, ["Nadia Orbell", "Nadia Orbell"])
    assert kinds.get("Nadia Orbell") == "person"
