"""The person a story's lede is about, named by an office of one holder later on (as an
object or owner too), has that office as their role when the evidence leaves no one else."""

from __future__ import annotations

from typing import Any

from generator.extract import extract
from generator.seeds import Seed

LEDE = "Orla Penhallow is to scrap tolls on every bridge in Wessmark from next spring."
BETWEEN = "Hauliers have queued for hours at the Kettering Vale crossing since June."


def _people(*paragraphs: str) -> dict[str, Any]:
    record = extract([Seed("ledes.txt", "0" * 64, "Bridge tolls to go", paragraphs)])[0]
    return {p["name"]: p["role"] for p in record["people"]}


def test_office_as_an_object_is_the_lede_subjects_role() -> None:
    """ "Orla Penhallow is to scrap ... / Hauliers told the premier ...": she is the premier."""
    people = _people(
        LEDE,
        BETWEEN,
        "Hauliers told the premier on Monday that the tolls had cost them dear.",
        "The premier's plan will cost the treasury nine million crowns a year.",
    )
    assert people["Orla Penhallow"] == "premier"


def test_two_offices_of_one_holder_leave_the_role_empty() -> None:
    """ "... told the premier ... the chancellor warned": which is she? Neither is read."""
    people = _people(
        LEDE,
        BETWEEN,
        "Hauliers told the premier on Monday that the tolls had cost them dear.",
        "The chancellor warned that the treasury would lose nine million crowns a year.",
    )
    assert people["Orla Penhallow"] is None


def test_office_beside_another_name_is_not_read() -> None:
    """ "Tamsin Greer urged the premier": the premier may be anyone the story names."""
    people = _people(
        LEDE,
        BETWEEN,
        "Tamsin Greer, who runs a haulage firm, urged the premier to act before winter.",
    )
    assert people["Orla Penhallow"] is None


def test_lede_about_two_people_is_not_read() -> None:
    """ "Orla Penhallow and Bram Kessel are to scrap ... / told the premier": either one."""
    people = _people(
        "Orla Penhallow and Bram Kessel are to scrap tolls on every bridge in Wessmark.",
        BETWEEN,
        "Hauliers told the premier on Monday that the tolls had cost them dear.",
    )
    assert people["Orla Penhallow"] is None


def test_office_named_far_from_the_lede_is_not_read() -> None:
    """An office first named many sentences on may be the story's unnamed other holder."""
    people = _people(
        LEDE,
        BETWEEN,
        "The crossing was built in 1962 and carries forty thousand lorries a week.",
        "Its owners say repairs will take two years. Drivers say the detours add an hour.",
        "Hauliers told the premier on Monday that the tolls had cost them dear.",
    )
    assert people["Orla Penhallow"] is None
