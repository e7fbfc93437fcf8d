"""Article furniture: what a page prints around the story.

Web chrome ("Advertisement", share buttons) is not text of the article at all and is
removed from the body in `generator.web_chrome`. Here:
- bylines, datelines, date stamps, credits, photo captions and repeated paragraphs are text a
  reader may want in the body, but not story: `read_furniture` keeps the body as it is and
  gives the paragraphs that language processing reads without them. What stands above
  the story (bylines, stamps, datelines, labels) is read by `generator.furniture_lead`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from generator.bylines import byline_paragraph, writers_job
from generator.datelines import dateline_agency, is_date_line
from generator.furniture_breaks import joined_broken_lines
from generator.furniture_lead import (
    LEAD_PARAGRAPHS,
    QUOTE_MARKS,
    LeadReader,
    ends_sentence,
    standfirst_above_header,
    titles_above_dateline,
)
from generator.paragraph_repeats import (
    SENTENCE_GAP,
    SeenParagraphs,
    glued_blocks,
    in_running_quote,
    norm,
    opens_quote,
    within,
    word_count,
)

# --- credits, captions and debris, kept out of the language processing ---------------

#: Contributor and editing credits ("Reporting by X; Editing by Y", "Contributing: Jane Doe").
_CREDIT = re.compile(
    r"^\(?\s*(?:(?:additional|further|extra)\s+)?(?:reporting|writing|editing|compiled|"
    r"compiling|research|contributing|contributions?|produced|graphics|photos|video)"
    r"(?:\s+by\b|\s*:)|^editor['\u2019]s note\s*:|^with files from\b"
    # a paper's note on its print edition: "A version of this article appears in print on"
    r"|^a version of this (?:article|story) appear(?:s|ed) in print\b",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"\bcontributed(?: reporting)? to this (?:report|story|article)\b|\bcontributed reporting\b"
    # "CNN's Jo Ames reported from Kabul.", "Fox News' Jo Ames reports from the Capitol."
    r"|^(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*['\u2019]s? [A-Z][^.]{0,80}"
    r"\b(?:reported|reports|wrote|reporting) from\b",
)
#: A wire desk's contact line after the story, run into its last paragraph or on its own:
#: "-- Jo Ames, Oslo Newsroom +47 22 00 00 00" (the reporter, the city desk, its telephone).
_CONTACT_LINE = (
    r"(?-i:\s*(?:--|\u2014|\u2013)\s*(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s*,\s*)?"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}\s+(?:Newsroom|Newsdesk|Desk|Bureau)"
    r"(?:\s*[,:]?\s*(?:Tel\s*)?\+?[\d()][\d ()/-]*)?\s*$)"
)
_TRAILING_CREDIT = re.compile(
    _CONTACT_LINE
    + r"|\s*\((?:additional |further )?(?:reporting|writing|editing|compiled)\b[^()]*\)\s*$"
    r"|\s*Follow (?:him|her|them|us|\w+) on (?:Twitter|Instagram|Facebook|X)\s*:?\s*@\w+\.?\s*$"
    # A credit run into the story's last paragraph, as CNN's flattened copy prints it:
    # "... the sheriff added. CNN's Jo Ames contributed to this report."
    r"|(?<=[.!?'\u2019\"\u201d])\s+(?:--\s*)?[^.!?]{0,160}\bcontributed(?: reporting)? to this"
    r" (?:report|story|article)\s*\.?\s*$"
    r"|(?<=[.!?'\u2019\"\u201d])\s+[^.!?]{0,80}\breported (?:this story from\b[^.!?]{0,60}"
    r"|from\b[^.!?]{0,60},? and [^.!?]{0,60}\bwrote (?:it|this story)\b)[^.!?]{0,40}\s*\.\s*$",
    re.I,
)
#: A paragraph may end in two credits ("X reported from Beirut. Y contributed to this report.").
_MAX_TRAILING_CREDITS = 2
#: Paragraphs that point elsewhere or label a picture: "Read more: ...", "Pictured: ...".
_DEBRIS = re.compile(
    r"^(?:read more|related|see also|more on this(?: story)?|more about|watch|video|listen|pictured"
    r"|above|below|left|right|top|inset|main (?:image|picture|photo)|photos?|photograph"
    r"|picture|image|credit|source|file photo)\s*:"
    r"|^[0-9a-f]{16,}$|^(?:\d{1,6}|(?:\d{1,6} )?comments?(?: \(\d{1,6}\))?)$"
    r"|^(?:pictured|image (?:copyright|caption|source)|media caption|picture (?:copyright|caption)"
    r"|sign up\b|subscribe\b|follow @|follow (?:us|\w+(?: \w+)?) on (?:twitter|x|facebook|"
    r"instagram)\b|click here\b|tap here\b|\u00a9|copyright\b|getty images)",
    re.IGNORECASE,
)
_PHOTO_CREDIT_END = re.compile(
    r"(?:\((?:photo|picture|image|credit|photograph|pictures|file photo)\b[^()]*\)"
    r"|\(\s*[A-Z][^()/]{0,40}/\s?[A-Z][^()/]{0,40}\)|\([^()]{0,40}\bfile photo\s*\)"
    r"|\b(?:Getty Images|Shutterstock|AP Photo[^.]*|Alamy|PA Wire))\s*\.?$",
    re.IGNORECASE,
)
#: What marks a sentence as a photo caption.
_CAPTION_CUE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:pictured|seen|shown)\b|\bpictured\b"
    r"|\((?:pictured|left|right|centre|center|above|below|top|bottom|inset|file)\b[^()]*\)"
    r"|,\s*(?:left|right|centre|center|above|below)\s*(?:,|$)|\b(?:seen|shown) (?:above|here|below)"
    r"|\bin this (?:file )?(?:photo|image|picture)\b"
    r"|\b(?:library|stock|file) (?:image|photo|picture)\b",
    re.IGNORECASE,
)
#: A sentence that points at a picture on the page: "Jane Doe is pictured above with her team".
_POINTS_AT_PICTURE = re.compile(
    r"\b(?:is|are|was|were) (?:pictured|seen|shown) (?:above|below|left|right|top|here|inset)\b"
    r"|\bpictured (?:above|below|left|right)\b",
    re.IGNORECASE,
)


def _is_picture_sentence(sentence: str) -> bool:
    return bool(_POINTS_AT_PICTURE.search(sentence)) and not any(
        mark in sentence for mark in QUOTE_MARKS
    )


#: A paragraph this long or longer tells whether the writer ends paragraphs with a stop.
_LONG_PARAGRAPH_WORDS = 8
#: A caption has a subject and a verb at least; shorter text without a stop is left alone.
_MIN_CAPTION_WORDS = 3
#: Longer text without a final stop is a paragraph that lost its stop, not a caption.
_MAX_CAPTION_WORDS = 60


@dataclass(frozen=True)
class Furniture:
    """What a body's furniture says, and the paragraphs of story without it."""

    article: tuple[str, ...]
    byline: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None
    dateline_place: str | None = None
    date: str | None = None
    agency: str | None = None


def _may_be_caption(paragraph: str) -> bool:
    """Whether a paragraph bears a caption's cue or lacks a sentence's closing stop."""
    return bool(_CAPTION_CUE.search(paragraph)) or not ends_sentence(paragraph)


def _is_credit(paragraph: str) -> bool:
    words = len(paragraph.split())
    return bool(
        (_CREDIT.match(paragraph) and words <= 60)
        or (_CONTRIBUTED.search(paragraph) and words <= 50)
    )


#: Closing paragraphs read for a note on the writer, and its most words.
_CLOSING_NOTES = 2
_MAX_NOTE_WORDS = 40


def _writers_note(paragraph: str, reader: LeadReader, from_end: int) -> bool:
    """Whether a closing paragraph is a note on a writer the byline names ("Jo Ames covers
    the courts for the Metro desk."): it opens with the writer's full name."""
    return (
        from_end <= _CLOSING_NOTES
        and len(paragraph.split()) <= _MAX_NOTE_WORDS
        and any(paragraph.startswith(f"{writer} ") for writer in reader.authors())
    )


def _is_debris(paragraph: str) -> bool:
    return bool(
        (_DEBRIS.match(paragraph) and len(paragraph.split()) <= 40)
        or _PHOTO_CREDIT_END.search(paragraph[-120:])
    )


def _caption_style(paragraphs: Sequence[str]) -> tuple[bool, bool]:
    """(the writer ends paragraphs with a stop, so one without is a caption or label;
    and the page has more than one such, so it prints captions of several sentences too)."""
    long = [p for p in paragraphs if len(p.split()) >= _LONG_PARAGRAPH_WORDS]
    ended = sum(ends_sentence(p) for p in long)
    punctuates = len(long) >= 3 and ended >= 0.5 * len(long)
    unended = sum(not ends_sentence(p) and len(p.split()) >= _MIN_CAPTION_WORDS for p in paragraphs)
    return punctuates, punctuates and unended >= 2


def read_furniture(
    paragraphs: Sequence[str], keep: Collection[int] = (), signoff: str | None = None
) -> Furniture:
    """The furniture of a body and its story paragraphs; `keep` are indices never dropped
    (list items), `signoff` the agency of a wire sign-off."""
    reader = LeadReader()
    story: list[str] = list(paragraphs)
    for index, paragraph in enumerate(paragraphs[:LEAD_PARAGRAPHS]):
        text = reader.lead(paragraph)
        header = paragraphs[index:LEAD_PARAGRAPHS]
        if text is None and (titles_above_dateline(header) or standfirst_above_header(header)):
            text = ""  # a video's or a panel's title above the dateline, or a standfirst
        if text is None:
            break
        story[index] = text
        if text:
            break
    # Pass 1: drop what is furniture by its own form; indices tell list items apart.
    candidates: list[tuple[int, str]] = []
    after_byline = False
    for index, paragraph in enumerate(story):
        # a closing note names a writer of the bylines read so far
        if paragraph and index not in keep and _writers_note(paragraph, reader, len(story) - index):
            continue
        if paragraph and index not in keep:
            byline = byline_paragraph(paragraph)
            job = after_byline and writers_job(paragraph)
            after_byline = byline is not None
            if byline or job:  # the byline, or the writer's job printed under it
                if byline:
                    reader.bylines.append(byline)
                continue
            for _ in range(_MAX_TRAILING_CREDITS):
                paragraph = _TRAILING_CREDIT.sub("", paragraph)
            if is_date_line(paragraph):
                reader.later_stamp(paragraph, index)
                continue
            if reader.publication_note(paragraph):
                continue
            if _is_credit(paragraph) or _is_debris(paragraph):
                continue
        if paragraph:
            candidates.append((index, paragraph))
    candidates = joined_broken_lines(candidates, keep)
    # Pass 2: captions, by the page's habits, and paragraphs the page repeats.
    style = _caption_style([p for _, p in candidates])
    seen = SeenParagraphs()
    article: list[str] = []
    blocks = glued_blocks([p for _, p in candidates], _may_be_caption)
    dropped_from: str | None = None  # what the paragraph before repeated, if it was dropped
    for position, (index, paragraph) in enumerate(candidates):
        if position in blocks:
            dropped_from = None
            continue
        following = [p for _, p in candidates[position + 1 : position + 2]]
        if index not in keep and not _broken(paragraph, following):
            paragraph = _without_caption(paragraph, style, seen.paragraphs, seen.sentences)
        if not norm(paragraph):
            continue
        earlier = seen.repeated(paragraph)
        before, after = article[-1] if article else None, following[0] if following else None
        if earlier is not None and in_running_quote(paragraph, before, after, earlier):
            # A page repeats a speech's words in a caption or the lead, but a paragraph of a
            # speech over paragraphs is the story's: dropped, it would cut the speech.
            earlier = None
        if earlier is None and dropped_from is not None and within(paragraph, dropped_from):
            earlier = dropped_from  # the rest of the repeat just dropped ("'He is here.'")
        if earlier is not None and (
            _story_after_caption(earlier, paragraph, article)
            or _told_on_after(earlier, paragraph, after, article)
        ):
            # The page printed the paragraph first as a caption ("X (above) told ..."), or
            # apart from the speech that goes on from it, then in its place in the story:
            # the story's copy keeps the story's order.
            article.remove(earlier)
            seen.forget(earlier)
            earlier = None
        if earlier is None:
            seen.add(paragraph)
            article.append(paragraph)
        dropped_from = earlier
    return _furniture(reader, tuple(article), signoff)


def _story_after_caption(earlier: str, paragraph: str, article: list[str]) -> bool:
    """Whether ``paragraph`` repeats a kept ``earlier`` one that is marked as a caption
    while it is not, and says as much: a shorter copy is an excerpt ("one line reads:
    '...'" printed again under a picture), whatever marks the longer one bears."""
    caption = _CAPTION_CUE.search(earlier) and not _CAPTION_CUE.search(paragraph)
    whole = word_count(paragraph) >= word_count(earlier)
    return bool(caption) and whole and earlier in article


#: A speech credited to "he" or "she" only: it goes on from the paragraph before it.
_PRONOUN_CREDIT = re.compile(
    r"[,.!?]['\u2019\"\u201d] (?:he|she|they) (?:said|says|added|adds|told|explained)\b"
)
#: The story's first paragraphs: a copy there is the lead, which stays in its place.
_LEAD_PARAGRAPHS = 3


def _told_on_after(earlier: str, paragraph: str, after: str | None, article: list[str]) -> bool:
    """Whether ``paragraph``, a word-for-word copy of a kept ``earlier`` one, is the story's
    copy because the paragraph after it goes on from it: a speech credited only to "she"
    ("'...,' she said" after "said his aunt X") would otherwise follow whoever spoke before
    the dropped copy. A copy among the lead's paragraphs stays where it is; a near copy
    ("Speaking to X, she said" for "X told Y") may be news of its own and is not moved."""
    return (
        norm(paragraph) == norm(earlier)
        and after is not None
        and opens_quote(after)
        and _PRONOUN_CREDIT.search(after) is not None
        and earlier in article[_LEAD_PARAGRAPHS:]
    )


def _broken(paragraph: str, following: Sequence[str]) -> bool:
    """Whether a paragraph is part of a longer one or of a quote: it starts in lower case,
    opens a quote (and has no caption's marks), leaves a quote open, or the next paragraph
    goes on in lower case."""
    opens = paragraph[:1].islower() or (
        opens_quote(paragraph) and not _CAPTION_CUE.search(paragraph)
    )
    unclosed = paragraph.count('"') % 2 == 1 or paragraph.count("\u201c") > paragraph.count(
        "\u201d"
    )
    return opens or unclosed or bool(following and following[0][:1].islower())


def _without_caption(
    paragraph: str,
    style: tuple[bool, bool],
    seen_paragraphs: Collection[str],
    seen_sentences: set[str],
) -> str:
    """The paragraph without a photo caption: "" when it is one, else without a glued one."""
    if _POINTS_AT_PICTURE.search(paragraph):
        # "X is pictured above with Y." points at a picture wherever it stands.
        sentences = SENTENCE_GAP.split(paragraph)
        paragraph = " ".join(s for s in sentences if not _is_picture_sentence(s))
    if not paragraph or ends_sentence(paragraph):
        return paragraph
    sentences = SENTENCE_GAP.split(paragraph)
    tail, head = sentences[-1], sentences[:-1]
    if len(tail.split()) < _MIN_CAPTION_WORDS:
        return paragraph
    if not head:
        # One sentence with no stop: a caption, label or heading when the writer uses stops.
        return "" if style[0] or _CAPTION_CUE.search(tail) else paragraph
    if all(norm(s) in seen_sentences for s in head) or norm(" ".join(head)) in seen_paragraphs:
        return ""  # an earlier paragraph again, with a caption glued on
    if _CAPTION_CUE.search(tail):
        return " ".join(head)
    # A stop may just be missing after real text, unless the page prints such captions.
    return "" if style[1] and len(paragraph.split()) <= _MAX_CAPTION_WORDS else paragraph


def _furniture(reader: LeadReader, article: tuple[str, ...], signoff: str | None) -> Furniture:
    authors = reader.authors()
    lead = reader.bylines[0] if reader.bylines else None
    dateline = reader.dateline
    date = (dateline[2] if dateline else None) or reader.stamp_date or (lead.date if lead else None)
    agency = (
        (dateline_agency(dateline[0]) if dateline else None)
        or (lead.agency if lead else None)
        or reader.named_source
    )
    return Furniture(
        article=article,
        byline=lead.text if lead else None,
        authors=authors,
        dateline=dateline[0] if dateline else None,
        dateline_place=dateline[1] if dateline else None,
        date=date,
        agency=agency or signoff,
    )
