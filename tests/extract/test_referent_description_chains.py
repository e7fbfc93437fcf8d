"""A description read back to a narrative subject that is itself a description ("the
31-year-old wrote: '...' / The chart-topper said ...") names whom the first one names,
past the paragraphs of quoted words between them."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_she_after_a_second_description_goes_back_to_the_first() -> None:
    """ "she continued" after a second description goes back to the singer named in the lede."""
    # "the 31-year-old wrote: '...' / '...' / The chart-topper said ... / '...,' she continued".
    text = (
        "Singer Maya Corran has hit back at online trolls who mocked her at a festival.\n\n"
        "Posting on Instagram on Monday, the 31-year-old wrote alongside a photo: "
        "'I am a size 16 and I have never felt more beautiful.\n\n"
        "'To the people leaving nasty comments: I see you, and I am not going anywhere.'\n\n"
        "The chart-topper, who has two number one albums, said she had been targeted "
        "for years.\n\n"
        "'It used to break me,' she continued. 'Now I just block and move on.'"
    )
    assert ("It used to break me", "Maya Corran") in speakers(text)


def test_a_description_after_someone_else_is_not_chained_to_them() -> None:
    """ "Tom Ames, 31, spoke. The 31-year-old left. The actress said" is not Tom Ames."""
    text = (
        "Tom Ames, 31, spoke to the crowd in Kelby on Friday.\n\n"
        "The 31-year-old left the stage soon after.\n\n"
        "'It was a wonderful night for all of us,' the actress said."
    )
    assert speakers(text) == [("It was a wonderful night for all of us", None)]
