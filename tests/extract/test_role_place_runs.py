"""A second place joined by "and" stays in the role's "of" phrase, however the parse hung it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from generator.extract.lexicon import lexicon
from generator.extract.role_phrases import role_phrase


def test_place_hung_on_the_head_stays_in_the_of_phrase(nlp: Language) -> None:
    """ "Chief Justice of Tarland and Wessex" with "Wessex" hung on "Justice": both places."""
    words = ["Lord", "Chief", "Justice", "of", "Tarland", "and", "Wessex"]
    heads = [2, 2, 2, 2, 3, 2, 2]
    deps = ["compound", "compound", "ROOT", "prep", "pobj", "cc", "conj"]
    pos = ["PROPN", "PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN"]
    tags = ["NNP", "NNP", "NNP", "IN", "NNP", "CC", "NNP"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [Span(doc, 4, 5, label="GPE"), Span(doc, 6, 7, label="GPE")]
    role = role_phrase(doc[2], range(0), lexicon(), said=True)
    assert role == "Lord Chief Justice of Tarland and Wessex"
