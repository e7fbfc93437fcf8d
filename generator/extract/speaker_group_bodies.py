"""A body of people that news names by proper words before a common noun for it.

"The Dornwick Search and Rescue team wrote", "Kelbury police said": the noun ("team",
"police") is no organization noun of the word lists, and the NER often tags none of the
words, yet the capitalised words right before the noun name the body that speaks. A
definite bare "the police added" later refers back to the latest such phrase with the
same noun (`speaker_bodies.phrase_back`). The words must all be capitalised proper nouns
(or an "and" between them) inside the noun's own phrase, or hold one among lower-case
modifiers ("the Kelbury rescue team", as `speaker_bodies.body_phrase` reads them), and
none may be a person's name: "the Vell team said" is a person's people.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from generator.extract.referent_given_names import given_name_sex
from generator.extract.speaker_bodies import body_phrase, phrase_back
from generator.extract.speech import definite

__all__ = ["GROUP_BODY_NOUNS", "group_named_before", "named_group"]

#: Nouns for a body of people that speaks as one, named by the proper words before them.
GROUP_BODY_NOUNS = frozenset(["team", "police", "service", "unit", "squad", "force", "brigade"])
#: Words that join two proper words of one name ("Search and Rescue").
_JOINS = frozenset(["and", "&"])


def named_group(noun: Token) -> Span | None:
    """ "Dornwick Search and Rescue team" of "the Dornwick Search and Rescue team said":
    a group body noun in lower case with no determiner but "the", and the capitalised
    proper words right before it in its own phrase, else the words `body_phrase` reads
    ("Tarnby fire service"); None when there are none, when one is a person's name, or
    when the noun is owned ("Acme's team")."""
    if noun.lower_ not in GROUP_BODY_NOUNS or not noun.text.islower():
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ != "the") for c in noun.children):
        return None
    doc = noun.doc
    floor = noun.left_edge.i
    start = noun.i
    while start > floor:
        before = doc[start - 1]
        proper = before.pos_ == "PROPN" and before.text[:1].isupper()
        if not (proper or before.lower_ in _JOINS):
            break
        start -= 1
    while start < noun.i and doc[start].lower_ in _JOINS:
        start += 1
    # "the Tarnby fire service": lower-case words between, read as `body_phrase` reads them
    phrase = doc[start : noun.i + 1] if start < noun.i else body_phrase(noun)
    if phrase is None or any(t.ent_type_ == "PERSON" for t in phrase):
        return None
    if len(phrase) > 2 and given_name_sex(phrase[0].text) and phrase[1].text[:1].isupper():
        return None  # "the Harriet Quillby team": a name the NER missed, a person's people
    return phrase


def group_named_before(noun: Token, text: str, quoted: Callable[[int], bool]) -> Span | None:
    """For a definite bare group body noun ("the police added"), the latest phrase before it
    that names such a body with the same noun (`named_group`: "Kelbury police"), read back
    through the bare mentions between; None otherwise."""
    if noun.lower_ not in GROUP_BODY_NOUNS or not definite(noun):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in noun.children):
        return None
    return phrase_back(noun, text, quoted, named_group)
