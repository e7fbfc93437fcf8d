"""A subordinate clause written or cut as if it were a sentence.

"As the ministers fly into Kelby to talk." and "When Jo Ames was a young nurse." say when or
why something happened, but not what: the main clause is missing. A flattened page leaves
such clauses behind when a line broke inside a sentence, and a cut can leave one when the
parser hung the main clause on the subordinate one ("When Jo Ames was a nurse, in 1990, she
wrote ..." parsed with "she wrote" as a second clause of "was"). Neither is a statement.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _opens_subordinate(word: Token, root: Token) -> bool:
    """Whether a word is the root's subordinating conjunction ("as", "because") or
    adverb ("when", "where") written before it."""
    if word.head != root or word.i >= root.i:
        return False
    return word.dep_ == "mark" or (word.dep_ == "advmod" and word.tag_ == "WRB")


def subordinate_only(sent: Span, kept: Container[int] | None = None) -> bool:
    """Whether the sentence (or the tokens of it in ``kept``) is only a subordinate clause:
    its first word subordinates the root, and no other verb it keeps has a subject of its
    own, which would be the main clause the parser hung on the root."""
    root = sent.root
    words = [t for t in sent if (kept is None or t.i in kept) and not (t.is_punct or t.is_space)]
    if not words or not _opens_subordinate(words[0], root):
        return False
    return all(t.head == root for t in words if t.dep_ in _SUBJECTS)
