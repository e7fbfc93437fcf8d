"""Plain-text and Markdown seeds -> headline, paragraphs and source trailer.

Only the text's own shape is read here (the headline's line, which `generator.seed_headlines`
finds; hard-wrapped or indented paragraphs, Markdown blocks, ``Original Source:`` trailer,
CNN ``@highlight`` blocks); furniture such as bylines and datelines is read in
`generator.seeds`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt

from generator.bylines import byline_paragraph
from generator.datelines import is_date_line
from generator.furniture_lead import ends_sentence, is_editors_note
from generator.record import max_chars
from generator.seed_headlines import flat_headline, headline_index, joined_bylines
from generator.sources import agency_in, publication_in, source_from


@dataclass
class Parts:
    """What a reader of one kind of file found, before furniture is read."""

    title: str | None
    paragraphs: list[str]
    list_items: set[str] = field(default_factory=set)
    source_name: str | None = None
    source_url: str | None = None
    page_date: str | None = None
    authors: tuple[str, ...] = ()


#: Longest headline a record's title holds; a longer "heading" is a paragraph.
MAX_HEADLINE_CHARS = max_chars("title")


# --- plain text and Markdown -----------------------------------------------------


_INDENT = re.compile(r"^(?: {2,}|\t)\S")


def _split_indented(block: str) -> list[str]:
    """A block whose paragraphs start with an indented line (wire copy) -> paragraphs."""
    lines = [line for line in block.split("\n") if line.strip()]
    indented = [bool(_INDENT.match(line)) for line in lines]
    # Only a mix of indented and flush lines marks paragraph starts; a block
    # indented throughout is just indented text.
    if len(lines) < 2 or all(indented) or not any(indented[1:]):
        return [" ".join(block.split())]
    paragraphs: list[list[str]] = []
    for line, starts in zip(lines, indented, strict=True):
        if starts or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(line)
    return [" ".join(" ".join(p).split()) for p in paragraphs]


#: A block of one short line (a label, a stamp) may stand among the header blocks.
_MAX_HEADER_WORDS = 8
#: Longest line of a page's header block but a stamp: a writer's name, a handle, a button.
_MAX_HEADER_LINE = 50


#: Words that end a wrapped line of prose and never a header's line.
_CONTINUING = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "that"}
    | {"with", "from", "as", "is", "was", "were", "has", "had", "have", "be", "who", "said"}
)


def _header_lines(block: str) -> list[str] | None:
    """The lines of a block of page furniture copied from a web page ("Kate Vell",
    "@katevell", "Sun 3 Mar 2024 12.01 GMT", "Share"), each a paragraph of its own; None
    for prose. Hard-wrapped prose has long lines, or goes on in lower case."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if len(lines) < 2 or any(_too_long_for_a_header(line) for line in lines):
        return None
    if any(line[:1].islower() for line in lines[1:]):
        return None
    if any(line.split()[-1] in _CONTINUING for line in lines[:-1]):
        return None  # "Police said on Monday that / Tom Vane had been held.": a sentence
    return [" ".join(line.split()) for line in lines]


def _too_long_for_a_header(line: str) -> bool:
    """Whether a line is too long for a header's, unless it is a stamp ("Published 6:02
    p.m. ET Oct. 4, 2016 | Updated 7:15 p.m. ET Oct. 4, 2016")."""
    return len(line) > _MAX_HEADER_LINE and not is_date_line(line)


def _opens_with_byline(block: str) -> bool:
    """Whether a block is a byline over the writer's job ("By Kate Vell" above "Health
    correspondent"), which a caption or a stamp above may have kept from the header."""
    first = block.strip().split("\n", 1)[0].strip()
    return byline_paragraph(first) is not None


def _header_goes_on(header: list[str] | None, block: str) -> bool:
    """Whether the page's header may go on after a block: it was one (``header``), or it is
    one short line (a label, a stamp), one line without a stop (a standfirst) or an
    editor's note."""
    one_line = "\n" not in block.strip()
    return (
        header is not None
        or len(block.split()) <= _MAX_HEADER_WORDS
        or (one_line and not ends_sentence(block))
        or is_editors_note(block)
    )


def _paragraphs_txt(text: str) -> list[str]:
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    if len(blocks) > 1:
        # Hard-wrapped text: a block's lines are one paragraph, except in the blocks of
        # page furniture above the story.
        paragraphs: list[str] = []
        in_header = True
        for block in blocks:
            header = _header_lines(block) if in_header or _opens_with_byline(block) else None
            in_header = _header_goes_on(header, block)
            paragraphs.extend(header or _split_indented(block))
        return paragraphs
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 2 and sum(bool(_INDENT.match(line)) for line in lines) >= 2:
        return _split_indented(text)
    return [" ".join(line.split()) for line in lines]


#: Wire copy's mark of a company's name, "<Tarn Vell Bank>" or its ticker "<TVB.L>", which
#: a hard-wrapped line may break: the name is read without the marks, which would end up
#: inside the organization's name.
_WIRE_NAME_MARK = re.compile(r"<([A-Z](?:[^<>\n]|\n(?![ \t]*\n)){0,80})>")
#: A ticker's mark right after a capitalised word, the end of the company's name
#: ("Tarn Vell Corp <TVC> said", "TARN VELL <TVC.L> TO SELL"): read as a word, the ticker
#: runs into the name ("Tarn Vell Corp TVC"), and in brackets a headline's "TARN (TVC)"
#: reads as a dateline's agency tag, so the ticker is left out; the name stays whole.
_WIRE_TICKER = re.compile(
    r"(?<![\w.'’&])([A-Z][\w.'’&]*)[ \t]*\n?[ \t]*<[A-Z][A-Z0-9]{0,6}(?:\.[A-Z]{1,3})?>"
)


def read_txt(text: str) -> tuple[str | None, list[str]]:
    """(headline or None, paragraphs) of a plain-text article."""
    text = _WIRE_NAME_MARK.sub(r"\1", _WIRE_TICKER.sub(r"\1", text))
    lines = joined_bylines(text.strip("\n").split("\n"))
    flat = flat_headline(lines[0]) if len(lines) == 1 else None
    if flat is not None:
        return flat[0], _paragraphs_txt(flat[1])
    at = headline_index(lines)
    if at is None:
        return None, _paragraphs_txt("\n".join(lines))
    headline = _ATX_MARKS.sub("", lines[at])
    return " ".join(headline.split()), _paragraphs_txt("\n".join(lines[:at] + lines[at + 1 :]))


#: A Markdown heading's marks before a plain-text headline ("# Ferry fares rise"): a text
#: saved as .txt is read line by line, and the marks are no part of the headline.
_ATX_MARKS = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)")


_MD = MarkdownIt("commonmark")


def read_md(text: str) -> tuple[str | None, list[str], set[str]]:
    """(first heading or None, paragraphs, the paragraphs that are list items) of a
    Markdown article, as plain text."""
    title = None
    paragraphs: list[str] = []
    items: set[str] = set()
    tokens = _MD.parse(text)
    heading_open = False
    list_depth = 0
    in_header = True  # the paragraphs above the story, where a block may be page furniture
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            heading_open = True
        elif token.type == "heading_close":
            heading_open = False
        elif token.type == "list_item_open":
            list_depth += 1
        elif token.type == "list_item_close":
            list_depth -= 1
        elif token.type == "inline":
            lines = _inline_text(token)
            plain = " ".join(lines.split())
            # A paragraph marked as a heading ("# The council met on ...") stays text.
            h1 = heading_open and tokens[index - 1].tag == "h1"
            if h1 and title is None and len(plain) <= MAX_HEADLINE_CHARS:
                title = plain
                continue
            header = _header_lines(lines) if in_header and not list_depth else None
            in_header = _header_goes_on(header, plain)
            if header:
                paragraphs.extend(header)
            elif plain:
                paragraphs.append(plain)
                if list_depth:
                    items.add(plain)
        elif token.type in ("fence", "code_block") and token.content.strip():
            paragraphs.append(" ".join(token.content.split()))
    return title, paragraphs, items


def _inline_text(token: Any) -> str:
    """The plain text of an inline token, its line breaks kept."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append("")
    return "".join(parts)


#: A list item of plain text ("- Wheat output fell", "2. Date palms are dying").
LIST_ITEM = re.compile(r"^(?:[-*+\u2022]|\d{1,2}[.)])\s")


# --- highlights --------------------------------------------------------------------


def split_highlights(text: str) -> tuple[str, tuple[str, ...]]:
    """(article, highlight sentences) of a CNN/DailyMail ``.story`` text."""
    at = text.find("@highlight")
    if at < 0:
        return text, ()
    highlights = tuple(
        " ".join(line.split())
        for line in text[at:].split("\n")
        if line.strip() and line.strip() != "@highlight"
    )
    return text[:at], highlights


_SOURCE_LINE = re.compile(r"^\s*(?:original\s+)?source\s*:\s*(?P<value>\S.*?)\s*$", re.IGNORECASE)


def source_of(value: str) -> tuple[str | None, str | None]:
    """`source_from` for any value: one whose host urlsplit refuses ("http://[::1", a
    feed's link, a front matter url) gives neither name nor URL, where it would raise."""
    try:
        return source_from(value)
    except ValueError:
        return None, None


def _trailer_source(value: str) -> tuple[str | None, str | None]:
    """(name, URL) of a source trailer; a sign-off in capitals names the publication or
    agency we know as we write it ("SOURCE: AL JAZEERA AND NEWS AGENCIES" -> "Al Jazeera")."""
    name, url = source_of(value)
    if url is None and value.isupper():
        name = publication_in(value) or agency_in(value) or name
    return name, url


#: Markdown's inline markers; markdown-it spends ~60 µs on each, so a text made of them
#: would take minutes. Real articles have a few hundred.
_INLINE_MARKERS = re.compile(r"[*_\[\]`<>!]")
MAX_MARKDOWN_MARKERS = 20_000


def text_parts(body: str, markdown: bool, warnings: list[str]) -> Parts:
    if markdown and len(_INLINE_MARKERS.findall(body)) > MAX_MARKDOWN_MARKERS:
        markdown = False
        warnings.append(f"over {MAX_MARKDOWN_MARKERS} Markdown markers; read as plain text")
    lines = body.rstrip().split("\n")
    source_name = source_url = None
    # The trailer may be followed by blank lines; only the last non-blank counts.
    if lines and (m := _SOURCE_LINE.match(lines[-1])):
        source_name, source_url = _trailer_source(m.group("value"))
        body = "\n".join(lines[:-1])
    items: set[str] = set()
    if markdown:
        title, paragraphs, items = read_md(body)
    else:
        title, paragraphs = read_txt(body)
    return Parts(title, paragraphs, items, source_name, source_url)
