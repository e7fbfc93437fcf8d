"""The model's attribute rules applied to whole columns of a doc rather than by spaCy's Matcher.

The English model's ``attribute_ruler`` sets each token's coarse part of speech, its
morphology and a few lemmas from the fine tag, with exceptions by word and dependency
("that" as a relative pronoun, "i" as the subject). The rules are the model's own; only
the way they are applied changes. spaCy's Matcher tries every rule at every token in
turn, which costs about a tenth of the whole parse; here each rule is one comparison
over the doc's column of tags, words or dependencies, and the values it sets are
written back in one step.

The result is the ruler's own: the same rules, matched on the tokens as the parser left
them, applied in the ruler's order so that a later rule overrides an earlier one, with
the values spaCy itself sets (`tests/extract/test_tag_attributes.py` compares both on
text). A model whose rules use a feature this reader does not know keeps its ruler
(`column_rules` returns None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs
from spacy.vocab import Vocab

Column = NDArray[np.uint64]
Positions = NDArray[np.intp]

#: The token attributes the rules may test.
_TESTED = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
#: Tested attributes whose positions are indexed by value: a rule that wants one tag or
#: one word looks only at the tokens that have it.
_INDEXED = (LOWER, TAG)
#: The token attributes the rules may set, in the order they are read and written.
_SET = (POS, MORPH, LEMMA, TAG, DEP)


@dataclass(frozen=True)
class ColumnTest:
    """One test of a rule on one token: its column holds ``values`` (``EQUALS``, ``IN``),
    holds none of them (``NOT_IN``), or its string matches ``pattern`` (``REGEX``). Plain
    data, so that the pipeline can be sent to worker processes."""

    column: int
    operator: str
    values: NDArray[np.uint64]
    pattern: re.Pattern[str] | None = None
    #: Whether ``pattern`` matches the string of an id, for ids met before: a string's
    #: id is its hash, so the answer holds for every doc.
    matched: dict[int, bool] = field(default_factory=dict, compare=False, repr=False)

    def passing(self, doc: Doc, columns: dict[int, Column], at: Positions) -> NDArray[np.bool_]:
        """Which of the token positions ``at`` pass the test."""
        held = columns[self.column][at]
        if self.operator == "EQUALS":
            equal: NDArray[np.bool_] = held == self.values[0]
            return equal
        if self.operator in ("IN", "NOT_IN"):
            return np.isin(held, self.values, invert=self.operator == "NOT_IN")
        assert self.pattern is not None
        distinct, positions = np.unique(held, return_inverse=True)
        strings, matched, pattern = doc.vocab.strings, self.matched, self.pattern
        passing = []
        for id_ in distinct.tolist():
            found = matched.get(id_)
            if found is None:
                found = matched[id_] = pattern.search(strings[id_]) is not None
            passing.append(found)
        return np.array(passing, dtype=bool)[positions].reshape(-1)


@dataclass(frozen=True)
class Rule:
    """One rule of the ruler: what the tokens of a match must be, and what it sets."""

    tokens: tuple[tuple[ColumnTest, ...], ...]  # the tests of each token of a match
    target: int  # which token of a match is set (may count from the end, as a list index)
    values: dict[int, int]  # column -> the value spaCy sets there
    key: tuple[int, int] | None  # (column, value) the first token must have, if any


def _id(vocab: Vocab, value: Any) -> int:
    """A tested value as the doc's columns hold it: a string's hash, a flag's 0 or 1."""
    return int(value) if isinstance(value, bool) else int(vocab.strings.as_int(value))


def _column_test(vocab: Vocab, column: int, value: Any) -> ColumnTest | None:
    """The test a rule's value makes (a plain value, ``IN``, ``NOT_IN`` or ``REGEX``), or
    None for an operator this reader does not know."""
    if not isinstance(value, dict):
        return ColumnTest(column, "EQUALS", np.array([_id(vocab, value)], dtype=np.uint64))
    if len(value) != 1:
        return None
    ((operator, argument),) = value.items()
    if operator in ("IN", "NOT_IN"):
        members = np.array([_id(vocab, member) for member in argument], dtype=np.uint64)
        return ColumnTest(column, operator, members)
    if operator == "REGEX" and column != IS_SPACE:
        return ColumnTest(column, operator, np.empty(0, dtype=np.uint64), re.compile(argument))
    return None


def _values(vocab: Vocab, attrs: dict[int, Any]) -> dict[int, int]:
    """The column values a rule's attributes become, as spaCy's own setter writes them
    (a morphology normalised and registered, a part of speech as its symbol)."""
    probe = Doc(vocab, words=["probe"])
    before = probe.to_array(list(_SET))
    set_token_attrs(probe[0], attrs)
    after = probe.to_array(list(_SET))
    return {
        column: int(after[0, n])
        for n, column in enumerate(_SET)
        if after[0, n] != before[0, n] or column in attrs
    }


def _rules(ruler: AttributeRuler) -> list[Rule] | None:
    vocab = ruler.vocab
    rules: list[Rule] = []
    entries: list[dict[str, Any]] = list(ruler.patterns)  # as the model stores them
    for entry in entries:
        attrs = normalize_token_attrs(vocab, entry["attrs"])
        if set(attrs) - set(_SET):
            return None
        values = _values(vocab, attrs)
        for pattern in entry["patterns"]:
            tokens: list[tuple[ColumnTest, ...]] = []
            for spec in pattern:
                tests = [
                    _column_test(vocab, _TESTED[name], value) if name in _TESTED else None
                    for name, value in spec.items()
                ]
                if any(test is None for test in tests):
                    return None
                tokens.append(tuple(test for test in tests if test is not None))
            if not tokens:
                return None
            target = int(entry.get("index", 0))
            rules.append(Rule(tuple(tokens), target, values, _key(vocab, pattern[0])))
    return rules


def _key(vocab: Vocab, spec: dict[str, Any]) -> tuple[int, int] | None:
    """The one word or tag a rule's first token must have, by which its tokens are found."""
    for name in ("LOWER", "TAG"):
        value = spec.get(name)
        if isinstance(value, str):
            return _TESTED[name], _id(vocab, value)
    return None


class _Index:
    """The positions of each value of the indexed columns of one doc."""

    def __init__(self, columns: dict[int, Column]) -> None:
        self._sorted: dict[int, tuple[Positions, Column]] = {}
        self._present: dict[int, set[int]] = {}
        for column in _INDEXED:
            order = np.argsort(columns[column], kind="stable")
            self._sorted[column] = (order, columns[column][order])
            self._present[column] = set(np.unique(columns[column]).tolist())

    def holds(self, column: int, value: int) -> bool:
        """Whether ``column`` holds ``value`` anywhere."""
        return value in self._present[column]

    def positions(self, column: int, value: int) -> Positions:
        """Where ``column`` holds ``value``, in text order."""
        if value not in self._present[column]:
            return np.empty(0, dtype=np.intp)
        order, values = self._sorted[column]
        wanted = np.uint64(value)
        low = np.searchsorted(values, wanted, side="left")
        high = np.searchsorted(values, wanted, side="right")
        return order[int(low) : int(high)]


class ColumnRules:
    """A pipeline step that applies an attribute ruler's rules column by column."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._rules = tuple(rules)

    def __call__(self, doc: Doc) -> Doc:
        length = len(doc)
        if not length:
            return doc
        tested: dict[int, Column] = dict(
            zip(_TESTED.values(), doc.to_array(list(_TESTED.values())).T, strict=True)
        )
        written: Any = doc.to_array(list(_SET))
        # Every rule is matched on the columns as the parser left them; the rules then
        # write in the ruler's order, so a later rule overrides an earlier one.
        index = _Index(tested)
        for rule in self._rules:
            width = len(rule.tokens)
            last_start = length - width
            if last_start < 0:
                continue
            if rule.key is None:
                starts: Positions = np.arange(last_start + 1)
            elif not index.holds(*rule.key):
                continue  # no token has the word or tag the rule's first token wants
            else:
                starts = index.positions(*rule.key)
                starts = starts[starts <= last_start] if width > 1 else starts
            for offset, tests in enumerate(rule.tokens):
                for test in tests:
                    if not len(starts):
                        break
                    starts = starts[test.passing(doc, tested, starts + offset)]
            if not len(starts):
                continue
            targets = starts + range(width)[rule.target]
            for n, column in enumerate(_SET):
                if column in rule.values:
                    written[targets, n] = rule.values[column]
        doc.from_array(list(_SET), written)
        return doc


def column_rules(ruler: AttributeRuler) -> ColumnRules | None:
    """The ruler's rules as a column step, or None when a rule uses a feature this reader
    does not know (the ruler then stays)."""
    rules = _rules(ruler)
    return ColumnRules(rules) if rules is not None else None


#: The pipeline step's factory name.
TAG_ATTRIBUTES = "tag_attributes"


@Language.factory(TAG_ATTRIBUTES)
def make_tag_attributes(nlp: Language, name: str) -> ColumnRules | AttributeRuler:
    """The model's attribute ruler, applied column by column when its rules allow."""
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    return column_rules(ruler) or ruler
