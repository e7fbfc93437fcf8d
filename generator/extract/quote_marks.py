"""Finding direct quotations in text by their marks, in every English news convention.

The text is read paragraph by paragraph, mark by mark, so the work is linear
in its length. Each quote mark is first classed by its neighbours
(an opening mark, a closing mark, or an apostrophe), then marks are paired:

* three families of marks pair independently: double (" “ ” „, and a pair of
  single marks ''), single (' ‘ ’; straight ones only in a text that quotes
  with singles) and guillemets (« » either way); a family opened inside another is nested
  ('British ‘single quotes’ with “doubles” inside') and belongs to the outer
  quote;
* an apostrophe never opens or closes: a letter on both sides (it’s,
  O’Neill), a digit after it (’70s), a mark between a space and a letter that
  is not an opening one (’em), "’n’" (`quote_mark_edges`);
* a closing single mark after an "s" and before a word may be a plural
  possessive (the players’ union): it closes only when the next single mark
  in the paragraph opens again, or none follows;
* a quote opened with one family and closed with the other (‘...,” or “...,')
  ends at that mark when it follows the words' stop, closes no nested quote, and
  no mark of the quote's own family closes later in the paragraph;
* a single mark opened inside a single-quoted quote nests when the rest of the
  paragraph closes two more single quotes than it opens;
* a paragraph left open continues in the next paragraph that opens with a
  mark (news style for long quotes); a single or straight mark left open
  with no continuation is only kept when that family is the document's main
  convention, since stray apostrophes look like openers;
* "‘We will win,’ she said, ‘and soon.’" is one quote in two parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from generator.extract.quote_mark_edges import cut_off, decade, n_elision, so_called_before

if TYPE_CHECKING:
    from generator.extract.entities import Entity

#: Most quotations one text gives: news articles hold up to about 120; each one found
#: costs attribution work over the whole document, so a text of thousands of quote
#: marks would cost minutes.
MAX_QUOTES = 200

#: Quoted stretches shorter than this are scare quotes or names, not speech; three
#: words can be speech (British copy quotes fragments: firms are ‘only just recovering’).
MIN_QUOTE_WORDS = 3
#: Fewest words of a fragment that a verb of saying or judging can still attribute
#: (the council was ‘deeply concerned’); one word is a label, not a quotation.
MIN_FRAGMENT_WORDS = 2

DOUBLE, SINGLE, GUILLEMET = "double", "single", "guillemet"
_FAMILY = {
    '"': DOUBLE,
    "\u201c": DOUBLE,
    "\u201d": DOUBLE,
    "\u201e": DOUBLE,
    "'": SINGLE,
    "\u2018": SINGLE,
    "\u2019": SINGLE,
    "\u00ab": GUILLEMET,
    "\u00bb": GUILLEMET,
}
ALL_MARKS = "".join(_FAMILY)
_MARK = re.compile(f"[{ALL_MARKS}]")
_SINGLES = "'\u2018\u2019"
#: Characters after which a mark still opens: "(‘", "—‘", ": ‘".
_OPEN_CONTEXT = "([{-\u2013\u2014:/"
#: Middle attribution: the words between two parts of one quote.
_MIDDLE = re.compile(r"[^.!?;:\u201c\u201d\"\u2018\u00ab\u00bb]{1,80},\s*")
_MIDDLE_WORDS = 10

OPEN, CLOSE, MAYBE_CLOSE = "open", "close", "maybe-close"
#: Closing double marks after which a right single mark closes the outer quote.
_NESTED_CLOSE = ("\u201d", '"')


@dataclass
class Quote:
    """A quotation: its text and where its parts are in the document."""

    parts: list[tuple[int, int]]  # character ranges of the quoted words
    text: str
    speaker: Entity | None = None
    family: str = DOUBLE
    #: Whether its parts were closed by a mark (an unclosed one ran to a paragraph's end).
    closed: bool = True


@dataclass
class _Mark:
    at: int
    family: str
    role: str
    width: int = 1  # characters of the mark: 2 for a pair of single marks


@dataclass
class _Open:
    family: str
    start: int  # first character after the opening mark
    nested: list[str] = field(default_factory=list)


def _is_space(char: str) -> bool:
    return char == "" or char.isspace()


def _classify(text: str, at: int, lo: int, hi: int) -> str | None:
    """OPEN, CLOSE, MAYBE_CLOSE, or None (an apostrophe) for the mark at ``at``."""
    char = text[at]
    before = text[at - 1] if at > lo else ""
    after = text[at + 1] if at + 1 < hi else ""
    left_open = _is_space(before) or before in _OPEN_CONTEXT or before in ALL_MARKS
    right_open = _is_space(after) or (not after.isalnum() and after not in ALL_MARKS)
    if char in "\u201c\u201e":
        return OPEN
    if char == "\u201d":
        return CLOSE
    if char == '"':
        if left_open and not _is_space(after):
            return OPEN
        return CLOSE
    if char in "\u00ab\u00bb":
        # «a» and »a« both occur; spaced French « a » reads left to right.
        if left_open and not _is_space(after):
            return OPEN
        if right_open and not _is_space(before):
            return CLOSE
        return OPEN if char == "\u00ab" else CLOSE
    return _classify_single(text, at, lo, hi, before, after, left_open)


def _classify_single(
    text: str, at: int, lo: int, hi: int, before: str, after: str, left_open: bool
) -> str | None:
    if before.isalnum() and after.isalnum():
        return None  # it’s, O’Neill, don't
    if after.isdigit() and decade(text, at + 1, hi):
        return None  # ’70s, '99; but ‘100 per cent’ opens
    if n_elision(text, at, lo, hi):
        return None
    char = text[at]
    if left_open:
        # Right after a nested quote's closing mark, spaced or not, a right mark before
        # a space or a stop closes the outer quote: "he said “Go home,” ’ she recalled",
        # "they shout “Go home!”’ she said".
        after_nested = before in _NESTED_CLOSE or (
            before == " " and at - 2 >= lo and text[at - 2] in _NESTED_CLOSE
        )
        if after_nested and char != "\u2018" and not after.isalnum():
            return CLOSE
        if cut_off(text, at, lo) and char != "\u2018" and not after.isalnum():
            return CLOSE  # speech broken off: "I went –' the senator said"
        if _is_space(after):
            return None  # a lone mark between spaces is an apostrophe
        if char == "\u2019" and after.isalpha():
            return None  # ’em, ’cause: a right mark cannot open
        return OPEN
    if _is_space(after) or not after.isalnum():
        # "the players’ union" and "Jesus’ words" against "fans,’ she said".
        if before in "sSzZ" and _is_space(after) and at + 2 < hi and text[at + 2].isalnum():
            return MAYBE_CLOSE
        return CLOSE
    return None


def _marks(text: str, lo: int, hi: int, straight_singles: bool, runs_on: bool) -> list[_Mark]:
    """The quote marks of one paragraph, classed; MAYBE_CLOSE settled by what follows.

    ``runs_on``: the next paragraph opens with a single mark, so a quote that opens this
    one may run on unclosed, as British style runs a speech over paragraphs."""
    marks: list[_Mark] = []
    straight: list[_Mark] = []  # closing straight singles in a text that quotes with doubles
    paired_at = -1
    for found in _MARK.finditer(text, lo, hi):
        at = found.start()
        if at == paired_at:
            continue  # the second mark of a pair read as one double mark
        char = text[at]
        if char in _SINGLES and at + 1 < hi and text[at + 1] in _SINGLES:
            # ''Typewriter doubles'' and ‘’ pairs are one double quote mark.
            paired_at = at + 1
            before = text[at - 1] if at > lo else ""
            after = text[at + 2] if at + 2 < hi else ""
            opens = (_is_space(before) or before in _OPEN_CONTEXT) and not _is_space(after)
            marks.append(_Mark(at, DOUBLE, OPEN if opens else CLOSE, width=2))
            continue
        if char == "'" and not straight_singles:
            if _ends_words(text, at, lo) and _is_space(text[at + 1] if at + 1 < hi else ""):
                # "“We will win,' she said": may close a double opened with the other mark.
                straight.append(_Mark(at, SINGLE, CLOSE))
            continue
        role = _classify(text, at, lo, hi)
        if role is not None:
            marks.append(_Mark(at, _FAMILY[char], role))
    # A possible possessive closes when the next single mark opens, or none follows.
    next_single: str | None = None
    singles = [m for m in marks if m.family == SINGLE]
    # "‘The tenants’ rents rose.¶‘..." and "She said: ‘The tenants’ rents rose.¶‘...": the
    # only mark after the one that opens the paragraph's speech is a possessive, and the
    # words run on into the next paragraph.
    opens_speech = (
        bool(singles)
        and singles[0].role == OPEN
        and text[lo : singles[0].at].rstrip()[-1:] in ("", ":")
    )
    running = runs_on and len(singles) == 2 and opens_speech
    for mark in reversed(marks):
        if mark.family != SINGLE:
            continue
        if mark.role == MAYBE_CLOSE:
            settles = next_single == OPEN or (next_single is None and not running)
            mark.role = CLOSE if settles else "skip"
        if mark.role in (OPEN, CLOSE):
            next_single = mark.role
    kept = [m for m in marks if m.role in (OPEN, CLOSE)]
    return sorted(kept + straight, key=lambda m: m.at) if straight else kept


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)]


def convention(text: str) -> str:
    """DOUBLE or SINGLE: which family the text mostly opens quotes with."""
    doubles = text.count("\u201c") + text.count('"') // 2 + text.count("''") // 2
    singles = text.count("\u2018") + len(re.findall(r"(?:^|\s)'[A-Za-z]", text))
    return SINGLE if singles > doubles else DOUBLE


def find_quotes(text: str, min_words: int = MIN_QUOTE_WORDS) -> list[Quote]:
    """Every quotation of at least ``min_words`` words, in text order, at most MAX_QUOTES.

    Roles (`role_quoted`) and attribution (`quotes`) both ask for one text's quotes, at
    two lengths: the marks are read once (`_all_quotes`) and each call gets new Quotes."""
    found = [
        Quote(parts=list(parts), text=words, family=family, closed=closed)
        for parts, words, family, closed in _all_quotes(text)
        if len(words.split()) >= min_words
    ]
    return found[:MAX_QUOTES]


#: A quote as `_all_quotes` keeps it: parts, words, family, closed.
_Found = tuple[tuple[tuple[int, int], ...], str, str, bool]


@lru_cache(maxsize=2)
def _all_quotes(text: str) -> tuple[_Found, ...]:
    """Every quotation of a text, of any length, titles of works left out."""
    main = convention(text)
    # Straight single marks are apostrophes in a text that quotes with doubles.
    straight_singles = main == SINGLE
    raw: list[Quote] = []
    pending: list[tuple[int, int]] = []
    pending_family = DOUBLE
    paragraphs = _paragraph_ranges(text)
    for index, (lo, hi) in enumerate(paragraphs):
        after = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else len(text)
        runs_on = text[after : after + 1] in ("\u2018", "'")
        marks = _marks(text, lo, hi, straight_singles, runs_on)
        first = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        opens_here = bool(marks) and marks[0].at == first and marks[0].role == OPEN
        if pending and not opens_here:
            if pending_family in (main, GUILLEMET):
                raw.append(_quote(text, pending, pending_family, closed=False))
            pending = []
        current: _Open | None = None
        following = _next_roles(marks)
        for index, mark in enumerate(marks):
            if current is None:
                if mark.role != OPEN:
                    continue  # a stray closing mark
                if pending and mark.at != first:
                    raw.append(_quote(text, pending, pending_family, closed=False))
                    pending = []
                current = _Open(mark.family, mark.at + mark.width)
            elif mark.family == current.family:
                if mark.role == CLOSE and current.nested[-1:] == [mark.family]:
                    current.nested.pop()  # the end of a quote in the same marks inside
                elif mark.role == CLOSE:
                    raw.append(_quote(text, [*pending, (current.start, mark.at)], mark.family))
                    pending, current = [], None
                elif mark.family == DOUBLE and not current.nested:
                    # A new opening mark inside a quote: the same speaker goes on
                    # ("What is it? "That if you ...").
                    pending.append((current.start, mark.at))
                    current.start = mark.at + mark.width
                elif mark.family == SINGLE and _nests(marks[index + 1 :]):
                    current.nested.append(SINGLE)
            elif _closes_mixed(text, lo, mark, current, following[index]):
                raw.append(_quote(text, [*pending, (current.start, mark.at)], current.family))
                pending, current = [], None
            elif mark.role == OPEN and mark.family not in current.nested:
                current.nested.append(mark.family)
            elif mark.role == CLOSE and mark.family in current.nested:
                del current.nested[current.nested.index(mark.family) :]
        if current is not None:
            # Unclosed at the paragraph's end: continues if the next one opens.
            pending.append((current.start, hi))
            pending_family = current.family
    if pending and (pending_family in (main, GUILLEMET)):
        raw.append(_quote(text, pending, pending_family, closed=False))
    joined = _join_middle_attribution(text, raw)
    return tuple(
        (tuple(q.parts), q.text, q.family, q.closed)
        for q in joined
        if not _is_title(q.text) and not so_called_before(text, q.parts[0][0])
    )


#: What ends quoted words right before a closing mark: "win,’", "now.”", "why?'".
_WORDS_END = ",.!?\u2026"


def _ends_words(text: str, at: int, lo: int) -> bool:
    return at > lo and text[at - 1] in _WORDS_END


def _next_roles(marks: list[_Mark]) -> list[dict[str, str]]:
    """For each mark, the role of the next mark of each family after it in the paragraph."""
    out: list[dict[str, str]] = []
    ahead: dict[str, str] = {}
    for mark in reversed(marks):
        out.append(dict(ahead))
        ahead[mark.family] = mark.role
    return out[::-1]


def _nests(rest: list[_Mark]) -> bool:
    """Whether a single opening mark inside a single-quoted quote opens a quote within it
    ("‘... I said, ‘Can you come?’ and he did.’"): the rest of the paragraph closes two
    more single quotes than it opens."""
    return sum((m.role == CLOSE) - (m.role == OPEN) for m in rest if m.family == SINGLE) >= 2


def _closes_mixed(text: str, lo: int, mark: _Mark, current: _Open, ahead: dict[str, str]) -> bool:
    """Whether a closing mark of the other family ends the open quote: "‘We will win,” she
    said" and "“We will win,’ she said" mix single and double marks. It must follow the
    quote's last words and their stop, close no quote opened inside, and no mark of the
    quote's own family may close it later in the paragraph (then it is a nested quote's)."""
    return (
        mark.role == CLOSE
        and {mark.family, current.family} == {SINGLE, DOUBLE}
        and mark.family not in current.nested
        and _ends_words(text, mark.at, lo)
        and ahead.get(current.family) != CLOSE
    )


def _join_middle_attribution(text: str, quotes: list[Quote]) -> list[Quote]:
    """ "‘We will win,’ she said, ‘and soon.’" -> one quote in two parts."""
    out: list[Quote] = []
    for quote in quotes:
        previous = out[-1] if out else None
        if previous is not None and previous.closed:
            end = previous.parts[-1][1]
            start = quote.parts[0][0]
            between = text[end + 1 : start - 1]
            if (
                text[end - 1 : end] == ","
                and "\n" not in between
                and len(between.split()) <= _MIDDLE_WORDS
                and _MIDDLE.fullmatch(between.lstrip(",")) is not None
                and not text[start : start + 1].isupper()
            ):
                out[-1] = _quote(text, [*previous.parts, *quote.parts], previous.family)
                out[-1].closed = quote.closed
                continue
        out.append(quote)
    return out


def _is_title(text: str) -> bool:
    """ "Never Ask The Moon": a name of a work, not words someone said; short, a name may
    keep its small words in lower case as headlines do ("Keeper of the Reeds")."""
    words = text.split()
    if len(words) > 8 or not text[-1:].isalnum() or all(w[:1].isupper() for w in words):
        return len(words) <= 8 and text[-1:].isalnum()
    return (
        len(words) <= MAX_HEADLINE_NAME_WORDS
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in _SMALL_WORDS for w in words)
    )


#: Most words of a headline-case name, and the small words it leaves in lower case.
MAX_HEADLINE_NAME_WORDS = 4
_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by"})


def _quote(text: str, parts: list[tuple[int, int]], family: str, closed: bool = True) -> Quote:
    words = " ".join(" ".join(text[a:b].split()) for a, b in parts)
    words = words.strip(" ," + ALL_MARKS)
    return Quote(parts=list(parts), text=words, family=family, closed=closed)
