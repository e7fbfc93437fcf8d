"""Who says words when the tagger took the verb of saying for a noun.

"'...,' Harwood states." is often tagged as a compound noun, "She did however voice
..." makes "voice" a noun after "did", and "'...,' the leaflet read." a noun run; the
word before such a verb, or the subject of the "do", is the one who speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.speaker_possessives import possessive_mark
from generator.extract.speech import PRONOUNS

#: Most words of a subject phrase between a quote and a verb the tagger misread.
MAX_PHRASE_WORDS = 8
#: Forms of "do" that carry a verb after them ("she did however voice ...").
DO_FORMS = frozenset(["do", "does", "did"])


def done_subject(token: Token) -> Token | None:
    """The subject of a "do", "does" or "did" right before (adverbs aside) a verb the
    tagger took for a noun: in "She did however voice confidence" she voiced it."""
    if token.pos_ != "NOUN":
        return None
    at = token.i - 1
    while at > 0 and token.doc[at].pos_ in ("ADV", "PART"):
        at -= 1
    do = token.doc[at]
    if at < 1 or do.lower_ not in DO_FORMS:
        return None
    subjects = [c for c in do.children if c.dep_ == "nsubj" and c.i < do.i]
    return subjects[0] if len(subjects) == 1 else None


def pronoun_before(token: Token) -> Token | None:
    """The "he"/"she" right before a token, if any."""
    if token.i == 0:
        return None
    before = token.doc[token.i - 1]
    return before if before.lower_ in PRONOUNS else None


def teller_before(token: Token) -> Token | None:
    """The "he"/"she" or the name right before a verb the tagger took for a noun.

    "'...,' Harwood states." is often tagged as a compound noun; a capitalised
    word before it and the end of the clause after it make it a verb of saying.
    """
    pronoun = pronoun_before(token)
    if pronoun is not None or token.i == 0 or token.i + 1 >= len(token.doc):
        return pronoun
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    if not (token.text.islower() and after.is_punct):
        return None
    # "the United States." is a name, not "United" stating anything.
    named = before.is_alpha and before.text[:1].isupper() and not before.is_sent_start
    return before if named else _noun_after_quote(token) or _noun_before_colon(token)


def _noun_after_quote(token: Token) -> Token | None:
    """The noun before a verb that ends a short clause right after a quote ("'...,' the
    leaflet read.", "'...,' Ames' statement read."), which the tagger often reads as a
    compound noun; the apostrophe of a possessive is no quote mark."""
    doc = token.doc
    at = token.i - 1
    while at > token.i - MAX_PHRASE_WORDS and at >= 0 and not _closing_mark(doc[at]):
        mark = doc[at].tag_ == "POS" or possessive_mark(doc[at])
        if doc[at].is_punct and doc[at].text != "-" and not mark:
            return None
        at -= 1
    if at < 1 or at == token.i - 1 or not doc[at].is_quote or doc[at - 1].text not in ",?!":
        return None
    before = doc[token.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN", "ADJ") else None


#: Words of a noun phrase that opens a clause: "His latest apology", "The firm's note".
_PHRASE_POS = frozenset(["DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM", "PART"])


def _noun_before_colon(token: Token) -> Token | None:
    """The noun before a verb that a colon and an opening quote mark follow, when a short
    noun phrase opens the clause up to it ("His apology read: '...'", "The sign reads:
    '...'"): the tagger often reads "apology read" as a compound noun, but a noun run
    that the quoted words follow after a colon is a subject and its verb of saying."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ":" or not doc[token.i + 2].is_quote:
        return None
    at = token.i - 1
    while at > token.i - MAX_PHRASE_WORDS and doc[at].pos_ in _PHRASE_POS:
        if doc[at].is_sent_start:  # the phrase opens the sentence
            break
        at -= 1
    else:  # the phrase opens a clause after a comma ("at noon, his note read:")
        if at == token.i - 1 or doc[at].text != ",":
            return None
    before = doc[token.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN") else None


def _closing_mark(token: Token) -> bool:
    """A quote mark, not the apostrophe of a possessive ("Ames' statement", "Ames’ statement"
    with the bare mark the tagger takes for punctuation)."""
    return token.is_quote and token.tag_ != "POS" and not possessive_mark(token)
