"""A name set off before the person noun that the parser made the subject of saying.

"'...,' Ann Vell, Kit's mother told the paper" leaves out the comma that would close the
appositive: the parser makes "mother" the subject of "told" and hangs the name elsewhere
(an object or a modifier of the quote's verb). The name opens the clause, so it is who
speaks; the noun after it only says who she is.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from generator.extract.role_nouns import person_noun

__all__ = ["described_after", "name_before_description"]

#: Most words of a name before the comma ("Ann Marie Vell").
MAX_NAME_WORDS = 3


def _name_word(token: Token) -> bool:
    """A capitalised proper noun: a word of a name."""
    return token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper()


def _description(noun: Token) -> bool:
    """A singular noun for a person ("mother", "aunt", "teacher"): what a description
    set off after a name is headed by."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and person_noun(noun.lower_)


def name_before_description(subject: Token, inside_quote: Callable[[int], bool]) -> Token | None:
    """The last word of the name set off by a comma right before a subject that is a
    singular person noun ("Ann Vell, Kit's mother told", "'...,' Kit, the girl's aunt
    said"), when the name opens its sentence or follows the quote the sentence opens with;
    None otherwise ("Unlike Ann, her mother said": the name is no apposition there)."""
    if not _description(subject) or subject.dep_ != "nsubj":
        return None
    doc = subject.doc
    comma = subject.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    last = comma - 1
    start = last
    while start > 0 and last - start + 1 < MAX_NAME_WORDS and _name_word(doc[start - 1]):
        start -= 1
    if not all(_name_word(t) for t in doc[start : last + 1]) or inside_quote(doc[start].idx):
        return None
    opening = doc[subject.sent.start : start]
    if not all(t.is_punct or t.is_space or inside_quote(t.idx) for t in opening):
        return None
    return doc[last]


def described_after(name: Token) -> bool:
    """Whether a lone name is followed by a comma and a person noun that the parser made
    a subject of its own ("Kit, the girl's aunt told ..."): the noun describes the name,
    so the name is a person's."""
    doc = name.doc
    comma = name.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    return any(
        t.left_edge.i == comma + 1 and t.dep_ == "nsubj" and _description(t)
        for t in doc[comma + 1 : name.sent.end]
    )
