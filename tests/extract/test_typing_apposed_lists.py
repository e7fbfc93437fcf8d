"""Names set off after a plural noun of people's jobs are people, a list's later names too."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.labelled_kinds import labelled_kinds

#: (text, names with the model's labels, the name asked about, whether it is a person).
_CASES = [
    (
        "Its founders, Tomas Lindgren and Janek Friis-Holm, will stay on.",
        [("Tomas Lindgren", "PERSON"), ("Janek Friis-Holm", "ORG")],
        "Janek Friis-Holm",
        True,
    ),
    (
        "The two presenters, Ada Crane and Bryn Holloway-Vale, will leave in May.",
        [("Ada Crane", "PERSON"), ("Bryn Holloway-Vale", "ORG")],
        "Bryn Holloway-Vale",
        True,
    ),
    # Firms are advisers and owners too.
    (
        "Its advisers, Tarn Capital and Hollis Brandt, declined to comment.",
        [("Tarn Capital", "ORG"), ("Hollis Brandt", "ORG")],
        "Hollis Brandt",
        False,
    ),
]


@pytest.mark.parametrize(("text", "labels", "name", "person"), _CASES)
def test_names_set_off_after_plural_jobs_are_people(
    nlp: Language, text: str, labels: list[tuple[str, str]], name: str, person: bool
) -> None:
    """ "its founders, A and B": both are people; "its advisers, A and B" may be firms."""
    kinds = labelled_kinds(nlp, text, labels)
    assert (kinds.get(name) == PERSON) == person
