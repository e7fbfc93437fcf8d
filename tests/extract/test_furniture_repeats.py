"""A paragraph a page prints twice is read once, in the story's place, not the caption's."""

from __future__ import annotations

from generator.furniture import read_furniture

CAPTION = (
    "Mill owner Tom Vell (above) told the Gazette he has known Ann Roke for many years, "
    "having met her when she ran for the council."
)
STORY = (
    "Mill owner Tom Vell told the Gazette he has known Ann Roke for many years, "
    "having met her when she ran for the council."
)
QUOTE = "'I knew her from the town hall. We got on from the first day,' he said."
FILLER = [
    "Ann Roke became the mill's chief executive in the spring after years in local politics.",
    "The mill makes wool blankets and employs about forty people in the valley.",
]


def test_the_storys_copy_of_a_caption_is_kept_in_the_storys_place() -> None:
    """The caption ("(above)") comes first and the story's own copy later, before the quote
    it introduces: the story's copy is read, in its place, and the caption is not."""
    article = read_furniture([FILLER[0], CAPTION, FILLER[1], STORY, QUOTE]).article
    assert article == (FILLER[0], FILLER[1], STORY, QUOTE)


def test_a_shorter_copy_without_marks_is_an_excerpt() -> None:
    """A story paragraph that a caption cue happens to match (", right,") printed again in
    part under a picture keeps the whole paragraph: the shorter copy is the excerpt."""
    whole = "Ann Roke says the mill never lost money. Yeah, right, just as the moon is cheese."
    excerpt = "Ann Roke says the mill never lost money, just as the moon is cheese."
    article = read_furniture([FILLER[0], whole, FILLER[1], excerpt]).article
    assert whole in article


def test_a_repeat_after_the_story_copy_is_dropped() -> None:
    """When the story's copy comes first, the caption printed after it is the repeat."""
    article = read_furniture([FILLER[0], STORY, FILLER[1], CAPTION, QUOTE]).article
    assert article == (FILLER[0], STORY, FILLER[1], QUOTE)


def test_a_paragraph_like_a_dropped_caption_is_still_read() -> None:
    """Once the story's copy replaces a caption, a later paragraph that shares the
    caption's words (its quote) is no repeat of it: the quote is read."""
    caption = (
        "Tom Vell was due to open the new mill in Tarland on Monday (above). "
        "However, Vell reportedly turned to Ann Roke and said: 'Why should I go there?'"
    )
    story = (
        "Tom Vell was due to open the new mill in Tarland on Monday. However, Vell then "
        "turned to Ann Roke and said why he should go there."
    )
    quote = "However, Vell reportedly turned to Roke and said: 'Why should I go there?'"
    article = read_furniture([FILLER[0], caption, FILLER[1], story, quote]).article
    assert article == (FILLER[0], FILLER[1], story, quote)
