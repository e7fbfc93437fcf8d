"""A name something happens during is an event's, not an organization's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_organizations


def test_a_race_read_as_a_body_is_no_organization(nlp: Language) -> None:
    """ "during the Tour of Tarnland" makes the race an event; "Dornwick Council" stays."""
    text = (
        "Dornwick Council paid for the new road. "
        "He was tested ten times during the Tour of Tarnland last summer."
    )
    spans = [("Dornwick Council", "ORG"), ("Tour of Tarnland", "ORG")]
    assert list(labelled_organizations(nlp, text, spans)) == ["Dornwick Council"]
