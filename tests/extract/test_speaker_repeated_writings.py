"""A writing the story names again before its quote ("The report recommends ... '...,' the
report said") is the same writing: its body is the one named before both mentions."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

LEAD = "A panel has warned that rural clinics are poorly guarded.\n\n"
QUOTE = "Many clinics keep drugs in rooms with no alarm at all"


def test_a_writing_named_twice_speaks_for_the_body_before_it() -> None:
    """A bare "the report" said again is the report of the commission named before it."""
    text = LEAD + (
        "The Dunmore Health Commission spent a year visiting clinics. The report recommends "
        f"better locks and more staff at night. ‘{QUOTE},’ the report warned."
    )
    assert speakers(text) == [(QUOTE, "Dunmore Health Commission")]


def test_the_body_that_published_it_last_is_the_writer() -> None:
    """A report published by a trust named after the commission is the trust's report."""
    text = LEAD + (
        "The Dunmore Health Commission spent a year visiting clinics. The Tarn Trust also "
        "published a report last week. The report recommends better locks and more staff "
        f"at night. ‘{QUOTE},’ the report said."
    )
    assert speakers(text) == [(QUOTE, "Tarn Trust")]
