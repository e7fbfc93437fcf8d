"""A pronoun's speaker whom the quote itself names with a title.

People do not call themselves "Dr Vell" or "Mr Vell" in their own words. When the
person a speaker's pronoun refers back to is named so inside the quote ("'... and I
disagree with Dr Vell on this,' he wrote"), the quote speaks of that person: the
search back took the wrong one, and a wrong name is worse than none. A courtesy title
of the other sex than the pronoun's ("'Mr Vell was a kind husband,' she said") names
someone else who shares the surname, and says nothing against the speaker.
"""

from __future__ import annotations

from generator.extract.entities import Entity
from generator.extract.name_spans import COURTESY
from generator.extract.quote_marks import Quote
from generator.extract.speech import MALE, PRONOUNS

__all__ = ["titled_inside"]

#: Titles by which news and speakers name others: courtesy titles and a doctor's.
_TITLES = COURTESY | frozenset({"dr", "dr.", "doctor", "professor", "prof", "prof."})
#: The pronoun a courtesy title's bearer goes by ("Messrs" is of several people).
_TITLE_PRONOUNS = {title: "he" if title in MALE else "she" for title in COURTESY - {"messrs"}}


def titled_inside(speaker: Entity, quote: Quote, pronoun: str) -> bool:
    """Whether the quote names the speaker that ``pronoun`` ("he", "she") was read as with
    a title right before the name ("Dr Vell", "Mr Ivo Vell"), the title not one of the
    other sex. Any other subject word than "he" or "she" is False."""
    if pronoun not in PRONOUNS:
        return False
    for mention in speaker.mentions:
        start = mention.span.start_char
        if not any(low <= start < high for low, high in quote.parts):
            continue
        doc = mention.span.doc
        for index in (mention.span.start, mention.span.start - 1):
            if index < 0 or index >= mention.span.end:
                continue
            title = doc[index].lower_
            if title in _TITLES and _TITLE_PRONOUNS.get(title, pronoun) == pronoun:
                return True
    return False
