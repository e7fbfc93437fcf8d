"""A "his" before the one person a sentence names is that person when the sentences just
before have that person as their subject (`pronoun_passes._subject_just_before`)."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_he_reads_back_through_his_to_the_subject_before() -> None:
    """ "he says" reads back through sentences with "his" to Brevik, the subject before."""
    # 'Brevik drove ... He and his wife were threatened. His son ... Brevik's address. "...," he
    # says'.
    text = (
        "Two families from the valley now live in Dornwick.\n\n"
        "Like Harriet Quillby, Tomas Brevik had driven supply lorries for the border guards "
        "for a decade. His photograph was printed in a local paper beside their commander.\n\n"
        "Once the gangs knew his name, he and his wife were threatened at their door.\n\n"
        "His eldest son was beaten on the road to the market for refusing to give "
        "Brevik's address. Settling in Dornwick, he says, is a fresh beginning.\n\n"
        "‘We lived in fear every single day,’ he says. ‘Here the children laugh again.’"
    )
    assert speakers(text)["We lived in fear every single day"] == "Tomas Brevik"
