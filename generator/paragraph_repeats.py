"""Paragraphs a page prints again: the same text, or nearly the same words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

#: Between two sentences: a stop (perhaps with a closing quote), space, a capital or quote.
SENTENCE_GAP = re.compile(
    r"(?<=[.!?\u2026])\s+(?=[A-Z\u2018\u201c'\"])|(?<=[.!?][\u2019\u201d'\"])\s+(?=[A-Z])"
)
#: A paragraph of this many words or more, nearly all found in one earlier paragraph, is that
#: paragraph again.
_MIN_REPEAT_WORDS = 8
_REPEAT_SHARE = 0.9
_BRACKETED = re.compile(r"\([^()]*\)")


def norm(text: str) -> str:
    """A paragraph's words, case-folded and without punctuation: what repeats compare."""
    return " ".join(re.sub(r"[^\w\s]", "", text.casefold()).split())


def _unbracketed_words(paragraph: str) -> list[str]:
    """A paragraph's words outside brackets, as `norm` writes them: what repeats share."""
    return norm(_BRACKETED.sub(" ", paragraph)).split()


def word_count(paragraph: str) -> int:
    """How many words a paragraph has outside brackets: "Jo Roe (above) said" has three."""
    return len(_unbracketed_words(paragraph))


def _holds(words: Iterable[str], holder: set[str]) -> bool:
    """Whether nearly all ``words`` are among ``holder``'s."""
    listed = list(words)
    return sum(word in holder for word in listed) >= _REPEAT_SHARE * len(listed)


#: A quote mark that opens words: a curly opening one, or a straight one at a paragraph's
#: start or after a space, colon or bracket.
_OPENING_MARK = re.compile(r"[\u2018\u201c]|(?:^|(?<=[\s:(\[]))['\"]")
#: A mark that closes words: after a stop or comma, or before a space, a stop or the end.
#: A plural's apostrophe ("the players\u2019 union") reads as one too, so a doubt leaves
#: the words closed.
_CLOSING_MARK = re.compile(r"[.,!?;:\u2026]['\u2019\"\u201d]|['\u2019\"\u201d](?=[\s.,;:!?]|$)")


def opens_quote(paragraph: str) -> bool:
    """Whether a paragraph starts with a quote mark that opens words."""
    return _OPENING_MARK.match(paragraph) is not None


def leaves_quote_open(paragraph: str) -> bool:
    """Whether a paragraph's last opened quote has no closing mark: British style runs a
    speech over paragraphs and closes only its last one."""
    opened = list(_OPENING_MARK.finditer(paragraph))
    return bool(opened) and not _CLOSING_MARK.search(paragraph, opened[-1].end())


def in_running_quote(paragraph: str, before: str | None, after: str | None, earlier: str) -> bool:
    """Whether a paragraph that repeats ``earlier`` is one of a speech's several: it goes on
    from an open quote of the paragraph ``before`` it, or its own open quote goes on in the
    one ``after`` it with words ``earlier`` does not hold (else the whole speech repeats)."""
    continues = before is not None and opens_quote(paragraph) and leaves_quote_open(before)
    runs_on = (
        after is not None
        and leaves_quote_open(paragraph)
        and opens_quote(after)
        and not within(after, earlier)
    )
    return continues or runs_on


def within(paragraph: str, earlier: str) -> bool:
    """Whether every word of ``paragraph`` is one of ``earlier``'s: a short paragraph that goes
    on from a repeat of ``earlier`` ("'He is a shame.'") is the rest of that repeat."""
    words = _unbracketed_words(paragraph)
    return bool(words) and set(words) <= set(_unbracketed_words(earlier))


def glued_blocks(paragraphs: Sequence[str], is_caption: Callable[[str], bool]) -> set[int]:
    """Indices of paragraphs that glue story paragraphs into one block (a caption retelling
    the story): each of their two or more sentences is printed again later in a paragraph
    that is nothing but some of them, not all, and is no caption itself. The story's copies
    are the ones to read, in their places; a whole copy is a repeat like any other."""
    split = [[_unbracketed_words(s) for s in SENTENCE_GAP.split(p)] for p in paragraphs]
    listed = [_unbracketed_words(p) for p in paragraphs]
    words = [set(w) for w in listed]
    # Only a story paragraph long enough to be told a repeat can be a block's piece.
    pieces = [
        later
        for later, paragraph in enumerate(paragraphs)
        if len(listed[later]) >= _MIN_REPEAT_WORDS and not is_caption(paragraph)
    ]
    blocks = set()
    for index, sentences in enumerate(split):
        if len(sentences) < 2 or not all(sentences):
            continue
        printed = [False] * len(sentences)
        for later in (p for p in pieces if p > index and _holds(listed[p], words[index])):
            taken = [n for n, s in enumerate(sentences) if _holds(s, words[later])]
            held = {w for n in taken for w in sentences[n]}
            if 0 < len(taken) < len(sentences) and _holds(listed[later], held):
                for n in taken:
                    printed[n] = True
        if all(printed):
            blocks.add(index)
    return blocks


class SeenParagraphs:
    """Paragraphs read so far, to tell a repeat: the same text, or the same words again with a
    caption's "(left)" or a few words changed ("They said" for "Bosses said")."""

    def __init__(self) -> None:
        self.paragraphs: dict[str, str] = {}  # normalized -> as written
        self.sentences: set[str] = set()
        self.texts: list[str] = []
        self.words: list[set[str]] = []
        self.holding: dict[str, set[int]] = {}

    def repeated(self, paragraph: str) -> str | None:
        """The earlier paragraph that ``paragraph`` repeats, as written, if any."""
        key = norm(paragraph)
        if key in self.paragraphs:
            return self.paragraphs[key]
        words = _unbracketed_words(paragraph)
        if len(words) < _MIN_REPEAT_WORDS:
            return None
        # An earlier paragraph that holds nearly all the words holds one of the three longest
        # (unless all three were changed, which a retelling of a few changed words seldom does).
        longest = sorted(set(words), key=lambda w: (-len(w), w))[:3]
        earlier = set().union(*(self.holding.get(w, set()) for w in longest))
        return next(
            (self.texts[i] for i in sorted(earlier) if _holds(words, self.words[i])),
            None,
        )

    def forget(self, paragraph: str) -> None:
        """Read no later paragraph as a repeat of ``paragraph``, which is out of the story."""
        self.paragraphs.pop(norm(paragraph), None)
        for index, text in enumerate(self.texts):
            if text == paragraph:
                self.words[index] = set()

    def add(self, paragraph: str) -> None:
        self.paragraphs.setdefault(norm(paragraph), paragraph)
        self.texts.append(paragraph)
        self.sentences.update(norm(s) for s in SENTENCE_GAP.split(paragraph))
        words = set(_unbracketed_words(paragraph))
        for word in words:
            self.holding.setdefault(word, set()).add(len(self.words))
        self.words.append(words)
