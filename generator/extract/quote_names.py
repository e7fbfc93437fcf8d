"""Quoted names of things: a programme, a slogan, a title, not anyone's words.

"She said on Radio Kelby's ‘Ask the Mayor’", "its ‘Shop in the Square’ slogan", "the
‘Home by Ten’ curfew": a short stretch in title case that a determiner, a possessive or a
preposition puts in a noun phrase names something. Speech in title case is an outcry ("‘F*** the
Lot!’") or speaks in the first or second person, and is kept.
"""

from __future__ import annotations

import re

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
_CALLING = frozenset(["as", "called", "dubbed", "branded", "labelled", "labeled", "nicknamed"])
_WORD = re.compile(r"[^\s]+")


def quoted_name(text: str, quote: Quote) -> bool:
    """Whether the quote is a name in title case inside a noun phrase ("on ‘Ask the
    Mayor’", "the ‘Home by Ten’ curfew"), with no outcry and no "I", "we" or "you"."""
    words = quote.text.strip(" .,;:").split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or quote.text.rstrip(" ,.").endswith(("!", "?")):
        return False
    for word in words:
        bare = word.strip(ALL_MARKS + "().,;:").lower()
        if bare in _PERSONAL:
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
    return last in _BEFORE or last.endswith(("'s", "’s"))
