"""Evidence that a name in quote marks is a nickname or a title, not a person of its own.

A name a writer coins for someone, in quote marks after a verb of naming and its object
("the press dubbed him 'Mr Gloom'", "dubbing the minister 'Sir Spendalot'"), is that person's
nickname; a name inside a quoted title after a noun of works and "called" ("a documentary
called 'Farewell Mr Gloom'") is part of the title. Either way the quoted words are no second
person, however the honorific in them reads. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.lexicon import cues
from generator.extract.mentions import PERSON, WORK, Mention

#: Forms of the verbs that coin a name for someone: "dubbed him 'Mr Gloom'".
_COINING = frozenset(
    {"dub", "dubs", "dubbed", "dubbing", "nickname", "nicknames", "nicknamed", "nicknaming"}
    | {"christen", "christens", "christened", "christening", "label", "labels", "labelled"}
    | {"labeled", "labelling", "labeling", "brand", "brands", "branded", "branding"}
)
#: Forms of "call": a coined name only with its object before the quote ("called him 'Mr
#: Gloom'"), or a title after a noun of works ("a film called 'Mr Gloom'").
_CALLING = frozenset({"call", "calls", "called", "calling"})
#: Pronouns that may be the object of the verb before the quoted name.
_OBJECTS = frozenset({"him", "her", "them", "himself", "herself", "me", "us", "you"})
_OPENING = frozenset({"'", '"', "\u2018", "\u201c"})
_CLOSING = frozenset({"'", '"', "\u2019", "\u201d"})
#: How many capitalised words a quoted title may hold beside the name: "Farewell Mr Gloom".
_TITLE_WORDS = 3
#: How many capitalised words the verb's object may have: "dubbing Mr Ames 'Sir Gloom'".
_OBJECT_WORDS = 3
#: Weight of a coined name: more than an honorific's vote for a person ("Mr Gloom").
_WEIGHT = 4.0


def _quote_before(doc: Doc, start: int) -> int:
    """The index of the opening quote mark just before a name, over at most a few
    capitalised words of a quoted title ("'Farewell Mr Gloom'"), or -1."""
    i = start - 1
    while i >= 0 and start - i <= _TITLE_WORDS and doc[i].is_title and doc[i].is_alpha:
        i -= 1
    return i if i >= 0 and doc[i].text in _OPENING else -1


def _quote_after(doc: Doc, end: int) -> bool:
    """Whether a closing quote mark comes right after a name, over a comma or a stop."""
    for token in doc[end : end + 2]:
        if token.text in _CLOSING:
            return True
        if token.text not in (",", "."):
            return False
    return False


def _coined_before(quote: Token) -> bool:
    """Whether a verb of naming, with its object, or a noun of works and "called" comes
    just before the opening quote mark."""
    doc = quote.doc
    i = quote.i - 1
    objects = 0
    while i >= 0 and objects < _OBJECT_WORDS and (doc[i].is_title or doc[i].lower_ in _OBJECTS):
        objects += 1
        if doc[i].lower_ in _OBJECTS:
            i -= 1
            break
        i -= 1
    if i < 0 or doc[i].is_title:
        return False
    verb = doc[i].lower_
    if verb in _COINING:
        return True
    if verb not in _CALLING:
        return False
    if objects:
        return True  # "called him 'Mr Gloom'"
    return i > 0 and doc[i - 1].lower_ in cues().work_nouns  # "a film called 'Mr Gloom'"


def nickname_votes(mentions: list[Mention]) -> None:
    """Each model's person written in quote marks after a verb that coins a name, or in a
    quoted title, votes for a thing and loses what its words said of a person."""
    # A one-word coined name that is a word of a person's full name ("the Ohio native
    # nicknamed 'King Vell'" beside Tom Vell) may be that person's surname: left alone.
    name_words = {t.text for m in mentions if len(m.span) > 1 for t in m.span}
    for mention in mentions:
        span = mention.span
        if mention.fixed or span.label_ != "PERSON":
            continue
        if len(span) == 1 and span.text in name_words:
            continue
        quote = _quote_before(span.doc, span.start)
        if quote < 0 or not _quote_after(span.doc, span.end):
            continue
        if _coined_before(span.doc[quote]):
            mention.votes.pop(PERSON, None)
            mention.vote(WORK, _WEIGHT)
