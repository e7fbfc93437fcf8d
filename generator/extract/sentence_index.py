"""The sentence that holds a word, found by bisection in a per-doc list of sentences.

``Token.sent`` and ``Span.sent`` check the doc's sentence annotation, make a one-word
span and walk the sentence-start flags both ways, and then make a new span: the role
rules ask it for every mention and every sentence they read on, thousands of times a
story. The sentences are fixed once the pipeline has run (only its components set
sentence starts), so they are read once per doc and kept.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from generator.extract.doc_words import kept_per_doc

__all__ = ["sentence_at", "sentence_of", "sentences"]

#: Where `_sentences` keeps a doc's sentences in ``Doc.user_data``.
_KEY = "sentence_index.sentences"

#: A doc's sentences and the position each starts at, in text order.
_Sentences = tuple[tuple[Span, ...], tuple[int, ...]]


def _sentences(doc: Doc) -> _Sentences | None:
    """``doc``'s sentences, read on the first call and kept (`doc_words.kept_per_doc`: not
    for pipeline components, whose docs may still gain sentence starts)."""
    return kept_per_doc(doc, _KEY, _read_sentences)


def _read_sentences(doc: Doc) -> _Sentences | None:
    """``doc``'s sentences and where each starts; None when a hook tells sentences its own
    way, which only spaCy's properties follow."""
    hooked = "sents" in doc.user_hooks or "sent" in doc.user_span_hooks
    if hooked or "sent" in doc.user_token_hooks or not len(doc):
        return None
    sentences = tuple(doc.sents)
    return sentences, tuple(sentence.start for sentence in sentences)


def sentence_at(doc: Doc, i: int) -> Span:
    """The sentence of the token at ``i``: ``doc[i].sent``, without making either span
    anew (the same Span object is given for every word of one sentence)."""
    kept = _sentences(doc)
    if kept is None or not 0 <= i < len(doc):
        return doc[i].sent
    sentences, starts = kept
    return sentences[bisect_right(starts, i) - 1]


def sentence_of(span: Span) -> Span:
    """The sentence of the span's first word, as ``span.sent`` gives it."""
    return sentence_at(span.doc, span.start)


def sentences(doc: Doc) -> tuple[Span, ...]:
    """``doc``'s sentences in text order, as ``doc.sents`` gives them."""
    kept = _sentences(doc)
    return tuple(doc.sents) if kept is None else kept[0]
