"""Sentences that lean on the text around them, which make key points only when the story
has too few others.

A key point is read alone, and a reference summary retells the story in the writer's own
words. A sentence that opens with a quotation gives a speaker's words before saying whose
they are ('"We will fight on," she said.'), and one whose subject is a bare "it", "this"
or "that" ("It is a trend that has grown.", "This was the second time.") points at
something the reader of the point does not see. Both stay candidates, behind every
sentence that stands on its own.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import tokens_in
from generator.extract.key_points import QUOTE_MARKS

#: Pronouns that refer back to what the sentence before said.
_BACK_POINTERS = frozenset(("it", "this", "that", "these", "those"))


def leans_on_context(sent: Span, text: str) -> bool:
    """Whether the sentence (``text``: its point text) opens with a quotation, or with a
    pronoun that points back to the sentence before it."""
    if text[:1] in QUOTE_MARKS:
        return True
    first = next((t for t in tokens_in(sent) if not (t.is_punct or t.is_space)), None)
    return first is not None and first.lower_ in _BACK_POINTERS and first.pos_ == "PRON"
