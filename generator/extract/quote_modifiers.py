"""Quoted words set before a noun as its name: "the ‘two-bin rule’ order", "the new ‘pay as
you throw’ scheme", "the “wait and see” approach". The words name a policy, a slogan or a
campaign that the noun after them says the kind of; they are no one's speech there.

The parser often reads such words as the head of the phrase and the noun as something
hung on them, so the shape of the phrase tells it: a determiner, a possessive or an
adjective before the opening mark, a lower-case common noun right after the closing one.
Quoted words whose last word is or holds an adjective or an adverb ("the ‘tired,
old-fashioned’ approach", "an ‘unsafe and unprofessional’ intercept"), or that open with
an adverb in -ly ("an ‘unremittingly radical’ manifesto"), are a speaker's
judgement in their own words, a quoted fragment like any other.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.nlp import text_of
from generator.extract.quote_marks import ALL_MARKS, Quote

__all__ = ["names_the_noun_after"]

#: Most words such a name has; a longer stretch before a noun is a clause of speech.
MAX_NAME_WORDS = 6
#: Tags of the word before the opening mark that open a noun phrase: a determiner, a
#: possessive pronoun or "'s", an adjective ("the new ‘...’ scheme").
_OPENING_TAGS = frozenset({"DT", "PRP$", "POS", "JJ"})
#: Tags of a common noun the quoted words may name.
_NOUN_TAGS = frozenset({"NN", "NNS"})
#: Parts of speech of a last word that judges rather than names.
_JUDGING = frozenset({"ADJ", "ADV"})
#: Entity types of nouns that tell when, not what: "‘a great result’ yesterday".
_TIMES = frozenset({"DATE", "TIME"})


def names_the_noun_after(doc: Doc, quote: Quote) -> bool:
    """Whether the quote, of two to six words in one part with no stop of its own, stands
    between a word that opens a noun phrase and the lower-case noun it names ("the
    ‘two-bin rule’ order"), and ends in no adjective or adverb."""
    if len(quote.parts) != 1:
        return False
    start, end = quote.parts[0]
    text = text_of(doc)
    words = text[start:end].split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or text[start:end].rstrip()[-1:] in ".,;:!?":
        return False
    if text[end : end + 1] not in ALL_MARKS or text[end + 1 : end + 2] != " ":
        return False
    if start < 3 or text[start - 1] not in ALL_MARKS or text[start - 2] != " ":
        return False
    before = doc.char_span(start - 3, start - 2, alignment_mode="expand")
    inside = doc.char_span(start, end, alignment_mode="expand")
    after = doc.char_span(end + 2, end + 3, alignment_mode="expand")
    if before is None or inside is None or after is None:
        return False
    noun = after[0]
    return (
        before[-1].tag_ in _OPENING_TAGS
        and noun.tag_ in _NOUN_TAGS
        and noun.is_lower
        and noun.ent_type_ not in _TIMES
        and not any(t.pos_ in _JUDGING for t in _last_word(inside))
        and not _graded(inside[0])
    )


def _graded(first: Token) -> bool:
    """Whether the quote opens with an adverb of degree or manner ("an ‘unremittingly
    radical’ manifesto", "a ‘wholly Scottish’ affair"): words that judge, not a name."""
    return first.pos_ == "ADV" and first.lower_.endswith("ly")


def _last_word(inside: Span) -> list[Token]:
    """The tokens of the quote's last word, a hyphened one whole ("good-humoured")."""
    start = len(inside) - 1
    while start > 0 and not inside[start - 1].whitespace_:
        start -= 1
    return list(inside[start:])
