"""The A-Z index of each kind of hub: one page, or past a size a page per letter."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.layout import hub_index_path, index_letter_path
from generator.sitemodel.hubs import Hub, alphabet, sort_key
from generator.sitemodel.refs import Ref, chain

#: Hubs one A-Z index page lists; a kind with more gets a page per letter
#: (and a letter with more, several pages).
INDEX_PAGE_SIZE = 300
#: Hubs a split A-Z index names on its first page: the most mentioned.
INDEX_TOP_SIZE = 30


@dataclass(frozen=True)
class LetterRef:
    """One letter of an index's letter bar: how many hubs, and where they are listed."""

    letter: str
    count: int
    ref: Ref


@dataclass
class HubIndexPage:
    """A page of a kind's A-Z index: the whole index, or one letter of a split one."""

    kind: str
    path: str
    total: int
    letters: list[LetterRef]
    #: What this page lists, under letter headings.
    sections: list[tuple[str, list[Hub]]]
    #: True when the letters have pages of their own.
    split: bool = False
    #: The letter this page is about (a split index's letter page), else None.
    letter: str | None = None
    number: int = 1
    count: int = 1
    newer: Ref | None = None
    older: Ref | None = None
    #: On a split index's first page: the hubs with most briefings.
    top: list[Hub] = field(default_factory=list)


def hub_index_pages(kind: str, hubs: list[Hub], size: int | None = None) -> list[HubIndexPage]:
    """The A-Z index of a kind: one page, or past ``size`` hubs a page per letter."""
    size = INDEX_PAGE_SIZE if size is None else size
    letters = alphabet(hubs)
    main = hub_index_path(kind)
    if len(hubs) <= size:
        bar = [LetterRef(ltr, len(g), Ref(ltr, main, ltr.lower())) for ltr, g in letters]
        return [HubIndexPage(kind, main, len(hubs), bar, letters)]
    bar = [LetterRef(ltr, len(g), Ref(ltr, index_letter_path(kind, ltr))) for ltr, g in letters]
    top = sorted(hubs, key=lambda h: (-len(h.briefings), sort_key(h.name), h.slug))[:INDEX_TOP_SIZE]
    pages = [HubIndexPage(kind, main, len(hubs), bar, [], split=True, top=top)]
    for letter, group in letters:
        chunks = [group[i : i + size] for i in range(0, len(group), size)]
        part = [
            HubIndexPage(
                kind,
                index_letter_path(kind, letter, number),
                len(hubs),
                bar,
                [(letter, chunk)],
                split=True,
                letter=letter,
                number=number,
                count=len(chunks),
            )
            for number, chunk in enumerate(chunks, start=1)
        ]
        chain(part, lambda p: Ref(f"page {p.number}", p.path))
        pages += part
    return pages
