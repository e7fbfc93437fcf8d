"""Scoring rules shared by the sets: surface forms, word overlap, names and tallies."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_EDGE_PUNCTUATION = " \t\n\"'\u201c\u201d.,;:!?()[]{}<>-\u2013\u2014*_/\\|"
_WORD = re.compile(r"\w+")


def surface_form(text: str) -> str:
    """The README's normalised form: straight apostrophes, no edge punctuation,
    no final 's, no leading "the", single spaces, casefolded."""
    form = " ".join(text.translate(_APOSTROPHES).split()).strip(_EDGE_PUNCTUATION)
    form = form.removesuffix("'s").strip(_EDGE_PUNCTUATION)
    if form.casefold().startswith("the "):
        form = form[4:]
    return " ".join(form.split()).casefold()


def occurs_in(form: str, text_key: str) -> bool:
    """Whether a normalised form is written in a text (`text_key` from `text_key_of`)."""
    if not form:
        return False
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text_key) is not None


def text_key_of(text: str) -> str:
    """A text prepared for `occurs_in`: straight apostrophes, single spaces, casefolded."""
    return " ".join(text.translate(_APOSTROPHES).split()).casefold()


def words(text: str) -> list[str]:
    """The casefolded words of a text (letters and digits; punctuation dropped)."""
    return _WORD.findall(text.translate(_APOSTROPHES).casefold())


def overlap(reference: Sequence[str], other: Sequence[str]) -> float:
    """Share of `reference` words that `other` has in the same order, in runs of two
    or more words (one for a one-word reference), so scattered common words do not
    count: 1.0 when `other` contains `reference` whole."""
    if not reference or not other:
        return 0.0
    least = min(2, len(reference))
    matcher = SequenceMatcher(None, list(reference), list(other), autojunk=False)
    covered = sum(block.size for block in matcher.get_matching_blocks() if block.size >= least)
    return covered / len(reference)


def match_quotes(
    golds: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]], threshold: float = 0.3
) -> list[int | None]:
    """For each gold quote (in order), the index of the predicted quote it is matched
    to, or None: the unmatched prediction with the highest `overlap` of the gold
    words, at least `threshold`. Each prediction matches one gold quote at most."""
    free = set(range(len(predicted)))
    matched: list[int | None] = []
    for gold in golds:
        best, best_score = None, threshold
        for index in sorted(free):
            score = overlap(gold, predicted[index])
            if score >= best_score and (best is None or score > best_score):
                best, best_score = index, score
        if best is not None:
            free.discard(best)
        matched.append(best)
    return matched


def near(a: Sequence[str], b: Sequence[str], threshold: float = 0.3) -> bool:
    """Whether two quotes overlap enough in either direction (used for precision)."""
    return overlap(a, b) >= threshold or overlap(b, a) >= threshold


_NAME_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
#: Words an acronym may leave out ("FBI" for "Federal Bureau of Investigation").
_ACRONYM_GAPS = frozenset({"of", "and", "for", "the", "on", "in", "&"})


def name_words(name: str) -> list[str]:
    """The words of a name, normalised as a surface form, without punctuation."""
    return _NAME_WORD.findall(surface_form(name))


def names_agree(gold: str, forms: Iterable[str], *, inside: bool = False) -> bool:
    """Whether a gold name is one of our forms: equal when normalised; or the last
    words agree and, where both have two words or more, the first words too or one
    name ends with the other (a title before it: "Baroness Ann Lee"); or one is the
    acronym of the other. With `inside`, a form written within the gold text also
    agrees (gold speakers given as written: "campaign chairman Ivo Renn, 70")."""
    gold_words = name_words(gold)
    if not gold_words:
        return False
    for form in forms:
        form_words = name_words(form)
        if not form_words:
            continue
        if form_words == gold_words or _acronym_of(form_words, gold_words):
            return True
        if _acronym_of(gold_words, form_words):
            return True
        if form_words[-1] == gold_words[-1] and (
            min(len(form_words), len(gold_words)) < 2
            or form_words[0] == gold_words[0]
            or _ends_with(form_words, gold_words)
            or _ends_with(gold_words, form_words)
        ):
            return True
        if inside and _contains(gold_words, form_words):
            return True
    return False


def _ends_with(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    return len(longer) > len(shorter) and list(longer[-len(shorter) :]) == list(shorter)


def _acronym_of(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether a one-word name is the initials of a name of two words or more."""
    if len(short) != 1 or len(full) < 2:
        return False
    initials = "".join(w[0] for w in full)
    content = "".join(w[0] for w in full if w not in _ACRONYM_GAPS)
    return short[0] in (initials, content) and len(short[0]) >= 2


def _contains(outer: Sequence[str], inner: Sequence[str]) -> bool:
    size = len(inner)
    return any(list(outer[i : i + size]) == list(inner) for i in range(len(outer) - size + 1))


@dataclass
class Tally:
    """Hits, misses and wrong answers summed over a half; figures are shares."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        """Count one document."""
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def precision(self) -> float:
        """Share of predictions that were right."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def share(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide."""
    return part / whole if whole else None
