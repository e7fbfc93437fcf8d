"""Photo captions glued between a story's sentences are left out of the text the parser reads."""

from __future__ import annotations

from pathlib import Path

from generator.extract import extract
from generator.extract.glued_captions import without_glued_captions
from generator.seeds import read_seed
from tests.extract.test_quotes import speakers

_STORY = (
    "A van driver who ran a red light and hit a cyclist has been banned for two years.\n\n"
    "PC Dan Rowe, of Kelshire Police, said the driver had been using his phone. "
    "'He was not looking at the road,' he said. "
    "Tom Vell was sentenced at Tarnmouth Crown Court on Friday (pictured) He added: 'The "
    "cyclist is lucky to be alive.' The van's windscreen was smashed (left) while the bike "
    "was bent in two (right) The cyclist, Ann Dart, 34, is recovering at home.\n"
)


def test_a_caption_ending_in_its_pointer_is_left_out() -> None:
    """From the end of the sentence before it to "(pictured)", with no stop after it."""
    text = without_glued_captions(_STORY)
    assert "Crown Court" not in text
    assert "windscreen" not in text
    assert "he said. He added: 'The cyclist is lucky" in text
    assert "(right). The cyclist, Ann Dart" not in text
    assert text.endswith("The cyclist, Ann Dart, 34, is recovering at home.\n")


def test_a_pointer_inside_a_sentence_stays() -> None:
    """ "Ann Dart (pictured) was named" and "(left)." end no caption: the sentence goes on."""
    text = "Ann Dart (pictured) was named on Friday. She is 34 (left). The club said so."
    assert without_glued_captions(text) == text


def test_he_added_after_a_caption_is_the_speaker_before_it(tmp_path: Path) -> None:
    """The caption's subject is not the "He" of "He added": the officer quoted before it is."""
    path = tmp_path / "story.txt"
    path.write_text("Van driver banned\n\n" + _STORY, "utf-8")
    quotes = extract([read_seed(path, tmp_path)[0]])[0]["quotes"]
    assert {"text": "The cyclist is lucky to be alive.", "speaker": "Dan Rowe"} in quotes


def test_a_caption_that_opens_its_own_paragraph_takes_nothing_before_it() -> None:
    """The quote that ends the paragraph before "GRIEF: (left) ..." stays in the text."""
    text = (
        "The inquiry heard from nurses on the ward. \u2018They fall ill and they go home.\u2019"
        "\n\nGRIEF: (left) The hospital said it would review its rules."
    )
    kept = without_glued_captions(text)
    assert "\u2018They fall ill and they go home.\u2019" in kept
    assert "(left)" not in kept


_QUOTED_CAPTION = (
    "Harbour Secretary Piers Hollin, pictured with the mayor Ann Vell today, urged residents "
    "to keep off the sea wall 'until the storm has passed the town' Tom Garrow visited "
    "the depot in Tarnmouth, where he promised the crews 'all the help they need' by Friday."
)


def test_a_caption_ending_in_a_quote_gets_its_stop_back() -> None:
    """ "..., pictured with ..., urged ... 'the town' Tom Garrow visited" ends at the quote."""
    text = without_glued_captions(_QUOTED_CAPTION)
    assert "passed the town'. Tom Garrow visited" in text
    plain = "Piers Hollin called it 'a waste' Tom Garrow said, and Ann Vell agreed."
    assert without_glued_captions(plain) == plain


def test_the_quote_after_a_quoted_caption_is_not_the_captioned_persons() -> None:
    """ "where he promised ... 'all the help they need'" is Tom Garrow's, not Hollin's."""
    found = speakers("By . Jo Marsh . The board met on Monday . " + _QUOTED_CAPTION)
    assert ("all the help they need", "Tom Garrow") in found
