"""A description before a comma is the name's when a lower-case trade stands between the
comma and the name ("His partner, hotelier Jo Roe,"; `role_appositives.comma_before`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "wanted"),
    [
        (
            "Her fiance, stage actor Dario Pennel, shared a picture from the ward.",
            "Dario Pennel",
            ("fiance", "stage actor"),
        ),
        (
            "The scheme is paid for by his business partner, hotelier Omid Tabrizi, "
            "who owns four inns.",
            "Omid Tabrizi",
            ("business partner",),
        ),
        (
            "Mourners were led by her old coach, ex-sprinter Greta Holloway, who wept.",
            "Greta Holloway",
            ("coach", "former sprinter"),
        ),
    ],
)
def test_kin_or_post_before_the_comma_is_kept(
    nlp: Language, text: str, name: str, wanted: tuple[str, ...]
) -> None:
    """The noun before the comma, and the trade before the name where read, are the role."""
    role = roles_in(nlp, text)[name] or ""
    assert all(word in role for word in wanted)
