"""A quoted phrase closed inside its sentence opens no quotation for the point to finish."""

from __future__ import annotations

from generator.extract.nlp import load_nlp
from generator.extract.summary import digest

_LEAD = "A dog walker in Brackenby has found a lost wedding ring buried on the common.\n\n"


def _points(text: str) -> list[str]:
    return digest(load_nlp()(_LEAD + text)).key_points


def test_a_quoted_phrase_is_not_run_on_into_the_next_quotation() -> None:
    """The point ends at its own stop; the speech after it is a sentence of its own."""
    points = _points(
        "Marta Quilley, 52, told the parish newsletter she felt 'over the moon' about the "
        "find. 'I nearly walked past it. It was just a glint in the mud,' she said.\n\n"
        "The owner had lost the ring nine years earlier."
    )
    assert points[0] == (
        "Marta Quilley, 52, told the parish newsletter she felt 'over the moon' about the find."
    )


def test_speech_after_a_quoted_phrase_is_still_finished() -> None:
    """A quotation opened after a quoted phrase runs on to the sentence that closes it."""
    points = _points(
        "Marta Quilley called the find 'a small miracle' and said: 'I nearly walked past "
        "it. It was just a glint in the mud.'\n\nThe owner had lost the ring nine years earlier."
    )
    assert points[0] == (
        "Marta Quilley called the find 'a small miracle' and said: 'I nearly walked past "
        "it. It was just a glint in the mud.'"
    )
