"""The model's entity spans against a range of tokens a rule reads as one name.

Rules that mend the model's spans ask the same two questions of a stretch of words: which
entities lie inside it and which cross its edges, and what the entities are once the
rule's new spans take the place of those they overlap.
"""

from __future__ import annotations

from spacy.tokens import Span


def inside_and_crossing(spans: list[Span], start: int, end: int) -> tuple[list[Span], list[Span]]:
    """The spans inside tokens ``start``..``end``, and those that share words with it but
    run past an edge."""
    inside = [s for s in spans if start <= s.start and s.end <= end]
    crossing = [s for s in spans if s.start < end and start < s.end and s not in inside]
    return inside, crossing


def replaced_by(spans: list[Span], found: list[Span]) -> list[Span]:
    """``spans`` without those sharing words with a span of ``found``, with ``found`` added,
    in text order."""
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted([*kept, *found], key=lambda s: s.start)
