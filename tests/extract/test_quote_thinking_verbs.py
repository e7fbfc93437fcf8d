"""Words quoted inside what a named person fears or thinks are that person's."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_she_fears_holds_her_words() -> None:
    """'But she fears ... will be ‘...’': the fragment is the harbour master's."""
    text = (
        "Harriet Quillby, the harbour master, said the repairs were overdue.\n\n"
        "But she fears the old problems will be ‘swept aside far too soon’, unlike the flood."
    )
    assert speakers(text)["swept aside far too soon"] == "Harriet Quillby"


def test_thinks_holds_the_subjects_words() -> None:
    """'Quillby thinks the scheme is ‘...’': the fragment is Quillby's."""
    text = "Harriet Quillby thinks the scheme is ‘a waste of public money’ and wants it scrapped."
    assert speakers(text)["a waste of public money"] == "Harriet Quillby"
