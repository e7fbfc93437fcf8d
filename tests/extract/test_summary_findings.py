"""A lead that ends on who found it with a verb outside the words of saying (", the operator
has confirmed.", ", a study has found.") loses that tail in the summary, and stays whole as
the first key point: it is the story's statement, not a teaser to skip."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.sentence_cuts import POINT_CUTS, SUMMARY_CUTS, cut
from generator.extract.summary import digest

FERRY = "Ferry fares on the Tavy estuary will double in April, the operator has confirmed."
RENTS = (
    "Rents in the old mill district have risen by a third since 2019, a study by the "
    "housing trust has found."
)


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (FERRY, "Ferry fares on the Tavy estuary will double in April."),
        (RENTS, "Rents in the old mill district have risen by a third since 2019."),
    ],
)
def test_the_summary_drops_a_finding_tail(nlp: Language, sentence: str, statement: str) -> None:
    """The summary's cut takes the tail of any final verb whose clause is the statement."""
    assert cut(next(iter(nlp(sentence).sents)), SUMMARY_CUTS) == statement


def test_a_point_keeps_a_finding_tail(nlp: Language) -> None:
    """A key point keeps who found it when the verb is not one of saying."""
    assert cut(next(iter(nlp(RENTS).sents)), POINT_CUTS) is None


def test_a_verb_with_more_after_it_is_no_finding_tail(nlp: Language) -> None:
    """A final verb with words of its own after it ("ruled out any delay") is news."""
    sentence = (
        "The harbour wall at Penhallow will be rebuilt before winter, the county engineer "
        "ruled out any delay."
    )
    assert cut(next(iter(nlp(sentence).sents)), SUMMARY_CUTS) is None


def test_a_lead_with_a_finding_tail_is_the_first_point(nlp: Language) -> None:
    """The lead stays the first key point, beside its shorter statement in the summary."""
    story = (
        f"{RENTS}\n\nThe trust asked 400 tenants what they paid each month."
        "\n\nMost said their landlord had raised the rent twice in three years."
        "\n\nThe council will debate a cap on rises at its meeting in June."
    )
    result = digest(nlp(story))
    assert result.summary == "Rents in the old mill district have risen by a third since 2019."
    assert result.key_points[0] == RENTS
