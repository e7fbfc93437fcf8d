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
