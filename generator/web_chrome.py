"""Web chrome: what a page prints that is not text of the article at all.

Share buttons, "Advertisement", "Scroll down for video", menus, link texts and wire sign-offs are
removed from the body by `drop_boilerplate`; the rest of a page's furniture (bylines, stamps,
captions) is text a reader may want and is handled in `generator.furniture`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.sources import agency_name, publication_in

#: Whole paragraphs that are page furniture, not article text.
_BOILERPLATE_WORDS = (
    r"(?:scroll down for (?:video|more)|click here\b.*|read more\b.*|e-?mail to a friend"
    r"|share this (?:article|story|page).*|share or comment on this article.*"
    r"|follow (?:us|@)\S*.*|all rights reserved.*"
    r"|follow [^.!?]{1,60} on (?:twitter|x|facebook|instagram|threads|bluesky)\b.*"
    r"|this (?:article|story|post) (?:has been|was) updated\b[^!?]*"
    r"|copyright \d{4}.*|our standards:.*"
    r"|reuter|reuters|\(?reporting by .*\)?|(?:watch|see|explore)\b[^.]*\u00bb"
    r"|advertisement|advertising|sponsored(?: content)?|view comments"
    r"|\[embedded content\]|media playback is unsupported on your device"
    r"|(?:story|article) continue[sd]? below(?: advertisement)?"
    r"|continue reading(?: the main story)?|skip advertisement"
    r"|e-?mail this(?: page| story| article)? to a friend|printable version"
    r"|print this (?:page|story|article)"
    r"|bookmark with:?|what are these\??|add to my stories|reuse content|print sponsor"
    r"|have your say|close\s+video\b[^.!?]*|close|video|audio|gallery|listen"
    r"|listen to this article(?:\s*[|\u00b7]?\s*[\d:]+\s*min(?:ute)?s?)?(?:\s*learn more)?"
    r"|share full article|supported by"
    r"|the post .{1,300} appeared first on .{1,120}"  # a WordPress feed's footer
    r"|(?:(?:comment|comments|gift article|gift|share|save|copy link)\s*){1,5})"
)
_BOILERPLATE = re.compile(rf"^{_BOILERPLATE_WORDS}\.?$", re.IGNORECASE)
#: Buttons printed on one line: "E-mail this to a friend Printable version"; such a line
#: is short, which also keeps the run's backtracking cheap.
_BOILERPLATE_RUN = re.compile(rf"^(?:{_BOILERPLATE_WORDS}\.?\s*){{2,}}$", re.IGNORECASE)
_MAX_BUTTONS_LINE = 80
#: Share buttons glued into the text of scraped pages.
_SHARE_BUTTONS = re.compile(
    r"(?:Share this )?with\s*Email\s*(?:(?:Facebook|Messenger|Twitter|Pinterest|WhatsApp"
    r"|Linked[Ii]n|Reddit|Telegram)\s*)+Copy this link"
    r"|Media playback is unsupported on your device",
)
#: Link texts inside a paragraph ("Watch the mayor open the new bridge »").
_INLINE_LINK = re.compile(r"\s*(?:Watch|See|Read|Explore|Look|Check)\b[^.!?\u00bb]{0,120}\u00bb")
#: A wire sign-off after the last sentence (" ... the ministry said. Reuter").
_SIGNOFF = re.compile(r"(?:^|[.!?'\u2019\"\u201d]\s+)(?:REUTER|Reuter|REUTERS)\s*$")
_TRAILING_FURNITURE = re.compile(r"\s*(?:E-?mail to a friend|Scroll down for video)\.?\s*$", re.I)

#: A menu line's items: at least this many, each of at most this many words.
_MIN_MENU_ITEMS = 3
_MAX_MENU_ITEM_WORDS = 3
_MENU_BAR = re.compile(r"\s+[/|>\u203a\u00bb\u00b7\u2022]\s+")


def is_menu_line(line: str) -> bool:
    """A site's menu or breadcrumb trail: short capitalised items between bars, chevrons
    or dots ("Home | UK | World | Politics", "News > Business > Markets", "Home / World / Asia")."""
    items = _MENU_BAR.split(line.strip())
    return len(items) >= _MIN_MENU_ITEMS and all(
        0 < len(item.split()) <= _MAX_MENU_ITEM_WORDS and item[:1].isupper() for item in items
    )


#: A copyright notice among the closing lines: "Copyright 2023 NPR.", "\u00a9 2024 The
#: Associated Press. All rights reserved."
_COPYRIGHT_NOTICE = re.compile(
    r"^(?:copyright\s*(?:\u00a9|\(c\))?|\u00a9)\s*(?:\d{4}(?:\s*-\s*\d{4})?,?\s+)?"
    r"(?P<owner>[A-Z][\w .&'-]{1,60}?)(?:[.,;]|$)",
    re.IGNORECASE,
)
#: A page's closing credit of its publication, perhaps with its address: "Story from BBC
#: NEWS: http://news.bbc.co.uk/1/hi/business/1234.stm".
_STORY_FROM = re.compile(
    r"^story from (?P<owner>[A-Z][\w .&'-]{1,40}?):?(?:\s+https?://\S+)?$", re.IGNORECASE
)
#: Closing lines read for a copyright notice or a closing credit (the credit may stand
#: over the page's address, its stamp and its notice).
_CLOSING_LINES = 4


def signoff_agency(paragraphs: Sequence[str]) -> str | None:
    """The agency whose sign-off ends the text (" ... the ministry said. REUTER"), or the
    agency or publication we know that a closing copyright notice or credit ("Story from
    BBC NEWS:") names; else None. A picture library's notice ("\u00a9 Getty Images") names
    no source."""
    if not paragraphs:
        return None
    if _SIGNOFF.search(paragraphs[-1].strip()) or paragraphs[-1].strip() == "Reuters":
        return agency_name("Reuters")
    for paragraph in reversed(paragraphs[-_CLOSING_LINES:]):
        credit = _STORY_FROM.match(paragraph.strip())
        if credit is not None and publication_in(credit.group("owner")):
            return publication_in(credit.group("owner"))
        notice = _COPYRIGHT_NOTICE.match(paragraph.strip())
        if notice is not None:
            owner = notice.group("owner")
            named = agency_name(owner.removeprefix("The ")) or publication_in(owner)
            if named is not None:
                return named
    return None


def is_chrome_line(line: str) -> bool:
    """Whether a line is the page's furniture whole: a button ("Printable version"), a
    row of them, or a menu."""
    line = line.strip()
    if _BOILERPLATE.match(line) or is_menu_line(line):
        return True
    return len(line) <= _MAX_BUTTONS_LINE and bool(_BOILERPLATE_RUN.match(line))


def drop_boilerplate(paragraphs: list[str]) -> list[str]:
    """Paragraphs without page furniture, link texts and wire-service sign-offs."""
    kept = []
    for paragraph in paragraphs:
        paragraph = _SHARE_BUTTONS.sub(" ", paragraph)
        paragraph = _TRAILING_FURNITURE.sub("", _INLINE_LINK.sub("", paragraph)).strip()
        if paragraph and not is_chrome_line(paragraph):
            kept.append(paragraph)
    if kept:
        kept[-1] = re.sub(r"\s+REUTER\s*$", "", kept[-1], flags=re.IGNORECASE)
    return [p for p in kept if p]
