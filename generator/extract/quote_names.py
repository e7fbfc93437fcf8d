"""Quoted names of things: a programme, a slogan, a title, not anyone's words.

"She said on Radio Kelby's ‘Ask the Mayor’", "its ‘Shop in the Square’ slogan", "the
‘Home by Ten’ curfew": a short stretch in title case that a determiner, a possessive or a
preposition puts in a noun phrase names something. Speech in title case is an outcry ("‘F*** the
Lot!’") or speaks in the first or second person, and is kept; such words set between
a determiner and the noun they name ("the ‘Save Our Pier!’ campaign", "a ‘Who Pays?’
leaflet") are a name all the same. The last of a list of quoted names ("the films ‘Cold
Iron’ and ‘The Wanderers.’") is one too, whatever stands before the first.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.nlp import text_of
from generator.extract.quote_marks import ALL_MARKS, Quote

__all__ = ["quoted_name"]

#: Most words a quoted name has.
MAX_NAME_WORDS = 6
#: Small words that a title leaves in lower case.
_SMALL = frozenset(["a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by"])
_SMALL |= frozenset(["with", "from", "is", "as", "&"])
#: Words of a speaker addressing someone: speech, even in title case.
_PERSONAL = frozenset(["i", "i'm", "i’m", "we", "me", "my", "our", "us", "you", "your"])
#: Words right before the opening mark that put the quote in a noun phrase.
#: Not "titled": a writing's title is quoted as its authors' words.
_BEFORE = frozenset(["the", "a", "an", "its", "his", "her", "their", "on", "from"])
#: Words before the determiner that make the name someone's way of calling someone.
#: Words that join the last of a list of quoted names to the others.
_LISTING = frozenset(["and", "or"])
_CALLING = frozenset(["as", "called", "dubbed", "branded", "labelled", "labeled", "nicknamed"])
_WORD = re.compile(r"[^\s]+")


def quoted_name(doc: Doc, quote: Quote) -> bool:
    """Whether the quote is a name in title case inside a noun phrase ("on ‘Ask the
    Mayor’", "the ‘Home by Ten’ curfew"), with no "I", "we" or "you" and no outcry,
    unless it stands before the noun it names ("the ‘Save Our Pier!’ campaign")."""
    text = text_of(doc)
    words = quote.text.strip(" .,;:").split()
    cried = quote.text.rstrip(" ,.").endswith(("!", "?"))
    noun = _names_noun(doc, quote)  # a slogan naming a noun may say "our": no speech
    if not 2 <= len(words) <= MAX_NAME_WORDS or (cried and not noun):
        return False
    for word in words:
        bare = word.strip(ALL_MARKS + "().,;:").lower()
        if bare in _PERSONAL and not noun:
            return False
        if not word[:1].isupper() and bare not in _SMALL:
            return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    first = quote.parts[0][0]
    before = _WORD.findall(text[max(0, first - 40) : first].rstrip(" " + ALL_MARKS))
    if not before:
        return False
    last = before[-1].lower()
    if len(before) > 1 and before[-2].lower() in _CALLING:
        return False  # "described herself as the ‘Quiet Giant’": her words for herself
    listed = last in _LISTING and len(before) > 1 and before[-2][-1:] in ALL_MARKS
    return (
        last in _BEFORE
        or last.endswith(("'s", "’s"))
        or listed  # "the films ‘Cold Iron’ and ‘The Wanderers.’": the last of a list of names
    )


def _names_noun(doc: Doc, quote: Quote) -> bool:
    """Whether a common noun follows the quote's closing mark and a space: the quoted
    words name it ("the ‘Save Our Pier!’ campaign"), as an adjective would."""
    end = quote.parts[-1][1]
    after = text_of(doc)[end : end + 3]
    if not after[:1] or after[0] not in ALL_MARKS or after[1:2] != " ":
        return False
    token = doc.char_span(end + 2, end + 3, alignment_mode="expand")
    return token is not None and token[0].pos_ == "NOUN" and token[0].text.islower()
