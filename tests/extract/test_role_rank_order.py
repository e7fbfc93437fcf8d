"""A rank written after a job in lower case ("spokesman Sergeant Tom Dale") comes first in
the role, the job after it."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_rank_after_a_job_leads_the_role(nlp: Language) -> None:
    """ "Atlanta police spokesman Sergeant Tom Dale" is a sergeant, the police spokesman."""
    text = "Atlanta police spokesman Sergeant Tom Dale said officers had been injured."
    assert roles_in(nlp, text)["Tom Dale"] == "Sergeant, Atlanta police spokesman"


def test_an_office_of_capitals_stays_one_title(nlp: Language) -> None:
    """ "Deputy Chief Constable Jo Ames" is one office: no job in lower case before the rank."""
    text = "Deputy Chief Constable Jo Ames said the roads would close."
    assert roles_in(nlp, text)["Jo Ames"] == "Deputy Chief Constable"


def test_an_office_after_its_qualifier_is_no_rank(nlp: Language) -> None:
    """ "shadow Chancellor Jo Ames" is one office: "Chancellor" is no rank to put first."""
    text = "The shadow Chancellor Jo Ames said the tax rise would hurt savers."
    assert roles_in(nlp, text)["Jo Ames"] == "shadow Chancellor"
