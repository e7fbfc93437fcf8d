"""Key points and a summary that open on "He"/"She" name whom the pronoun means."""

from __future__ import annotations

from typing import Any

from generator.extract import extract
from generator.seeds import Seed


def _record(*paragraphs: str) -> dict[str, Any]:
    seed = Seed(path="points.txt", sha256="0" * 64, title="Mill", paragraphs=paragraphs)
    (record,) = extract([seed])
    return record


def test_a_point_on_he_takes_the_surname_after_the_full_name() -> None:
    """A point opening "He said" names the person, by surname once a point gave the full name."""
    record = _record(
        "The Corvane paper mill will stop making card next month, its owners confirmed.",
        "Works manager Elias Thornbury said orders for card had halved since the winter.",
        "He said the machines would be kept ready in case demand came back.",
        "Mr Thornbury has worked at the mill since he left school.",
    )
    assert record["key_points"][-1] == (
        "Thornbury said the machines would be kept ready in case demand came back."
    )


def test_a_point_on_she_takes_the_full_name_first() -> None:
    """The first line that names the person gives the full name, though the story said it before."""
    record = _record(
        "A beekeeper from Ashlow has won the county honey prize for a fifth year.",
        "Helen Oyelaran keeps forty hives on the hills above the village.",
        "She said the wet spring had made this year's crop the hardest to judge.",
    )
    points = record["key_points"]
    assert points[-1] == (
        "Helen Oyelaran said the wet spring had made this year's crop the hardest to judge."
    )


def test_a_surname_two_people_share_stays_the_full_name() -> None:
    """A surname another listed person bears is no name for one of them: the full name stays."""
    record = _record(
        "The Corvane paper mill, owned by Ruth Thornbury, will stop making card next month.",
        "Works manager Elias Thornbury said orders for card had halved since the winter.",
        "He said the machines would be kept ready in case demand came back.",
        "Mr Thornbury has worked at the mill since he left school.",
    )
    assert record["key_points"][-1].startswith("Elias Thornbury said the machines")


def test_a_pronoun_with_two_people_before_stays() -> None:
    """When the search cannot tell who "he" is, the point keeps the pronoun."""
    record = _record(
        "Two ferrymen were praised by the Dunhallow harbour board on Tuesday.",
        "Piet Marrable and Connor Ashgrove pulled three swimmers from the water in July.",
        "He said the tide had turned faster than anyone expected.",
    )
    assert record["key_points"][-1].startswith("He said the tide")


def test_a_pronoun_after_an_opening_clause_takes_the_name() -> None:
    """ "In a letter ..., he said" names him: the pronoun is the main verb's subject."""
    record = _record(
        "The Tavy estuary ferry will stop running at night from next month, its operator said.",
        "Harbour master Colm Ardagh said the crew shortage had been building for a year.",
        "In a letter to passengers on Friday, he said the night boat could return once six "
        "new deckhands were trained.",
    )
    assert record["key_points"][-1] == (
        "In a letter to passengers on Friday, Colm Ardagh said the night boat could return "
        "once six new deckhands were trained."
    )


def test_an_opening_clause_with_its_own_pronoun_keeps_the_pronoun() -> None:
    """ "As he walked the pier, he counted" stays: a name after "he" would read backwards."""
    record = _record(
        "The Tavy estuary ferry will stop running at night from next month, its operator said.",
        "Harbour master Colm Ardagh said the crew shortage had been building for a year.",
        "As he walked along the pier on Sunday, he counted eleven empty moorings.",
    )
    assert record["key_points"][-1] == (
        "As he walked along the pier on Sunday, he counted eleven empty moorings."
    )


def test_a_point_on_it_said_takes_the_body_name() -> None:
    """ "It said" after a sentence whose subject is a body names that body, with its "The"."""
    record = _record(
        "A museum in Ashlow will shut for a year while its roof is mended.",
        "The Corvane Trust, which runs the museum, said the repairs would cost about £2 million.",
        "It said the collection would go on tour to three other towns while the work was done.",
    )
    assert record["key_points"][-1] == (
        "The Corvane Trust said the collection would go on tour to three other towns while "
        "the work was done."
    )


def test_it_with_a_verb_other_than_saying_stays() -> None:
    """ "It was" may stand for anything the sentence before named: the pronoun stays."""
    record = _record(
        "A museum in Ashlow will shut for a year while its roof is mended.",
        "The Corvane Trust, which runs the museum, said the repairs would cost about £2 million.",
        "It was the third time in ten years that the roof had failed in a winter storm.",
    )
    assert record["key_points"][-1].startswith("It was the third time")


def test_an_opening_clause_on_they_keeps_the_pronoun() -> None:
    """ "After they retired, he kept bees and she painted" stays: the pair is a pronoun there."""
    record = _record(
        "A beekeeper from Ashlow has won the county honey prize for a fifth year.",
        "Colm Ardagh and his wife Nora ran the village shop for thirty years.",
        "After they retired to the coast in 1990, he kept bees and she painted the harbour.",
    )
    assert record["key_points"][-1] == (
        "After they retired to the coast in 1990, he kept bees and she painted the harbour."
    )
