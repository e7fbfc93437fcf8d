"""Flattened line breaks (" . ") that cut a name or a title in two: "Business . Secretary
Tom Garrow", "of the Harlow Police . Federation, said", "the young Prince . Arlo".

`flat_breaks` mends a break inside a sentence; these are the shapes where the two words
around the break are capitalised, so no lower-case word or function word tells. The
evidence is in the words themselves: a ministry's portfolio before a role word ("Business"
then "Secretary"), which name one post together; a capitalised word before a body's head
that opens no sentence of its own ("Federation," "University for": a singular head with no
article, then a comma or a preposition, ends a name; "Police in Harlow said" opens one); a
royal or courtesy title before a common given name.
"""

from __future__ import annotations

from generator.extract.designations import DESIGNATION_TITLES
from generator.extract.lexicon import cues, lexicon
from generator.extract.referent_given_names import given_name_sex

#: Bodies' heads that open a sentence bare, with no article ("Police in Harlow said").
_BARE_WORDS = "police parliament government congress media news research intelligence army navy"
_BARE_HEADS = frozenset(_BARE_WORDS.split())
#: What may follow a body's head that ends a name, but no head that opens a sentence.
_AFTER_HEAD_WORDS = ", ) of for at in"
_AFTER_HEAD = frozenset(_AFTER_HEAD_WORDS.split())


def name_goes_on(before: str, after: str, next_word: str | None) -> bool:
    """Whether the break between ``before`` and ``after`` (the word after the break, then
    the word or mark that follows it, if any) falls inside one name or title."""
    if not (before[:1].isupper() and after[:1].isupper()) or before.isupper() or after.isupper():
        return False
    lowered, head = before.lower(), after.lower()
    if lowered in lexicon().portfolios and head in lexicon().role_words:
        return True
    if head in cues().org_suffixes - _BARE_HEADS and next_word in _AFTER_HEAD:
        return True
    titles = lexicon().honorifics | DESIGNATION_TITLES
    return lowered in titles and given_name_sex(after) is not None
