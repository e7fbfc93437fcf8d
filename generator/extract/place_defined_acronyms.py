"""An acronym the text defines after a phrase that is no place is no place either.

"the much criticised "Custody Through Farm Work" (CTFW) system": the capitals in brackets
spell the initials of the phrase before them, and stand for what that phrase names. When the
phrase is no place (the model tags no word of it a place, the tables do not know it, its last
word is no place noun), the acronym is no place, however often it modifies a place noun
("few CTFW camps"). It is a thing when a common noun follows the brackets, the kind of
thing the phrase names ("(CTFW) system"), and otherwise a body ("Velm Broadcasting Network
(VBN) said"); a phrase ending in a body's word is always a body's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import kept_per_doc, tokens_of
from generator.extract.lexicon import SKIPPED_IN_INITIALS, cues, lexicon
from generator.extract.mentions import ORG, WORK, Mention
from generator.extract.place_noun_words import place_noun

#: Model labels of places: a phrase holding one names a place ("Tarvik Free Zone (TFZ)").
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Marks closing a quoted phrase before its brackets: '"Custody Through Farm Work" (CTFW)'.
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019"})
_KEY = "defined_acronym_kinds"


def defined_acronym_kind(mention: Mention) -> str | None:
    """The kind of an acronym the text defines after a phrase that is no place (`ORG` or
    `WORK`), or None when the text defines no such acronym of the mention's words."""
    span = mention.span
    if len(span) != 1 or mention.place is not None:
        return None
    return _kinds(span.doc).get(span.text)


def _kinds(doc: Doc) -> dict[str, str]:
    """Acronym -> kind of every acronym defined in brackets after a phrase that is no place,
    found in one pass over the document: every mention asks."""
    return kept_per_doc(doc, _KEY, _read_kinds)


def _read_kinds(doc: Doc) -> dict[str, str]:
    found: dict[str, str] = {}
    tokens = tokens_of(doc)
    for token in tokens[1:-1]:
        text = token.text
        if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 8):
            continue
        if tokens[token.i - 1].text != "(" or tokens[token.i + 1].text != ")":
            continue
        phrase = _spelt_phrase(doc, token.i - 1, text)
        if phrase is not None and not _place_phrase(phrase):
            found.setdefault(text, WORK if _thing_phrase(phrase, doc, token.i + 2) else ORG)
    return found


def _spelt_phrase(doc: Doc, bracket: int, acronym: str) -> Span | None:
    """The title-case phrase ending before the bracket whose words' initials, small linking
    words left out, spell the acronym: "Re-education Through Labour (RTL)" (a hyphened word
    gives its first letter). None when the words before spell no such phrase."""
    end = bracket
    while end > 0 and doc[end - 1].text in _CLOSERS:
        end -= 1
    i = end - 1
    for letter in reversed(acronym):
        while i >= 0 and doc[i].lower_ in SKIPPED_IN_INITIALS and doc[i].is_lower:
            i -= 1
        # a hyphened word is one word: "Re-education" opens at "Re"
        while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_:
            i -= 2
        if i < 0 or (not doc[i].is_title and not doc[i].is_upper) or doc[i].text[0] != letter:
            return None
        i -= 1
    return doc[i + 1 : end]


def _place_phrase(phrase: Span) -> bool:
    """Whether the phrase names a place: the model tags a word of it a place, the tables know
    it, or it ends in a place noun ("Kelby Enterprise Zone")."""
    if any(t.ent_type_ in _PLACE_LABELS for t in phrase):
        return True
    lex = lexicon()
    return lex.place(phrase.text) is not None or place_noun(phrase[-1], lex)


def _thing_phrase(phrase: Span, doc: Doc, after: int) -> bool:
    """Whether the phrase names a thing, no body: a common noun follows its brackets, the
    kind of thing it is ("the Custody Through Farm Work (CTFW) system"), and the phrase
    neither ends in a body's word nor was tagged a body by the model."""
    if after >= len(doc) or doc[after].pos_ != "NOUN" or not doc[after].is_lower:
        return False
    last = phrase[-1]
    return last.ent_type_ != "ORG" and last.lower_ not in cues().org_suffixes | cues().org_heads
