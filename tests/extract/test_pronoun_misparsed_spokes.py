"""A pronoun after "A <body> spokeswoman said", parsed with the body as the subject, is
the body speaking on (`pronoun_words.spokes_after_body`)."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_she_after_a_body_spokeswoman_is_the_body() -> None:
    """'A Department for Coastal Affairs spokeswoman said ... "...," she said': the body."""
    text = (
        "The judges met the ministers on Monday to settle the dispute over the new "
        "appointments.\n\n"
        "A Department for Coastal Affairs spokeswoman said Judge Oren Pask and Lord Tilbury "
        'agreed about the rules. "Their quarrel is about whether the law should require any '
        'consultation at all," she said.'
    )
    quote = "Their quarrel is about whether the law should require any consultation at all"
    assert speakers(text)[quote] == "Department for Coastal Affairs"
