"""A quote said by "he"/"she" whom only the next paragraph names."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_next_paragraph_names_who_said_he_said() -> None:
    """ "Gales felled trees. / '...,' he said. / Lyle Ombrey, the warden, said": his."""
    text = (
        "Gales felled more than two hundred trees across the valley overnight.\n\n"
        "'The old beech by the lych gate came down like a matchstick,' he said.\n\n"
        "Lyle Ombrey, the churchwarden, said the vestry would meet on Thursday to count the cost."
    )
    assert speakers(text)[0][1] == "Lyle Ombrey"
