"""Which line of a plain-text seed is its headline, and what stands over it.

A headline is a short line without a final stop: the first line, or one standing alone
under a byline or stamp or a section's label. A byline printed over lines of its own
("By" over "Nell Tarrant") is joined into one line first, so that neither part is read as a
headline. Reading the rest of the text is `generator.seed_text`'s job.
"""

from __future__ import annotations

import itertools
import re

from generator.bylines import (
    BY_WORDS,
    byline_names,
    byline_paragraph,
    is_stamp_label,
    opens_flat_lead,
)
from generator.datelines import find_dateline, is_date_line
from generator.furniture_lead import (
    ends_mid_sentence,
    ends_sentence,
    is_editors_note,
    is_highlights_heading,
)
from generator.web_chrome import is_chrome_line, is_menu_line


def _is_stamp_or_byline(line: str) -> bool:
    """A byline or a date stamp, a line of furniture whole: a headline may stand under it."""
    return bool(byline_paragraph(line) or is_date_line(line))


def _is_furniture(line: str) -> bool:
    """A byline, date stamp or its label ("PUBLISHED:"), dateline or the heading of a page's
    highlights, which may stand where a headline would."""
    return (
        _is_stamp_or_byline(line)
        or is_stamp_label(line)
        or find_dateline(line) is not None
        or is_highlights_heading(line)
    )


def _is_headline(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 20
        and len(line) <= 150
        and not line.rstrip().endswith((".", ",", ";", ":", "\u201d", '"'))
    ) or (line.isupper() and len(words) <= 20)


#: Lines read after a "By" of its own for the writers' names under it (blank lines count).
_BYLINE_LINES = 12


def joined_bylines(lines: list[str]) -> list[str]:
    """The lines with a byline printed over lines of its own ("By", "Nell Tarrant", "and Owen
    Castell", blank lines between, as a page saved line by line has it) on one line ("By Nell
    Tarrant and Owen Castell"): alone, "By" would be read as the headline and the names as
    labels."""
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.strip() in BY_WORDS:
            window = lines[index + 1 : index + 1 + _BYLINE_LINES]
            under = [(at, raw.strip()) for at, raw in enumerate(window, index + 1)]
            under = [(at, text) for at, text in under if text]
            names = byline_names([text for _, text in under])
            if names:
                joined.append(" ".join((line.strip(), *names)))
                index = under[len(names) - 1][0] + 1
                continue
        joined.append(line)
        index += 1
    return joined


#: Lines of page furniture (a date stamp, a byline) a headline may stand under.
_MAX_FURNITURE_ABOVE_HEADLINE = 2
#: Most words of a section's label standing alone above the headline ("NEWS", "UK Politics").
_MAX_LABEL_WORDS = 2
#: The programme a broadcaster's page says the story was on: "Heard on Morning Edition".
_PROGRAMME_LABEL = re.compile(r"^(?:As )?(?:Heard|Seen|Featured) on [A-Z][\w'\u2019&,. -]{1,50}$")
#: Fewest words of a headline under furniture: shorter lines there are section labels.
_MIN_HEADLINE_UNDER_FURNITURE = 4


def headline_index(lines: list[str]) -> int | None:
    """Index of the headline's line: the first line, or a line standing alone under a
    stamp or byline ("Last updated: 4/10/2005" above "Airline to cut jobs")
    or under a section's label ("NEWS")."""
    first = lines[0].strip() if lines else ""
    rest_starts_para = len(lines) > 1 and (not lines[1].strip() or len(lines) > 2)
    if (
        first
        and _is_headline(first)
        and rest_starts_para
        and not _goes_on(lines, 0)
        and not _is_furniture(first)
    ):
        under = _headline_under_furniture(lines) if _label_lines(lines) else None
        return 0 if under is None else under
    return _headline_under_furniture(lines)


def _goes_on(lines: list[str], index: int) -> bool:
    """Whether a line is a sentence's first line, blank lines after it or not: it ends on a
    word no sentence ends on ("Divers searched the lake for"), or the next line goes on in
    lower case ("Divers searched the lake after" | "the boat sank."), unless that is a
    byline ("by Jo Ames")."""
    below = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    return ends_mid_sentence(lines[index]) or (below[:1].islower() and not _is_furniture(below))


def _is_label_line(line: str) -> bool:
    """A section's label or a site's name: a word or two, each with a capital ("NEWS"); or
    the programme a broadcast story was heard on ("Heard on Morning Edition")."""
    words = line.split()
    capitals = 0 < len(words) <= _MAX_LABEL_WORDS and all(w[:1].isupper() for w in words)
    return capitals or bool(_PROGRAMME_LABEL.match(line.strip()))


def _label_lines(lines: list[str]) -> int:
    """How many lines at the top are a label standing alone: one section label ("NEWS",
    "UK Politics") or button ("Supported by"), or a site's name and its menu ("Kelby Radio"
    over "Home | UK | World")."""
    block = list(itertools.takewhile(str.strip, lines))
    if not block or len(block) == len(lines) or len(block) > _MAX_FURNITURE_ABOVE_HEADLINE:
        return 0
    menus = sum(is_menu_line(line) for line in block)
    labels = sum(
        not is_menu_line(line) and (_is_label_line(line) or is_chrome_line(line)) for line in block
    )
    # two lines are a label block only with a menu: two labels may be a headline's lines
    fits = menus + labels == len(block) and (len(block) == 1 or menus > 0)
    return len(block) if fits else 0


#: A photo caption under a byline or stamp: a short label, a colon and a sentence of its own
#: ("Rescued: Jo Ames carries the dog ashore at Brixham harbour"); a headline under them
#: is shorter ("Profile: Jo Ames").
_PHOTO_CAPTION = re.compile(r"^[A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){0,2}: [A-Z][^ ]*(?: [^ ]+){7}")


def _headline_under_furniture(lines: list[str]) -> int | None:
    """Index of a headline standing alone (between blank lines, or on its own line in text
    without blank lines) under at most two lines of furniture (a stamp, byline, editor's
    note or a row of buttons, not a dateline, which opens the story; or the first line's
    section label)."""
    furniture = 0
    labels = _label_lines(lines)
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if index < labels:
            furniture = 1  # the label block counts as one line of furniture
            continue
        above = _is_stamp_or_byline(line.strip()) or is_editors_note(line) or is_chrome_line(line)
        if furniture < _MAX_FURNITURE_ABOVE_HEADLINE and above:
            furniture += 1
            continue
        if not furniture:
            return None  # the first line is no furniture: only it may be the headline
        alone = not lines[index - 1].strip() and index + 1 < len(lines)
        alone = alone and not lines[index + 1].strip()
        # Text with no blank line at all has a paragraph on each line: a line there stands
        # alone when the text goes on under it, unless it is the dateline that opens the story.
        blank_free = all(other.strip() for other in lines) and index + 1 < len(lines)
        alone = alone or (blank_free and find_dateline(line.strip()) is None)
        long_enough = len(line.split()) >= _MIN_HEADLINE_UNDER_FURNITURE
        headline = _is_headline(line.strip()) and not _PHOTO_CAPTION.match(line.strip())
        headline = headline and not _goes_on(lines, index)
        return index if alone and long_enough and headline else None
    return None


def flat_headline(line: str) -> tuple[str, str] | None:
    """(headline, the rest) of a page flattened onto one line (line breaks written " . ")
    whose first line is its headline over the byline or stamp:
    "Baker is honoured . By . Jo Dale . PUBLISHED: . (the time) . ..."."""
    headline, found, rest = line.partition(" . ")
    if not found or not opens_flat_lead(rest):
        return None
    if not _is_headline(headline) or ends_sentence(headline):
        return None
    return " ".join(headline.split()), rest
