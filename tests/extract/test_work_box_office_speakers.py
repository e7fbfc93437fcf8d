"""Who says a film topped the box office is no film: the reported clause is not the speaker's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_the_speaker_of_a_box_office_report_stays_a_person(nlp: Language) -> None:
    """ "Kelso Vane topped the box office, taking $20m, said Tamsyn Tolling": she is a person."""
    text = (
        "Kelso Vane topped the US box office for a second week, taking $20m, said Tamsyn Tolling."
    )
    assert entity_kinds(nlp, text).get("Tamsyn Tolling") == "person"
