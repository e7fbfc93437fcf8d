"""The sentence of a word found in the kept list (`sentence_at`, `sentence_of`) is the one
spaCy's ``Token.sent`` and ``Span.sent`` give."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.nlp import with_text
from generator.extract.sentence_index import sentence_at, sentence_of

_TEXT = (
    "Orla Vantry opened the Hesk Valley ferry on Monday. It sank.\n\n"
    '"We will raise it," said Dunmore Ferries chief Pell Arbright. "Soon."\n\n'
    "Repairs at the Quennel yard, which the firm owns, could take weeks"
)


def test_every_word_gets_the_sentence_spacy_gives(nlp: Language) -> None:
    """At each position, the same sentence bounds as ``doc[i].sent``, first word to last."""
    doc = nlp(_TEXT)
    assert len(list(doc.sents)) > 3
    for i in range(len(doc)):
        found, given = sentence_at(doc, i), doc[i].sent
        assert (found.start, found.end) == (given.start, given.end)


def test_a_span_gets_the_sentence_of_its_first_word(nlp: Language) -> None:
    """A span across a sentence end gets its first word's sentence, as ``Span.sent`` does."""
    doc = nlp(_TEXT)
    for start in range(len(doc) - 3):
        span = doc[start : start + 3]
        assert (sentence_of(span).start, sentence_of(span).end) == (
            span.sent.start,
            span.sent.end,
        )


def test_a_rebuilt_doc_reads_its_own_sentences(nlp: Language) -> None:
    """A doc rebuilt with the kept entry copied in its ``user_data`` does not read the other's."""
    doc = nlp("Tam Ferrow sailed. He came home on Sunday.")
    assert sentence_at(doc, 4).start == 4
    rebuilt = with_text(doc, "Tam Ferrow sailed! He came home on Sunday.")
    assert sentence_at(rebuilt, 4).doc is rebuilt
