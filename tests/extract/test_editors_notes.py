"""An editor's note that a page flattened to one line runs on into the story."""

from __future__ import annotations

from generator.furniture import read_furniture

_NOTE = (
    "Editor's note: Maren Holtby is a professor of economics at Brindleford University. "
    "The opinions expressed in this commentary are solely those of the author."
)
_STORY = (
    "Corvel Ltd will close its plant in Brindleford next month with the loss of 200 jobs. "
    "Managers told staff of the plan at a meeting on the site on Monday. The plant opened "
    "in 1962 and makes parts for trains, and it has been the town's biggest employer for "
    "decades. Unions said they would fight the closure and called a vote on strikes. The "
    "firm said orders for its parts had fallen by half in two years as rail operators "
    "delayed new trains, and that it had looked for a buyer for the site since the spring. "
    "Staff will be offered jobs at its other plants where they can be found, it said."
)


def test_the_story_starts_at_the_dateline_after_a_note() -> None:
    """ "Editor's note: ... (CNN) -- The story" keeps the story and reads the dateline."""
    found = read_furniture([f"{_NOTE} BRINDLEFORD, England (CNN) -- {_STORY}"])
    assert found.article == (_STORY,)
    assert found.dateline_place is not None and found.dateline_place.startswith("Brindleford")


def test_the_story_starts_after_the_notes_sentences() -> None:
    """Without a dateline the story starts after the note's sentences; a note alone goes."""
    assert read_furniture([f"{_NOTE} {_STORY}"]).article == (_STORY,)
    assert read_furniture([_NOTE, _STORY]).article == (_STORY,)


def test_a_note_after_the_dateline_is_no_story() -> None:
    """ "(CNN) -- Editor's note: ... The story" keeps the story only."""
    assert read_furniture([f"(CNN) -- {_NOTE} {_STORY}"]).article == (_STORY,)
