"""Paragraphs a page saved line by line broke: a sentence split over two paragraphs, and a
lead printed without its final stop. Read as they stand, the first half of a sentence would
be taken for a caption and the rest for a fragment, and the lead for a caption too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from generator.bylines import CAPTION_LABEL
from generator.furniture_lead import NEVER_LAST_WORDS, ends_sentence


def joined_broken_lines(
    candidates: list[tuple[int, str]], keep: Collection[int]
) -> list[tuple[int, str]]:
    """The paragraphs with each one that the page broke inside a sentence joined to the rest:
    a paragraph without a sentence's end, then one that opens in lower case ("... told
    walkers to keep off the cliff path until" | "the storm had passed ..."), as a page that
    prints each line of its source as a paragraph has it; or one that ends on a word no
    sentence ends on, whatever follows ("... the boat drifted towards the rocks of" | "Kelby Bay
    ..."). Read apart, the first would be taken for a caption and the second for a
    fragment, and the sentence lost. List items (`keep`) stay as they are."""
    joined: list[tuple[int, str]] = []
    for index, paragraph in candidates:
        if joined and index not in keep:
            before_index, before = joined[-1]
            goes_on = paragraph[:1].islower() or _ends_mid_sentence(before)
            if goes_on and before_index not in keep and not ends_sentence(before):
                joined[-1] = (before_index, f"{before.rstrip()} {paragraph.lstrip()}")
                continue
        joined.append((index, paragraph))
    return joined


def _ends_mid_sentence(paragraph: str) -> bool:
    """Whether a paragraph ends on a word no sentence ends on ("of", "the", "and")."""
    words = paragraph.split()
    return bool(words) and words[-1] in NEVER_LAST_WORDS


#: The story's first paragraphs read for a lead printed without its stop: a labelled photo
#: caption may stand above it.
_LEAD_CANDIDATES = 2
#: Fewest and most words of such a lead: a shorter line is a label or a caption, a longer
#: one is no sentence.
_MIN_LEAD_WORDS, _MAX_LEAD_WORDS = 12, 60
#: What a paragraph after the lead opens with: a capital, a digit or a quote mark.
_OPENS_SENTENCE = re.compile("^[\"'\u2018\u201c]?[A-Z0-9]")


def lead_with_stop(
    candidates: list[tuple[int, str]],
    keep: Collection[int],
    is_caption: Callable[[str], object],
) -> list[tuple[int, str]]:
    """The paragraphs with a stop after the lead when the page printed it without one (a
    page that puts each line of its source in a paragraph, where the lead was a line of
    its own): the story's first paragraph after any labelled caption ("Saved: ..."), of
    a sentence's length, with no caption's marks, and a paragraph that opens a sentence
    after it. Without its stop the lead would be taken for a caption and left out."""
    for position, (index, paragraph) in enumerate(candidates[:_LEAD_CANDIDATES]):
        if CAPTION_LABEL.match(paragraph):
            continue
        words = len(paragraph.split())
        after = candidates[position + 1][1] if position + 1 < len(candidates) else ""
        if (
            index not in keep
            and not ends_sentence(paragraph)
            and _MIN_LEAD_WORDS <= words <= _MAX_LEAD_WORDS
            and not is_caption(paragraph)
            and paragraph.split()[-1] not in NEVER_LAST_WORDS
            and _OPENS_SENTENCE.match(after)
        ):
            stopped = list(candidates)
            stopped[position] = (index, paragraph.rstrip() + ".")
            return stopped
        break
    return candidates
