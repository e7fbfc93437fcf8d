"""Finding direct quotations in text by their marks, in every English news convention.

The text is read paragraph by paragraph, mark by mark, so the work is linear
in its length. Each quote mark is first classed by its neighbours
(an opening mark, a closing mark, or an apostrophe), then marks are paired:

* four families of marks pair independently: double (" “ ” „, and a pair of
  single marks ''), single (' ‘ ’; straight ones only in a text that quotes
  with singles), guillemets (« » either way) and single guillemets (‹ ›, nested in
  « » or quoting alone); a family opened inside another is nested
  ('British ‘single quotes’ with “doubles” inside') and belongs to the outer
  quote;
* an apostrophe never opens or closes: a letter on both sides (it’s,
  O’Neill), a digit after it (’70s), a mark between a space and a letter that
  is not an opening one (’em), "’n’" (`quote_mark_edges`);
* a closing single mark after an "s" may be a plural possessive (the
  players’ union), settled by the marks after it (`quote_paragraph_marks`) and
  around it (`quote_word_ends`; also a dropped g: goin');
* a curly double turned round ("ruling,“ said", "said: ”We") takes the role its
  neighbours say, and so does a spaced guillemet ("attendre », dit"); an inch mark
  after a number ("6'2\"") is no quote mark (`quote_mark_shapes`);
* a single mark between spaces after a stop or a dash closes the single quote
  open there, else opens one; so does a straight double between spaces or glued
  between a sentence's stop and a word (a paragraph break lost: 'gate."We'); a mark
  of any shape before a paragraph's first word opens (`quote_mark_roles`);
* a quote opened with one family and closed with the other (‘...,” or “...,')
  ends at that mark when it follows the words' stop, closes no nested quote, and
  no mark of the quote's own family closes later in the paragraph;
* a single mark opened inside a single-quoted quote nests when the rest of the
  paragraph closes two more single quotes than it opens, or one more when the
  speech goes on after them into the next paragraph;
* a paragraph left open continues in the next paragraph that opens with a
  mark (news style for long quotes), or through up to two paragraphs with no mark to
  one whose first mark closes it (their opening marks lost); a single or straight mark left open
  with no continuation is only kept when that family is the document's main
  convention, since stray apostrophes look like openers;
* in text flattened from paragraphs, " . " before a capital letter ends one:
  a quote left open stops at the last stop before it unless the next line
  opens with a mark (`quote_flat_lines`);
* "‘We will win,’ she said, ‘and soon.’" is one quote in two parts, also when
  the second part opens the next paragraph (`quote_joins`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from generator.extract.quote_conventions import convention
from generator.extract.quote_flat_lines import (
    broken_line,
    caption_before,
    introduced_break,
    names_a_thing,
    writers_break,
)
from generator.extract.quote_joins import join_middle_attribution
from generator.extract.quote_mark_counts import (
    closes_ahead,
    nests,
    next_roles,
    speech_after_last_close,
)
from generator.extract.quote_mark_edges import so_called_before, voiced_before
from generator.extract.quote_mark_roles import (
    ALL_MARKS,
    CLOSE,
    DOUBLE,
    GUILLEMETS,
    OPEN,
    SINGLE,
    SPACED,
)
from generator.extract.quote_mark_shapes import shaped_marks
from generator.extract.quote_paragraph_marks import Mark, ends_words, paragraph_marks
from generator.extract.quote_parts import Quote, make_quote
from generator.extract.quote_tail_attributions import attribution_break
from generator.extract.quote_titles import is_title
from generator.extract.quote_word_ends import word_end_marks

__all__ = [
    "ALL_MARKS",
    "MAX_QUOTES",
    "MIN_FRAGMENT_WORDS",
    "MIN_QUOTE_WORDS",
    "SENTENCE_STOPS",
    "Quote",
    "convention",
    "find_quotes",
]

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


@dataclass
class _Open:
    family: str
    start: int  # first character after the opening mark
    nested: list[str] = field(default_factory=list)
    #: Up to where the text after it was read for a writer's line (`writers_break`).
    scanned: int = 0


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)]


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
    # Paragraphs with no mark after one left open, which the speech may have run through.
    held: list[tuple[int, int]] = []
    paragraphs = _paragraph_ranges(text)
    for index, (lo, hi) in enumerate(paragraphs):
        after = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else len(text)
        runs_on = text[after : after + 1] in ("\u2018", "'")
        marks = paragraph_marks(text, lo, hi, straight_singles, runs_on)
        marks = shaped_marks(text, word_end_marks(text, marks, hi), lo, hi)
        # Closes an inner single quote must leave for the outer one: none when the speech
        # goes on after the last of them and into the next paragraph.
        outer_closes = 0 if runs_on and speech_after_last_close(text, marks, hi) else 1
        first = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        opens_here = bool(marks) and marks[0].at == first and marks[0].role == OPEN
        current: _Open | None = None
        if pending and not held and not opens_here and broken_line(text, pending[-1][1], first):
            # A line broken mid-sentence: the speech goes on ("... like an¶agent of").
            current = _Open(pending_family, first)
        elif pending and _unmarked_speech(
            text, marks, first, hi, len(held), pending_family == main
        ):
            held.append((first, hi))  # perhaps the speech's, when a later paragraph closes it
            continue
        elif pending and not opens_here:
            if pending_family in (main, *GUILLEMETS):
                close = _lost_opening(text, marks, pending_family, lo)
                parts = [*pending, *held, (first, close)] if close else pending
                raw.append(make_quote(text, parts, pending_family, closed=bool(close)))
            pending = []
        elif held:
            # A new quote opens after the unmarked paragraphs: the open one ended before them.
            raw.append(make_quote(text, pending, pending_family, closed=False))
            pending = []
        held = []
        following = next_roles(marks)
        closing = closes_ahead(marks)
        for index, mark in enumerate(marks):
            if mark.role == SPACED:
                mark.role = _spaced_role(current, mark.family)
            if current is None:
                if mark.role != OPEN:
                    continue  # a stray closing mark
                if pending and mark.at != first:
                    raw.append(make_quote(text, pending, pending_family, closed=False))
                    pending = []
                current = _Open(mark.family, mark.at + mark.width)
            elif mark.family == current.family:
                if mark.role == CLOSE and current.nested[-1:] == [mark.family]:
                    current.nested.pop()  # the end of a quote in the same marks inside
                elif mark.role == CLOSE:
                    raw.append(make_quote(text, [*pending, (current.start, mark.at)], mark.family))
                    pending, current = [], None
                elif mark.role == OPEN and (
                    cut := _lost_close(text, current, mark, closing[index], outer_closes)
                ):
                    # The words before lost their closing mark at a line of the writer's.
                    if current.family in (main, *GUILLEMETS):
                        raw.append(make_quote(text, [*pending, (current.start, cut)], mark.family))
                        raw[-1].closed = False
                    pending, current = [], _Open(mark.family, mark.at + mark.width)
                elif not current.nested and (
                    cut := _caption_cut(text, current, mark, closing[index], outer_closes)
                ):
                    # A caption between two paragraphs of the speech: the words go on after.
                    pending.append((current.start, cut))
                    current.start = mark.at + mark.width
                elif mark.family == DOUBLE and not current.nested:
                    # A new opening mark inside a quote: the same speaker goes on
                    # ("What is it? "That if you ...").
                    pending.append((current.start, mark.at))
                    current.start = mark.at + mark.width
                elif mark.family == SINGLE and nests(closing[index], SINGLE, outer_closes):
                    current.nested.append(SINGLE)
                elif not current.nested and text[mark.at - 2 : mark.at] in _STOPPED:
                    # The speech's next paragraph in flattened copy: "...every day. 'We".
                    pending.append((current.start, mark.at))
                    current.start = mark.at + mark.width
            elif _closes_mixed(text, lo, mark, current, following[index]):
                raw.append(make_quote(text, [*pending, (current.start, mark.at)], current.family))
                pending, current = [], None
            elif mark.role == OPEN and mark.family not in current.nested:
                current.nested.append(mark.family)
            elif mark.role == CLOSE and mark.family in current.nested:
                del current.nested[current.nested.index(mark.family) :]
        if current is not None and (cut := writers_break(text, current.start, hi, current.scanned)):
            if current.family in (main, *GUILLEMETS):
                raw.append(
                    make_quote(text, [*pending, (current.start, cut)], current.family, False)
                )
            pending = []
        elif current is not None:
            # Unclosed at the paragraph's end: continues if the next one opens.
            pending.append((current.start, hi))
            pending_family = current.family
    if pending and (pending_family in (main, *GUILLEMETS)):
        raw.append(make_quote(text, pending, pending_family, closed=False))
    joined = join_middle_attribution(text, raw)
    return tuple(
        (tuple(q.parts), q.text, q.family, q.closed)
        for q in joined
        if not so_called_before(text, q.parts[0][0])
        and (not is_title(q.text) or _voiced(text, q))
        and (q.closed or not names_a_thing(text, q.parts[0][0]))
    )


def _lost_opening(text: str, marks: list[Mark], family: str, lo: int) -> int:
    """Where the speech left open at the last paragraph's end closes in this paragraph,
    which lost its opening mark, or 0: its first mark closes the open quote's family
    right after the words' stop ("‘We waited four hours.¶He lay on the floor and I
    could not lift him,’ she said.")."""
    if not marks or marks[0].role != CLOSE or marks[0].family != family:
        return 0
    return marks[0].at if ends_words(text, marks[0].at, lo) else 0


#: Most paragraphs without a mark that speech left open may run through before the one
#: whose closing mark ends it: a long speech whose paragraphs lost their opening marks.
MAX_UNMARKED_PARAGRAPHS = 2


def _unmarked_speech(
    text: str, marks: list[Mark], first: int, hi: int, held: int, main_family: bool
) -> bool:
    """Whether a paragraph after a quote of the text's main family left open may go on with
    the speech though it lost its opening mark: it has no mark at all, ends its last
    sentence with a stop, and fewer than MAX_UNMARKED_PARAGRAPHS came before it so; it is
    the speech's only if a later paragraph's first mark closes the quote (`_lost_opening`)."""
    return (
        main_family
        and not marks
        and held < MAX_UNMARKED_PARAGRAPHS
        and text[first:hi].rstrip()[-1:] in SENTENCE_STOPS
    )


def _voiced(text: str, quote: Quote) -> bool:
    """Whether a title-cased quote of a few words is cried out after a verb of voicing
    ("shouting ‘Holy Moses’"); one word after one ("stop saying ‘Brexit’") is a word
    mentioned."""
    return len(quote.text.split()) >= MIN_FRAGMENT_WORDS and voiced_before(text, quote.parts[0][0])


#: Stops that end a sentence of speech.
SENTENCE_STOPS = ".!?\u2026"
#: A sentence's stop and a space before a single mark that goes on with the speech.
_STOPPED = (". ", "? ", "! ", "\u2026 ")


def _lost_close(
    text: str, current: _Open, mark: Mark, ahead: dict[str, int], outer_closes: int
) -> int:
    """Where the open quote ended when it lost its closing mark before the opening
    ``mark`` of its own family, or 0: at a stopless line of the writer's, or before a
    sentence of the writer's that introduces the new quote or after the words that
    attribute the open one (`attribution_break`), when the new one does not
    nest in it (no closing marks left for both: ``ahead``, as `closes_ahead`). The text
    is read for a writer's line once, from where the last mark left it."""
    since = max(current.start, current.scanned)
    current.scanned = mark.at
    if cut := writers_break(text, current.start, mark.at, since):
        return cut
    cut = introduced_break(text, current.start, mark.at) or attribution_break(
        text, current.start, mark.at
    )
    if not cut or current.nested or nests(ahead, current.family, outer_closes):
        return 0
    return cut


def _caption_cut(
    text: str, current: _Open, mark: Mark, ahead: dict[str, int], outer_closes: int
) -> int:
    """Where the open quote's words stop before a caption that comes between them and
    the opening ``mark`` going on with the speech, or 0 (`caption_before`); a mark that
    opens a quote nested in it (closing marks left for both) goes on with none."""
    cut = caption_before(text, current.start, mark.at) if mark.role == OPEN else 0
    if not cut or nests(ahead, mark.family, outer_closes):
        return 0
    return cut


def _spaced_role(current: _Open | None, family: str) -> str:
    """A mark between spaces or glued between two sentences closes the quote of its
    family open where it stands (outer or nested: "‘...relegated, ‘ she said"), else
    opens one ("he grins. ‘ And if", 'the gate."We')."""
    if current is not None and family in (current.family, *current.nested):
        return CLOSE
    return OPEN


def _closes_mixed(text: str, lo: int, mark: Mark, current: _Open, ahead: dict[str, str]) -> bool:
    """Whether a closing mark of the other family ends the open quote: "‘We will win,” she
    said" and "“We will win,’ she said" mix single and double marks. It must follow the
    quote's last words and their stop, close no quote opened inside (a straight single
    opened before a letter is one), and no mark of the quote's own family may close it
    later in the paragraph (then it is a nested quote's)."""
    return (
        mark.role == CLOSE
        and {mark.family, current.family} == {SINGLE, DOUBLE}
        and mark.family not in current.nested
        and ends_words(text, mark.at, lo)
        and ahead.get(current.family) != CLOSE
        and not (
            mark.family == SINGLE
            and text[mark.at] == "'"
            and _STRAIGHT_OPENING.search(text, current.start, mark.at) is not None
        )
    )


#: A straight single mark that opens a quote inside a double-quoted one, in a text whose
#: straight singles are otherwise apostrophes: “I keep thinking, 'What if?'¶“...
_STRAIGHT_OPENING = re.compile(r"(?:(?<=\s)|(?<=[(\[\u2013\u2014-]))'[A-Za-z]")
