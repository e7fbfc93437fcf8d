"""A bare surname that no other person of the text bears says more of its one person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # no other Hollis: the second description is his too
        (
            "Bert Hollis, a widower, lives nearby. Hollis is Kelby's oldest allotment holder.",
            "Bert Hollis",
            "widower, Kelby's oldest allotment holder",
        ),
        # another Ames is named: the bare "Ames" may be him
        (
            "Jo Ames, a nurse, won the race. Tom Ames, her husband, watched. "
            "Ames, a keen angler, cheered.",
            "Jo Ames",
            "nurse",
        ),
        # the bare "Vell" comes before the full name: someone the story never names in full
        (
            "Doctors treated President Vell on Saturday. First lady Ann Vell, who is in Tarland, "
            "spoke to him twice.",
            "Ann Vell",
            "First lady",
        ),
    ],
)
def test_sole_surname(nlp: Language, text: str, name: str, expected: str) -> None:
    """A description beside a surname no one else bears is joined to the person's role."""
    assert roles_in(nlp, text)[name] == expected
