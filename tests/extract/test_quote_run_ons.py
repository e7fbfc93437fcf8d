"""Bare speech alone in a paragraph between two quotes of one speaker is that speaker's."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers

#: A run of one speaker's quotes with a paragraph of bare speech in the middle; {between}
#: is the paragraph set before the bare speech.
RUN = (
    "A storm tore through Wexmoor on Sunday night.\n\n"
    "‘We lost the roof of the barn before midnight,’ Jolene Ames said.\n\n"
    "{between}\n\n"
    "The ‘kitchen went next, and then the old shed by the gate.’\n\n"
    "‘We will rebuild it all by the spring,’ she added."
)
MIDDLE = "kitchen went next, and then the old shed by the gate."


def test_bare_speech_between_two_quotes_of_one_speaker_is_hers() -> None:
    """'‘...,’ Ames said. / The ‘...’ / ‘...,’ she added.': the middle words are Ames's."""
    found = speakers(RUN.format(between="Power lines were down across the whole valley by dawn."))
    assert found[MIDDLE] == "Jolene Ames"


def test_a_new_person_between_the_quotes_breaks_the_run() -> None:
    """The run goes on past a line on the storm, but not past a neighbour named as a subject."""
    calm = speakers(RUN.format(between="Power lines were down across the whole valley by dawn."))
    broken = speakers(RUN.format(between="Her neighbour Corin Vell watched it all from his porch."))
    assert (calm[MIDDLE], broken[MIDDLE]) == ("Jolene Ames", None)


def test_bare_sentences_in_a_run_together_paragraph() -> None:
    """Copy with no paragraph breaks: a bare quoted sentence between Ames's quotes is hers."""
    text = (
        "A storm tore through Wexmoor on Sunday night. ‘We lost the roof of the barn before"
        " midnight,’ said Jolene Ames. Power lines were down across the valley by dawn. The"
        " ‘kitchen went next, and then the old shed by the gate.’ ‘We will rebuild it all by"
        " the spring,’ she added."
    )
    assert speakers(text)[MIDDLE] == "Jolene Ames"


def test_a_quote_ending_on_a_space_before_its_mark_is_read_without_failing() -> None:
    """'...camera off.” ’': the words end on the space before the outer closing mark."""
    text = (
        "Tamsyn Tolling, the MP for Harlow, is pregnant. ‘It is a hard time,’ she said.\n\n"
        "She and her husband John planned a second baby during the closures. ‘I was so "
        "ill last time, my husband said, “If you feel poorly, you can just switch your "
        "camera off.” ’\n\n"
        "Ms Tolling describes the first weeks. ‘I could hardly stand,’ she said."
    )
    assert list(speakers(text).values()) == ["Tamsyn Tolling", None, "Tamsyn Tolling"]
