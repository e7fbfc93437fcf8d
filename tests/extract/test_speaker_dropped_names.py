"""A lone first name the model read as a person's, said once with no full form, speaks:
the entity step drops it for want of evidence, but the subject of a verb of saying is
the person speaking (`speaker_dropped_names`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_first_name_alone_telling_a_paper_speaks() -> None:
    """'"...," Marisol told the Kelby Gazette': Marisol, named nowhere else."""
    text = (
        "Three friends were painting a mural near the Kelby lido when a passer-by "
        "began to shout at them.\n\n"
        "‘Not one person on the street came over to help us,’ Marisol told the Kelby Gazette."
    )
    assert speakers(text) == [("Not one person on the street came over to help us", "Marisol")]


def test_a_first_name_alone_before_said_speaks_in_double_quotes() -> None:
    """'"...," Tobias said': the one-word name is the speaker in US style too."""
    text = (
        "The bakery on Penrow Street closed its doors after forty years on Sunday.\n\n"
        "“We sold the last loaf at noon and then we all had a cry,” Tobias said."
    )
    assert speakers(text) == [("We sold the last loaf at noon and then we all had a cry", "Tobias")]
