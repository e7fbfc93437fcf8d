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
    """The story's later copy of a caption is read in its place, and the caption is not."""
    # The caption ("(above)") comes first and the story's own copy later, before the quote it
    # introduces.
    article = read_furniture([FILLER[0], CAPTION, FILLER[1], STORY, QUOTE]).article
    assert article == (FILLER[0], FILLER[1], STORY, QUOTE)


def test_a_shorter_copy_without_marks_is_an_excerpt() -> None:
    """A paragraph printed again in part under a picture stays whole: the copy is the excerpt."""
    # A story paragraph that a caption cue happens to match (", right,").
    whole = "Ann Roke says the mill never lost money. Yeah, right, just as the moon is cheese."
    excerpt = "Ann Roke says the mill never lost money, just as the moon is cheese."
    article = read_furniture([FILLER[0], whole, FILLER[1], excerpt]).article
    assert whole in article


def test_a_repeat_after_the_story_copy_is_dropped() -> None:
    """When the story's copy comes first, the caption printed after it is the repeat."""
    article = read_furniture([FILLER[0], STORY, FILLER[1], CAPTION, QUOTE]).article
    assert article == (FILLER[0], STORY, FILLER[1], QUOTE)


def test_a_paragraph_like_a_dropped_caption_is_still_read() -> None:
    """A paragraph sharing a replaced caption's words (its quote) is no repeat: it is read."""
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


GLUED = (
    "Tarland council never answered the letter she sent in March. In a statement, it said: "
    "'We are looking into it.' Ann Roke then wrote to the mayor, who did not reply"
)


def test_a_glued_block_gives_its_sentences_to_the_storys_copies() -> None:
    """A glued block loses each sentence the story prints again; they are read in its place."""
    # A block that glues story paragraphs together (a caption retelling the story).
    pieces = [
        "Tarland council never answered the letter she sent in March.",
        "In a statement, it said: 'We are looking into it.'",
        "Ann Roke then wrote to the mayor, who did not reply.",
    ]
    article = read_furniture([FILLER[0], GLUED, FILLER[1], *pieces]).article
    assert article == (FILLER[0], FILLER[1], *pieces)


def test_a_block_printed_again_only_in_part_stays_whole() -> None:
    """A block the story prints again only in part stays whole, and the later part is the repeat."""
    # The block may be the story itself (a later pull quote repeats one line).
    piece = "In a statement, it said: 'We are looking into it.'"
    article = read_furniture([FILLER[0], GLUED, FILLER[1], piece]).article
    assert article == (FILLER[0], GLUED, FILLER[1])


def test_a_longer_retelling_of_one_sentence_is_still_a_repeat() -> None:
    """A later paragraph saying more than the block's sentences is dropped; the block stays."""
    retelling = "Tarland council never answered the letter she sent, it said in a statement."
    article = read_furniture([FILLER[0], GLUED, FILLER[1], retelling]).article
    assert article == (FILLER[0], GLUED, FILLER[1])


def test_a_block_printed_again_in_captions_stays() -> None:
    """Copies of a block's sentences with no closing stop are captions: they go, the block stays."""
    captions = [
        "Tarland council never answered the letter she sent in March",
        "In a statement, it said: 'We are looking into it'",
        "Ann Roke then wrote to the mayor, who did not reply",
    ]
    article = read_furniture([FILLER[0], GLUED + ".", FILLER[1], *captions]).article
    assert article[:3] == (FILLER[0], GLUED + ".", FILLER[1])


def test_the_short_rest_of_a_repeat_goes_with_it() -> None:
    """A short paragraph going on from a dropped repeat, its words all in it, goes with it."""
    # So the quote is not read twice.
    letter = (
        "Tom Vell addressed his letter to the council, writing: 'I think you may want to "
        "speak with the owner. He is a shame to your town.'"
    )
    again = (
        "Tom Vell addressed his letter to the council, writing: 'I think you may want to "
        "speak with the owner."
    )
    rest = "'He is a shame to your town.'"
    article = read_furniture([FILLER[0], letter, FILLER[1], again, rest]).article
    assert article == (FILLER[0], letter, FILLER[1])


def test_a_repeat_inside_a_speech_over_paragraphs_is_kept() -> None:
    """A speech's paragraph that repeats the lead's words stays, or the speech is cut."""
    # The lead gives a speech's words, then the speech runs over three paragraphs.
    lead = "Tom Vell said today ‘the longer the mill stands empty, the worse the valley fares.’"
    speech = [
        "His neighbour Ann Roke told the Gazette: ‘We have waited for a buyer all year.",
        "‘The longer the mill stands empty the worse the valley fares.",
        "‘Nobody here wants flats where the looms were.’",
    ]
    article = read_furniture([lead, FILLER[0], *speech, FILLER[1]]).article
    assert article == (lead, FILLER[0], *speech, FILLER[1])


def test_a_repeat_that_opens_a_speech_over_paragraphs_is_kept() -> None:
    """A story copy that opens a speech running into the next paragraph is read with the speech."""
    # A caption-like copy comes first.
    copy = "A mill source said: ‘Buyers are finding the valley too far from the motorway'"
    speech = [
        "A mill source said: ‘Buyers are finding the valley too far from the motorway.",
        "‘The looms were sold last winter and the roof leaks.’",
    ]
    article = read_furniture([FILLER[0], copy, FILLER[1], *speech]).article
    assert article[-2:] == tuple(speech)


def test_a_closed_repeat_before_a_quote_is_still_dropped() -> None:
    """A repeat whose quote closes is no part of the speech after it: it is dropped."""
    copy = "Tom Vell said: ‘The mill will open again by the spring, whatever the council says.’"
    article = read_furniture([FILLER[0], copy, FILLER[1], copy, QUOTE]).article
    assert article == (FILLER[0], copy, FILLER[1], QUOTE)


def test_a_copy_that_a_pronoun_credited_speech_goes_on_from_is_the_storys() -> None:
    """The copy a "she said" speech goes on from is the story's; the copy apart is dropped."""
    # "'...,' she said" after the second copy of "..., said his aunt Ida Marn" is hers.
    aunt = "The ferryman had worked on the river for twenty years, said his aunt Ida Marn."
    mayor = "'We will review every crossing this winter,' Mayor Tam Vell said on Monday."
    speech = "'He cared for that old boat above all else,' she said."
    paragraphs = [*FILLER, "The inquiry opens in March at the town hall.", aunt, mayor, aunt]
    article = read_furniture([*paragraphs, speech]).article
    assert article[-3:] == (mayor, aunt, speech)
    assert article.count(aunt) == 1


def test_a_copy_among_the_lead_stays_where_it_is() -> None:
    """The lead's paragraphs keep their place even when a later copy is followed by a speech."""
    lead = "The ferryman had worked on the river for twenty years, said his aunt Ida Marn."
    speech = "'He cared for that old boat above all else,' she said."
    article = read_furniture([lead, *FILLER, lead, speech]).article
    assert article == (lead, *FILLER, speech)
