"""Verbs the tagger read as adjectives of a title before a name.

"Ann Vell married actor Tom Ames" and "he pushed and kicked actress Ann Vell" may be
tagged with the verb as an adjective of the noun after it, so a title read leftwards
from the name would take the act in ("married actor"). A past form in -ed is the act,
not part of the title, when what comes right before it is its subject (a person or a
body named, a pronoun: "she", "who", or a noun after an article: "the blast") or an
"and" after another verb ("pushed and kicked"); adverbs and quote marks between are
passed over. After an article, a preposition, a comma or a possessive it stays an
adjective ("the retired nurse", "by obsessed fan"). A word right after the "to" of an
infinitive is its verb whatever its tag ("vowed to never criticise council leader X").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.doc_words import tokens_of

__all__ = ["act_before_title", "infinitive_before_title"]

#: Pronouns that are a verb's subject.
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "who"})
#: Entities that may be the one who acts.
_ACTORS = ("PERSON", "ORG")
_JOINS = ("and", "or")
_PAST_TAGS = ("VBN", "VBD", "JJ")
_ARTICLES = ("the", "a", "an")


def _before(token: Token) -> Token | None:
    """The word right before ``token``, past adverbs ("badly") and quote marks
    ("'pushed' and"), or None."""
    at = token.i - 1
    while at >= 0 and (token.doc[at].pos_ == "ADV" or token.doc[at].is_quote):
        at -= 1
    return token.doc[at] if at >= 0 else None


def _before_adverbs(token: Token) -> Token | None:
    """The word right before ``token``, past adverbs and the quote marks and commas
    between them ("to 'never, ever' criticise"), or None."""
    at = token.i - 1
    doc = token.doc
    tokens = tokens_of(doc)
    while at >= 0 and (tokens[at].pos_ == "ADV" or tokens[at].is_quote or tokens[at].text == ","):
        at -= 1
    return tokens[at] if at >= 0 else None


def infinitive_before_title(token: Token) -> bool:
    """Whether ``token`` is the verb of an infinitive ("criticise" in "vowed to never
    criticise council leader Ann Vell"), which the tagger may read as an adjective or a
    noun of the title: the "to" that marks it comes right before, past adverbs. The
    tagger gives "to" as a preposition ("handed to council leader X") its own tag."""
    before = _before_adverbs(token)
    return before is not None and before.lower_ == "to" and before.tag_ == "TO"


def _subject(token: Token) -> bool:
    """Whether ``token`` can be the subject of the verb right after it."""
    if token.tag_ == "POS" or token.text.endswith(("'s", "\u2019s")):
        return False
    if token.lower_ in _SUBJECT_PRONOUNS and token.tag_ in ("PRP", "WP"):
        return True
    # "Vellcorp chided Norport Gov. X", with the body tagged as a common noun
    if token.ent_type_ in _ACTORS and token.pos_ in ("PROPN", "NOUN"):
        return True
    # "The blast injured driver X": a noun opened by an article acts; a noun that
    # merely qualifies the past form ("a Tarn-trained nurse") comes with a hyphen.
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.pos_ == "NOUN" and before is not None and before.lower_ in _ARTICLES


def act_before_title(token: Token) -> bool:
    """Whether ``token``, left of a title before a name, is a verb in the past the
    tagger read as an adjective: its subject or a verb joined by "and" comes right
    before it."""
    if not (token.is_lower and token.is_alpha and token.lower_.endswith("ed")):
        return False
    if token.tag_ not in _PAST_TAGS:
        return False
    before = _before(token)
    if before is None:
        return False
    if before.lower_ in _JOINS:
        verb = _before(before)
        return verb is not None and verb.tag_ in ("VBD", "VBN") and verb.pos_ == "VERB"
    return _subject(before)
