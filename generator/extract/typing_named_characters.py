"""Evidence that a name is a part: what an owned "character" is called ("The character, Jo
Ames,", "his character Jo Ames", "the character of Jo Ames", "the show's character Jo Ames",
"the main character, Jo Ames,", "the best-loved character in the game, Jo Ames,").

A person is called a character too, but with an article and words of their nature ("a real
character, Jo Ames"): only "the" or an owner before the noun (and words of the part's place in
its story: "main", "title"), or a work with a story that it is "in", makes it a part.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.character_works import PLAYED_IN

#: Words that own a part: "the character, Jo Ames,", "his character Jo Ames", "the show's".
_OWNERS_OF_PARTS = frozenset({"the", "his", "her", "their", "its", "'s", "\u2019s"})
#: Words between the owner and "character" that tell the part's place in its story, not a
#: person's nature: "the main character", "the show's title character".
_PLACES_IN_A_STORY = frozenset(
    {"main", "central", "lead", "leading", "title", "principal", "eponymous", "recurring"}
)

#: Works whose characters are parts, though no one acts them: "the oldest character in the
#: novel", besides those played (`PLAYED_IN`).
_STORIES = PLAYED_IN | {"games", "book", "books", "novel", "novels", "story", "stories"}


def _of_a_story(noun: Token) -> bool:
    """Whether "character" is one "in" or "of" a work with a story: "in the game", "of the
    soap"; not "in the House", where a character is a person's nature."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "of")
        and any(o.dep_ == "pobj" and o.lower_ in _STORIES for o in prep.children)
        for prep in noun.children
    )


def named_character(span: Span) -> bool:
    """Whether the name is what an owned "character" is called: "The character, Jo Ames,",
    "his character Jo Ames", "the character of Jo Ames"; not "a real character, Jo Ames",
    whose article and adjectives speak of a person's nature."""
    root, doc = span.root, span.doc
    if root.dep_ == "appos" and root.head.i < span.start:
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.i == span.start - 1:
        noun = root.head.head
    else:
        noun = doc[span.start - 1] if span.start > 0 else root
    if noun.lower_ != "character" or noun.i >= span.start:
        return False
    if _of_a_story(noun):
        return True  # "the most famous character in the game, Jo Ames,": whatever its words
    first = noun.i
    while first > 0 and doc[first - 1].lower_ in _PLACES_IN_A_STORY:
        first -= 1  # "the main character, Jo Ames,": the part's place in the story
    before = doc[first - 1] if first > 0 else noun
    return before.lower_ in _OWNERS_OF_PARTS
