"""Text flattened from paragraphs (" . " where each paragraph ended, as scraped news
archives keep it): a quote that lost its closing mark ends at the writer's next line,
not at the next quote's close; a speech run on over such a break, and a line broken
before a name, stay one quote."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_quote_left_open_ends_before_the_writers_next_line() -> None:
    """'We will appeal. <caption> . The family ... 'We ...,' she said: two quotes."""
    text = (
        "Ann Vell said: 'We will appeal. Defiant: Ann Vell outside Tarnby court on Monday . "
        "The family said they would fight on. 'We have done nothing wrong,' she said."
    )
    assert texts(text) == [
        "We will appeal. Defiant: Ann Vell outside Tarnby court on Monday",
        "We have done nothing wrong",
    ]


def test_a_quote_left_open_at_the_texts_end_stops_at_the_writers_line() -> None:
    """'We will appeal. <caption> . The family ...: the writer's line is no speech."""
    text = (
        "Ann Vell said: 'We will appeal the ruling. Defiant: Ann Vell outside court . "
        "The family said they would fight on in the spring."
    )
    assert texts(text) == ["We will appeal the ruling. Defiant: Ann Vell outside court"]


def test_a_speech_run_on_over_a_flattened_break_stays_one_quote() -> None:
    """'We will appeal . 'We have ...,' she said: the next line opens with a mark."""
    text = "Ann Vell said: 'We will appeal the ruling . 'We have done nothing wrong,' she said."
    assert texts(text) == ["We will appeal the ruling . 'We have done nothing wrong"]


def test_a_line_broken_before_a_name_does_not_end_the_quote() -> None:
    """'... a dog named . Griffin that spring. 'He ...,' she said: no sentence ends there."""
    text = "Ann Vell said: 'We adopted a dog named . Griffin that spring. 'He is lovely,' she said."
    assert texts(text) == ["We adopted a dog named . Griffin that spring. 'He is lovely"]
