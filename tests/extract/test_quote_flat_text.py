"""Text flattened from paragraphs (" . " where each paragraph ended, as scraped news
archives keep it): a quote that lost its closing mark ends at the writer's next line,
not at the next quote's close, and leaves out the stopless line (a caption) before it;
a speech run on over such a break, and a line broken before a name, stay one quote."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_quote_left_open_ends_before_the_writers_next_line() -> None:
    """'We will appeal. <caption> . The family ... 'We ...,' she said: two quotes, no caption."""
    text = (
        "Ann Vell said: 'We will appeal. Defiant: Ann Vell outside Tarnby court on Monday . "
        "The family said they would fight on. 'We have done nothing wrong,' she said."
    )
    assert texts(text) == [
        "We will appeal.",
        "We have done nothing wrong",
    ]


def test_a_quote_left_open_at_the_texts_end_stops_at_the_writers_line() -> None:
    """'We will appeal. <caption> . The family ...: the writer's line is no speech."""
    text = (
        "Ann Vell said: 'We will appeal the ruling. Defiant: Ann Vell outside court . "
        "The family said they would fight on in the spring."
    )
    assert texts(text) == ["We will appeal the ruling."]


def test_a_speech_run_on_over_a_flattened_break_stays_one_quote() -> None:
    """'We will appeal . 'We have ...,' she said: the next line opens with a mark."""
    text = "Ann Vell said: 'We will appeal the ruling . 'We have done nothing wrong,' she said."
    assert texts(text) == ["We will appeal the ruling . We have done nothing wrong"]


def test_a_line_broken_before_a_name_does_not_end_the_quote() -> None:
    """'... a dog named . Griffin that spring. 'He ...,' she said: no sentence ends there."""
    text = "Ann Vell said: 'We adopted a dog named . Griffin that spring. 'He is lovely,' she said."
    assert texts(text) == ["We adopted a dog named . Griffin that spring. He is lovely"]


def test_a_caption_with_no_label_is_left_out_of_an_open_quote() -> None:
    """'... each other. <a caption sentence with no stop> . The idea came ...: cut at the stop."""
    text = (
        "Mr Brannock said: 'It is a game for couples. They find out how well they know each "
        "other. Inventor Tom Brannock, 48, with some of his games at home . The idea came to "
        "him at a wedding."
    )
    assert texts(text) == ["It is a game for couples. They find out how well they know each other."]


def test_a_quote_with_no_stop_before_the_break_keeps_its_line() -> None:
    """'We will see Mr. Lee in court . The family ...: no sentence ended, the line stays."""
    text = "Ann Vell said: 'We will see Mr. Lee in court . The family said they would fight on."
    assert texts(text) == ["We will see Mr. Lee in court"]


def test_a_quote_left_open_ends_before_the_writers_next_quote() -> None:
    """'... the camp. Tom Idle, of the park, said: 'I ...': the open quote ends at its stop."""
    text = (
        "Ranger Ed Pole said: 'The bears wake up hungry in spring. 'If they smell food, they "
        "will walk into the camp. Tom Idle, of the park service, said: 'I remember one visit "
        "years ago. 'But such visits are rare.' The service said sightings were rare."
    )
    assert texts(text) == [
        "The bears wake up hungry in spring. If they smell food, they will walk into the camp.",
        "I remember one visit years ago. But such visits are rare.",
    ]


def test_speech_reported_inside_a_closed_quote_stays_in_it() -> None:
    """'... The officer said: 'Step out.' And I did.': the marks after close both quotes."""
    text = (
        "Ann Vell said: 'I was stopped on the way home. The officer said: 'Step out of the "
        "car.' And I did.' She was later released."
    )
    assert texts(text) == [
        "I was stopped on the way home. The officer said: 'Step out of the car.' And I did."
    ]


def test_a_lead_in_in_the_first_person_is_the_speakers_own() -> None:
    """'... I told him: 'Go home.' ...: "I told him" is the speaker's, no quote ends there."""
    text = (
        "Ann Vell said: 'I was furious with him. I told him: 'Go home and stay there.' He "
        "left the next day."
    )
    assert texts(text) == ["I was furious with him. I told him: 'Go home and stay there."]


def test_a_caption_between_two_paragraphs_of_a_speech_is_left_out() -> None:
    """'... warm water. <stopless caption> . 'This is ...': the speech goes on, the caption not."""
    text = (
        "Dr Ann Vell said: 'Weed blooms follow warm water. Another bloom: a green mat the "
        "size of a tennis court off the pier at Tarnby . 'This happens every summer.' The "
        "council agreed."
    )
    assert texts(text) == ["Weed blooms follow warm water. This happens every summer."]


def test_a_caption_ending_on_a_particle_is_left_out() -> None:
    """'... next season. <caption ending "looks on"> . 'I ...': the caption is not the speech."""
    text = (
        "Keeper Dan Orme said: 'I want to stay here next season. The young keeper waves to "
        "the travelling fans as his manager looks on . 'I have loved every minute of it.' "
        "The club would not comment."
    )
    assert texts(text) == ["I want to stay here next season. I have loved every minute of it."]


def test_a_short_stopless_line_of_the_speech_stays_in_it() -> None:
    """'... every day. Miss you Dad . 'You were ...': two words are the speaker's, not a caption."""
    text = (
        "Ann Vell wrote: 'We think of you every day. Miss you . 'You were the best of us.' "
        "The family thanked the staff."
    )
    assert texts(text) == ["We think of you every day. Miss you . You were the best of us."]


def test_a_quote_left_open_ends_before_the_writers_quoted_words() -> None:
    """'... without him. Her husband said she had been 'very lucky indeed': it ends first."""
    text = (
        "Ann Vell said: 'A young lad pulled it off me. I don't know what I would have done "
        "without him. Mrs Vell's husband, Keith, said his wife had been 'very lucky indeed'. He "
        "added: 'It could have been a child.'"
    )
    assert texts(text) == [
        "A young lad pulled it off me. I don't know what I would have done without him.",
        "very lucky indeed",
        "It could have been a child.",
    ]


def test_words_quoted_inside_speech_with_no_verb_of_saying_stay_in_it() -> None:
    """'... Today it is all 'Sorry, we are shutting' ...: no clause of saying, no new quote."""
    text = (
        "Ann Vell said: 'Nobody warned us. Today it is all 'Sorry, folks, we are shutting "
        "the library for a month.' The council said it was sorry."
    )
    assert texts(text) == [
        "Nobody warned us. Today it is all 'Sorry, folks, we are shutting the library for a month."
    ]
