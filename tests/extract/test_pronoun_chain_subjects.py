"""A "his" before the one person a sentence names is that person when the sentences just
before have that person as their subject (`pronoun_passes._subject_just_before`)."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_he_reads_back_through_his_to_the_subject_before() -> None:
    """'Brevik worked ... He and his family were attacked. His brother ... Brevik's
    address. "...," he says': Brevik speaks."""
    text = (
        "Two families from the valley now live in Dornwick.\n\n"
        "Like Harriet Quillby, Tomas Brevik had worked for the army as a translator for "
        "years. His face was shown on television beside the soldiers.\n\n"
        "Having become known to the militia, he and his family were attacked three times.\n\n"
        "His younger brother was beaten on the way to school for refusing to reveal "
        "Brevik's address. Coming to Dornwick, he says, is a new start.\n\n"
        "‘I was in danger and my family was in danger,’ he says. ‘Now we can sleep at night.’"
    )
    assert speakers(text)["I was in danger and my family was in danger"] == "Tomas Brevik"
