"""Paragraphs a page saved line by line broke: a sentence split over two paragraphs. Read
as they stand, its first half would be taken for a caption and the rest for a fragment.
"""

from __future__ import annotations

from collections.abc import Collection

from generator.furniture_lead import ends_mid_sentence, ends_sentence


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
            goes_on = paragraph[:1].islower() or ends_mid_sentence(before)
            if goes_on and before_index not in keep and not ends_sentence(before):
                joined[-1] = (before_index, f"{before.rstrip()} {paragraph.lstrip()}")
                continue
        joined.append((index, paragraph))
    return joined
