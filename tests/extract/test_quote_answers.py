"""An interview written as questions in the writer's voice, each answered by a quote."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

INTERVIEW = (
    "Flood warnings remain in place across the valley, said Orla Finch, a hydrologist.\n\n"
    '"The ground cannot take any more water," Dr Finch said.\n\n'
    "We spoke to Professor Idris Vance, who advises the river authority.\n\n"
    "Why does the valley flood so often?\n\n"
    '"The river was straightened in the last century and now it runs too fast."\n\n'
    "Can anything be done?\n\n"
    '"Planting trees upstream would slow it down. It is cheap and it works."'
)


def test_the_first_answer_goes_to_the_one_interviewed() -> None:
    """ "We spoke to Idris Vance. / Why ...? / '...'": his answer, not the last speaker's."""
    assert speakers(INTERVIEW)[1][1] == "Idris Vance"


def test_later_answers_go_on_with_the_one_interviewed() -> None:
    """ "'...' / Can anything be done? / '...'": the answer before gives who answers."""
    assert speakers(INTERVIEW)[2][1] == "Idris Vance"


def test_a_question_after_two_people_named_gives_nobody() -> None:
    """ "Ann Roe met Tom Vell. / Why ...? / '...'": two people could answer."""
    text = (
        "Ann Roe sat down with Tom Vell at his farm outside Kelby last week.\n\n"
        "Why did the harvest fail?\n\n"
        '"It rained for six weeks and the crop rotted in the ground."'
    )
    assert speakers(text)[0][1] is None
