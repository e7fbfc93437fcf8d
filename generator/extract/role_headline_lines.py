"""Titles read from lines written in Title Case, headlines and subheadings.

"Police Arrest Tarland Mayor Jo Roe After Raid" capitalises every word, so the capitals
that mark a title's words in running text ("Tarland Mayor Jo Roe said") say nothing
there, and the tagger reads the verb "Arrest" as a name. In such a line a title read
leftwards from a name keeps only what needs no capital to be told: title words and the
words of a body, place or nationality the model found ("Labour Party Leader"), and
words the tagger reads as common nouns or adjectives despite their capitals ("Former
Bus Driver").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import kept_per_doc, tokens_in
from generator.extract.lexicon import Lexicon
from generator.extract.role_nouns import is_role_word
from generator.extract.sentence_index import sentence_at

__all__ = ["headline_line", "kept_in_headline"]

#: Fewest words of a line in Title Case: a caption ("Tarland Mayor Jo Roe") is shorter.
MIN_HEADLINE_WORDS = 5
#: Entity labels whose words belong to a title in any case ("Labour Party", "Tarland").
_TITLE_ENTS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
#: Parts of speech the tagger gives a capitalised word only when it reads it as no name.
_COMMON = frozenset({"NOUN", "ADJ"})
_KEY = "briefings_role_headline_lines"


def _title_cased(sentence: Span) -> bool:
    """Whether every word of a sentence starts with a capital, and it has enough words."""
    words = [t for t in tokens_in(sentence) if t.is_alpha]
    return len(words) >= MIN_HEADLINE_WORDS and all(t.is_title or t.is_upper for t in words)


def headline_line(token: Token) -> bool:
    """Whether ``token`` stands in a sentence written in Title Case, judged once per
    sentence of the doc."""
    found: dict[int, bool] = kept_per_doc(token.doc, _KEY, lambda _: {})
    sentence = sentence_at(token.doc, token.i)
    if sentence.start not in found:
        found[sentence.start] = _title_cased(sentence)
    return found[sentence.start]


def kept_in_headline(token: Token, lex: Lexicon) -> bool:
    """Whether a word before a title in a Title Case line stays in it: a title word, a
    word of a body, place or nationality, or a word the tagger reads as a common noun or
    an adjective despite its capital ("Bus Driver", "Former Mayor")."""
    return is_role_word(token, lex) or token.ent_type_ in _TITLE_ENTS or token.pos_ in _COMMON
