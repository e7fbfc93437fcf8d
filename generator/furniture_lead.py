"""The furniture above a story: bylines, stamps, datelines, labels, highlights and editor's
notes (`editors_notes`: where a note that a flattened page runs on into the story ends).

`LeadReader.lead` reads the leading paragraphs one by one until the story starts, and
collects what they say (writers, date, dateline, source); `generator.furniture` uses it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.bylines import (
    Byline,
    byline_paragraph,
    is_stamp_label,
    parse_byline,
    split_byline,
    split_flat_lead,
    writers_job,
)
from generator.datelines import dateline_agency, find_date, find_dateline, is_date_line
from generator.editors_notes import story_after_note
from generator.sources import agency_name, publication_in

#: Quote marks that tell a quoted line from a label.
QUOTE_MARKS = '"\u2018\u201c\u201d'
#: End of a sentence: a stop, then perhaps a closing quote or bracket.
_ENDS_SENTENCE = re.compile(
    r"[.!?\u2026:;]\s?['\u2019\"\u201d\u00bb)\]]*$|['\u2019\"\u201d\u00bb]$"
)
#: Words that end no sentence or heading ("... off the coast of"); a heading may end on
#: other words that end a wrapped line ("Kelby council to meet the storm head on").
_NEVER_LAST_WORDS = frozenset({"a", "an", "the", "of", "and", "or"})
#: Leading paragraphs where a byline, date stamp or dateline may stand.
LEAD_PARAGRAPHS = 6
#: Before the lead, a paragraph this short without a stop is a label or a button's text
#: ("Printable version", "Politics"): read, it would run into the lead's first sentence.
_MAX_LABEL_WORDS = 3
#: The writer's place on a line under the byline: "Reporting from Harlow, Ga.".
_REPORTING_FROM = re.compile(r"^Reporting from [A-Z][^.!?]{0,60}\.?$")
#: The dots or slashes between the parts of a header written on one line ("Updated: May
#: 14, 2024 / 6:02 PM EDT / CBS News"), and how many it has.
_DOTS = re.compile(r"\s+[\u00b7\u2022/]\s+")
_MAX_DOTTED_PARTS = 5
#: A blog's stamp with its byline: "Posted on May 14, 2024 by Jo Dale".
_POSTED_BY = re.compile(
    r"^(?:Posted|Published)(?: on)? (?P<when>[\w ,.:]{6,40}?) by (?P<names>[A-Z][^.!?]{2,60})$"
)
#: A wire's closing note on the story's first publication.
_PUBLISHED_NOTE = re.compile(
    r"^This (?:report|story|article) (?:by|from) (?P<by>[A-Z][\w .&'-]{1,60}?) was "
    r"(?:first )?published (?:on )?(?P<when>[\w ,.]{6,40}?)\.?$"
)
#: A label that may be a writer's name: two or three capitalised words.
_NAME_LINE = re.compile(r"^[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019.-]*){1,2}$")
#: A page's estimate of the reading time: "2 mins to read", "5 min read", "Reading time: 4
#: minutes".
_READING_TIME = re.compile(
    r"^(?:(?:estimated )?reading time\s*:?\s*\d{1,2}\s*min(?:ute)?s?\.?"
    r"|\d{1,2}(?:\s*-\s*\d{1,2})?\s*min(?:ute)?s?\.?\s+(?:to\s+)?read)$",
    re.IGNORECASE,
)
#: An editor's note above or under the headline ("Editor's note: This story has been
#: updated."): what the page says of the story, not the story.
_EDITORS_NOTE = re.compile(r"^editor['\u2019]s note\s*:", re.IGNORECASE)
#: The heading of a web page's list of highlights above the story ("STORY HIGHLIGHTS").
_HIGHLIGHTS_HEADING = re.compile(r"(?:story )?highlights:?$", re.IGNORECASE)


def is_highlights_heading(paragraph: str) -> bool:
    """Whether a paragraph heads a web page's list of highlights ("STORY HIGHLIGHTS")."""
    return bool(_HIGHLIGHTS_HEADING.match(paragraph.strip()))


def is_editors_note(paragraph: str) -> bool:
    """Whether a paragraph is an editor's note on the story ("Editor's note: ...")."""
    return bool(_EDITORS_NOTE.match(paragraph.strip()))


def ends_sentence(paragraph: str) -> bool:
    """Whether a paragraph ends as a sentence does: a stop, perhaps a closing mark after it."""
    return bool(_ENDS_SENTENCE.search(paragraph.rstrip()[-12:]))


def ends_mid_sentence(paragraph: str) -> bool:
    """Whether a line or paragraph ends on a word no sentence or heading ends on ("... off
    the coast of")."""
    words = paragraph.split()
    return bool(words) and words[-1] in _NEVER_LAST_WORDS


class LeadReader:
    """Collects what the leading furniture says while it is read."""

    def __init__(self) -> None:
        self.bylines: list[Byline] = []
        self.dateline: tuple[str, str | None, str | None] | None = None
        self.stamp_date: str | None = None
        self.named_source: str | None = None  # a line's publication or agency
        self.in_highlights = False
        self.name_above: str | None = None  # a label that may be a writer's name

    def authors(self) -> tuple[str, ...]:
        """The writers the bylines read so far name, each once, in order."""
        return tuple(dict.fromkeys(a for byline in self.bylines for a in byline.authors))

    def lead(self, paragraph: str) -> str | None:
        """The story text of a leading paragraph: "" when all furniture, None when not lead."""
        parts = _DOTS.split(paragraph)
        if 1 < len(parts) <= _MAX_DOTTED_PARTS and any(is_date_line(p) for p in parts):
            # "Jo Dale · CBC News · Posted: Jul 12, 2023": a header's lines on one line
            for part in parts:
                self.lead(part)
            return ""
        tag, _, stamp = paragraph.partition(" ")
        agency = agency_name(tag)
        if agency and is_date_line(stamp):  # "AFP Sun, March 3, 2024, 7:12 AM"
            self.named_source = self.named_source or agency
            paragraph = stamp
        posted = _POSTED_BY.match(paragraph)
        if posted and find_date(posted.group("when")):
            # "Posted on May 14, 2024 by Jo Dale": a blog's stamp and byline in one
            self.stamp_date = self.stamp_date or find_date(posted.group("when"))
            self.bylines.append(parse_byline(f"By {posted.group('names')}"))
            return ""
        if is_date_line(paragraph):
            self.stamp_date = self.stamp_date or find_date(paragraph)
            return ""
        if is_stamp_label(paragraph):
            return ""  # "PUBLISHED:" over the time, on a line of its own
        if _READING_TIME.match(paragraph.strip()):
            return ""
        if is_editors_note(paragraph):
            # A page flattened to one line runs the story on after the note.
            story = story_after_note(paragraph)
            if story is None:
                return ""
            read = self.lead(story)
            return story if read is None else read
        byline = byline_paragraph(paragraph)
        if byline:
            self.bylines.append(byline)
            return ""
        if is_highlights_heading(paragraph):
            self.in_highlights = True
            return ""
        if self.in_highlights and not ends_sentence(paragraph) and not find_dateline(paragraph):
            return ""  # a highlight: CNN's pages print them without stops
        self.in_highlights = False
        if _REPORTING_FROM.match(paragraph):
            return ""  # the writer's place under a byline: "Reporting from Harlow, Ga."
        if _is_label(paragraph) and find_dateline(paragraph) is None:
            publication = _publication_opening(paragraph) or agency_name(paragraph)
            self.named_source = self.named_source or publication
            if (publication or writers_job(paragraph)) and self.name_above is not None:
                # "Lisa Kern" over her paper's name or her job ("Court reporter"): the
                # writer's line, where a section's label ("Middle East") stands over a stamp
                self.bylines.append(parse_byline(f"By {self.name_above}"))
            self.name_above = paragraph if _NAME_LINE.match(paragraph) else None
            return ""  # not "PARIS (AFP) -" or "(CNN) --" on a line of its own
        flat = split_flat_lead(paragraph)
        if flat:
            if flat[0]:
                self.bylines.append(flat[0])
            self.stamp_date = self.stamp_date or flat[1]
            paragraph = flat[2]
        split = split_byline(paragraph)
        if split:
            self.bylines.append(split[0])
            paragraph = split[1]
        found = find_dateline(paragraph) if self.dateline is None else None
        if found:
            self.dateline = found
            paragraph = paragraph[len(found[0]) :].lstrip(" -\u2013\u2014")
            if is_editors_note(paragraph):  # "(CNN) -- Editor's note: ..."
                paragraph = story_after_note(paragraph) or ""
        elif not (split or flat):
            return None
        return paragraph

    def publication_note(self, paragraph: str) -> bool:
        """Read a wire's closing note ("This report by The Canadian Press was first published
        Oct. 3, 2023."): its agency names the source and its date dates the story."""
        note = _PUBLISHED_NOTE.match(paragraph.strip())
        if note is None:
            return False
        by = note.group("by").removeprefix("The ")
        named = agency_name(by) or publication_in(note.group("by"))
        self.named_source = self.named_source or named or note.group("by")
        self.stamp_date = self.stamp_date or find_date(note.group("when"))
        return True

    def later_stamp(self, paragraph: str, index: int) -> None:
        """Read the date of a stamp printed after the lead ("Published 6:12 p.m. ET ...")
        when no earlier furniture gave one; further down, a date alone heads a timeline."""
        if self.stamp_date is None and index < LEAD_PARAGRAPHS:
            self.stamp_date = find_date(paragraph)


def _is_label(paragraph: str) -> bool:
    words = paragraph.split()
    return (
        len(words) <= _MAX_LABEL_WORDS
        and not ends_sentence(paragraph)
        and not any(mark in paragraph for mark in QUOTE_MARKS + "'")
        and not paragraph[:1].islower()
    )


def _publication_opening(label: str) -> str | None:
    """The publication a label opens with: "BBC News, Kelby" under a byline -> "BBC News"."""
    # a paper's name is printed with or without its article: "Irish Times"
    named = publication_in(label) or publication_in(f"The {label}")
    # the whole label, or before a comma: "Dawn Vell", a writer's name, names no paper
    folded = label.casefold()
    whole = named is not None and any(
        folded == form or folded.startswith(form + ",")
        for form in (named.casefold(), named.casefold().removeprefix("the "))
    )
    return named if whole else None


#: Most words of a title line (a video's, a panel's) above the dateline.
_MAX_TITLE_WORDS = 12


#: Most words of a photo caption printed right above an agency's dateline.
_MAX_CAPTION_WORDS = 30


def titles_above_dateline(paragraphs: Sequence[str]) -> bool:
    """Whether the paragraphs open with short lines without a stop (titles) and then a
    dateline: a story starts at its dateline, and a lead sentence ends with a stop. The line
    right above a dateline that names an agency ("KELBY, England (CNN) --") may end with a
    stop: it is a photo caption, for the agency's story starts at its dateline."""
    dateline = find_dateline(paragraphs[0]) if paragraphs else None
    for index, paragraph in enumerate(paragraphs):
        if dateline:
            return index > 0
        # Each paragraph's dateline is read once: here as the one below, then as its own.
        dateline = find_dateline(paragraphs[index + 1]) if index + 1 < len(paragraphs) else None
        words = len(paragraph.split())
        caption = dateline and dateline_agency(dateline[0]) and words <= _MAX_CAPTION_WORDS
        if not caption and (ends_sentence(paragraph) or words > _MAX_TITLE_WORDS):
            return False
    return False


#: Most words of a standfirst, the line under the headline that sums the story up.
_MAX_STANDFIRST_WORDS = 40


def standfirst_above_header(paragraphs: Sequence[str]) -> bool:
    """Whether the paragraphs open with a standfirst (a line without a stop) over the rest of
    the header, a byline or a stamp: the story starts under the header, which a reader
    stopping at the standfirst would miss."""
    if not paragraphs or ends_sentence(paragraphs[0]):
        return False
    if len(paragraphs[0].split()) > _MAX_STANDFIRST_WORDS:
        return False
    for paragraph in paragraphs[1:]:
        if is_date_line(paragraph) or byline_paragraph(paragraph):
            return True
        if ends_sentence(paragraph) or len(paragraph.split()) > _MAX_LABEL_WORDS + 2:
            return False
    return False
