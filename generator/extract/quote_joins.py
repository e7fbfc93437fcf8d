"""One quote in two parts around its attribution: "‘We will win,’ she said, ‘and soon.’"

`quote_marks` finds each stretch between marks; a stretch that ends with a comma (inside
its closing mark, or right after it in copy that sets stops by the sense) and the next
one, after a short attribution with its own comma, going on in small letters are one
quote; so are words broken off at a dash and their sequel after an attribution set off
by dashes ("“We were --” he paused -- “completely lost”"). A show or paper named in
marks inside the attribution is read past.
"""

from __future__ import annotations

import re

from generator.extract.quote_mark_roles import ALL_MARKS
from generator.extract.quote_parts import Quote, make_quote
from generator.extract.quote_titles import is_title

__all__ = ["join_middle_attribution"]

#: Middle attribution: the words between two parts of one quote.
_MIDDLE = re.compile(r"[^.!?;:\u201c\u201d\"\u2018\u00ab\u00bb\u2039\u203a]{1,80},\s*")
_MIDDLE_WORDS = 10
#: Dashes that break speech off ("We were --") and set off an attribution.
_DASHES = "-\u2013\u2014"
#: An attribution set into speech broken off at a dash: "he paused --", "she said,".
_DASH_MIDDLE = re.compile(
    r"[^.!?;:\u201c\u201d\"\u2018\u00ab\u00bb\u2039\u203a]{1,80}?(?:,|-{1,2}|\u2013|\u2014)"
)
#: The marks of a title inside a middle attribution, taken out before it is read.
_NO_MARKS = str.maketrans("", "", ALL_MARKS)


def join_middle_attribution(text: str, quotes: list[Quote]) -> list[Quote]:
    """ "‘We will win,’ she said, ‘and soon.’" -> one quote in two parts; the second part
    may open the next paragraph when the attribution ends with its comma ("“We are
    sorry,” she said,¶“but we stand by it.”"). The attribution may name a show in marks
    ("he told CNN’s “New Day” on Monday, “and ...”"): a title there is no new quote."""
    out: list[Quote] = []
    for quote in quotes:
        at = len(out) - 1
        if at >= 1 and is_title(out[at].text) and not _ends_with_comma(text, out[at]):
            at -= 1
        previous = out[at] if at >= 0 else None
        if previous is not None and previous.closed:
            end = previous.parts[-1][1]
            start = quote.parts[0][0]
            between = text[end + 1 : start - 1]
            if at < len(out) - 1:
                between = between.translate(_NO_MARKS)
            if (
                _goes_on(text, previous, between)
                and "\n" not in between.rstrip()
                and len(between.split()) <= _MIDDLE_WORDS
                and not text[start : start + 1].isupper()
            ):
                out[at] = make_quote(text, [*previous.parts, *quote.parts], previous.family)
                out[at].closed = quote.closed
                continue
        out.append(quote)
    return out


def _goes_on(text: str, previous: Quote, between: str) -> bool:
    """Whether the speech goes on after ``previous`` and the attribution ``between``: the
    words end with a comma and so does the attribution, or they break off at a dash and
    the attribution ends with a dash or a comma ("“We were --” he paused -- “lost”")."""
    if _ends_with_comma(text, previous) or _comma_after(text, previous):
        return _MIDDLE.fullmatch(between.lstrip(",")) is not None
    end = previous.parts[-1][1]
    broken_off = text[max(0, end - 3) : end].rstrip()[-1:] in _DASHES
    return broken_off and _DASH_MIDDLE.fullmatch(between.strip()) is not None


def _ends_with_comma(text: str, quote: Quote) -> bool:
    """Whether a quote's words end with a comma before its closing mark ("‘Go home,’"):
    speech that goes on after the attribution, not a title named in it."""
    end = quote.parts[-1][1]
    return text[max(0, end - 2) : end].rstrip()[-1:] == ","


def _comma_after(text: str, quote: Quote) -> bool:
    """Whether a comma follows a quote's closing mark, as copy that sets its stops by
    the sense writes a quote broken by its attribution ("‘We will win’, she said, ‘and
    soon.’")."""
    end = quote.parts[-1][1]
    return text[end + 1 : end + 2] == ","
