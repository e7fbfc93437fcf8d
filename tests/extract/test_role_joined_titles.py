"""Titles before a name joined by "and", styles of the clergy and the bench, the letters
of a rank after a name, and a lede that opens on someone other than the court (session 44
probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in

BENCH = (
    "A burglar who raided forty homes in a year has been jailed.\n\n"
    "Recorder Hugh Tarr told Ellbury Crown Court that Rob Sill, 28, had preyed on the elderly."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare titles joined by "and" are one person's
        ("Comedian and presenter Ned Harl said the tour would go on.", "Comedian and presenter"),
        # an object title and its conjunct in lower case
        ("The crowd cheered singer and dancer Orla Penk as she left.", "singer and dancer"),
        # offices each with the article: the mayor is someone else
        ("Tickets went to the mayor and chief constable Ivo Marr last week.", "chief constable"),
        # "Prof" after a job is a post held beside it, written first as a rank is
        ("Lead researcher Prof Ewan Dunbar said the work was early.", "Professor, Lead researcher"),
        # a graded clergy style between the comma and the name, and no role of its own
        (
            "The Bishop of Tarnmouth, the Rt Rev Cyril Dane, blessed the new bells.",
            "Bishop of Tarnmouth",
        ),
        ("The Archbishop of Kelby, the Most Rev Tom Ashe, said prayers.", "Archbishop of Kelby"),
        # a title before the name and the letters of a rank after it, unless it says them
        ("Recorder Gina Hale KC adjourned the trial until Monday.", "Recorder, KC"),
        ("Green MP Lorna Fitch MP voted against the bill.", "Green MP"),
        # two kin of one owner are two people; kin without an owner are one woman's
        ("Her husband and son Olly Brann were hurt in the crash.", "son"),
        (
            "Mother and grandmother Margaret Brann, 70, said she was shocked.",
            "Mother and grandmother, 70",
        ),
        # the lede's burglar is the one in the dock, not the Recorder named first
        (BENCH, "Recorder"),
    ],
)
def test_first_persons_role(nlp: Language, text: str, expected: str) -> None:
    """The first person of each invented text has the role the text states."""
    assert next(iter(roles_in(nlp, text).values())) == expected
