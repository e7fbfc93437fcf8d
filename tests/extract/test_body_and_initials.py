"""A body's name across "and" whose initials the story writes, read whole."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_organizations


def test_initials_of_the_whole_join_a_word_read_apart_before_and(nlp: Language) -> None:
    """'Pilot' read as a body, then 'and Harbour Records Office', and 'PHRO': one body."""
    text = (
        "Clerks at the Pilot and Harbour Records Office were sent home on Friday. "
        "A PHRO spokeswoman said the counter would reopen soon."
    )
    labels = [("Pilot", "ORG"), ("Harbour Records Office", "ORG"), ("PHRO", "ORG")]
    found = labelled_organizations(nlp, text, labels)
    assert found == {"Pilot and Harbour Records Office": ["PHRO"]}


def test_an_agency_named_on_an_adjective_is_no_leader_term(nlp: Language) -> None:
    """'Federal Canal Administration' after 'and' is an agency, not a leader 'Federal Canal'."""
    text = (
        "Dunmore wrote to the Tarn Port Authority and Federal Canal Administration in June. "
        "The FCA has not replied."
    )
    labels = [
        ("Tarn Port Authority", "ORG"),
        ("Federal Canal Administration", "ORG"),
        ("FCA", "ORG"),
    ]
    found = labelled_organizations(nlp, text, labels)
    assert found["Federal Canal Administration"] == ["FCA"]
