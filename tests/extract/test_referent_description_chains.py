"""A description whose narrative subject just before is another description ("'...,' the
barista says. The chef then pours") is the person that one names (`referent_descriptions`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_description_reads_back_through_another_description() -> None:
    """'The chef then pours ... the chef says' after 'the barista says' of Kit Dorran is him."""
    text = (
        "Kit Dorran, a barista at a cafe in Derby, filmed the lesson in his shop. Dorran "
        'first steams the milk. "Never let it boil," the barista says. The chef then pours '
        'the milk into a cup. "Tilt it slowly towards you," the chef says.'
    )
    assert speakers(text)[-1] == ("Tilt it slowly towards you", "Kit Dorran")
