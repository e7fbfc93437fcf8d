"""Desk jobs are held at firms: "analysts at X" makes X a firm whatever the model read."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_typing_untagged_firms import labelled_kinds

ANALYSTS = "Analysts at Corrow Hatherby said the move would save the airline about £30m."


def test_analysts_at_a_name_the_model_read_as_a_building_work_at_a_firm(
    nlp: Language,
) -> None:
    """ "Analysts at Corrow Hatherby said": a firm, though the model read a facility."""
    kinds = labelled_kinds(nlp, ANALYSTS, [("Corrow Hatherby", "FAC")])
    assert kinds.get("Corrow Hatherby") == "organization"


BROKER = (
    "Analysts at broker Tamsin Garrow lowered their forecasts for the canal boat builder. "
    "Tamsin Garrow expects orders to fall again in the spring."
)


def test_analysts_at_a_trade_noun_then_a_name_work_at_a_firm(nlp: Language) -> None:
    """ "Analysts at broker Tamsin Garrow": a broking firm, though "broker" may be a person."""
    kinds = labelled_kinds(nlp, BROKER, [("Tamsin Garrow", "PERSON"), ("Tamsin Garrow", "PERSON")])
    assert kinds.get("Tamsin Garrow") == "organization"


DESK_JOB = (
    '"The sandwich chain has run out of ideas," said Quillon Barr retail analyst Effie Strand. '
    "Quillon Barr expects the chain to cut prices."
)


def test_a_name_before_a_desk_job_and_its_holder_is_a_firm(nlp: Language) -> None:
    """ "Quillon Barr retail analyst Effie Strand": the analyst's firm; the analyst a person."""
    labels = [("Quillon Barr", "PERSON"), ("Effie Strand", "PERSON"), ("Quillon Barr", "PERSON")]
    kinds = labelled_kinds(nlp, DESK_JOB, labels)
    assert kinds.get("Quillon Barr") == "organization"
    assert kinds.get("Effie Strand") == "person"
