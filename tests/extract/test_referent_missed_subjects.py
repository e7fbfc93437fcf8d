"""A description ('the pensioner said') reads back to the main subject of the sentence
before even when that subject is a name the NER left out, as "she" does."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_description_reads_back_to_a_missed_name() -> None:
    """'The bride told reporters:' after a sentence whose subject the NER missed is that name."""
    found = speakers(
        "Odile Farrant lost her booking when the Lark Hall venue shut its doors.\n\n"
        "The bride told reporters: ‘We had paid for every single chair.’"
    )
    assert found == [("We had paid for every single chair.", "Odile Farrant")]


def test_hyphened_description_reads_back_to_a_missed_name() -> None:
    """'The bride-to-be told reporters:' after a missed name is that person too."""
    found = speakers(
        "Odile Farrant lost her booking when the Lark Hall venue shut its doors.\n\n"
        "The bride-to-be told reporters: ‘We had paid for every single chair.’"
    )
    assert found == [("We had paid for every single chair.", "Odile Farrant")]


def test_missed_name_in_a_sentence_with_another_subject_is_not_taken() -> None:
    """'Police said Odile Farrant ...' has 'Police' as subject: 'the bride' is not Farrant."""
    # 'the bride' is not the name the NER missed inside the clause.
    found = speakers(
        "Police said Odile Farrant lost her booking when the venue shut its doors.\n\n"
        "The bride told reporters: ‘We had paid for every single chair.’"
    )
    assert found == [("We had paid for every single chair.", None)]
