"""An office of one holder that takes up, a few sentences on, the person a sentence was about.

Political news names a head of government by name as the subject of a sentence, goes on
about them with "he"/"she" or about things, and then calls them by the office alone,
taking it as known: "Tom Vell said the port must grow. Without it the town would fade,
he told the council. / The chancellor said the plan was sound." No title or appositive states
the office, and the office sentence is not the one right after the name's, so
`role_office_next` does not read it.

The evidence must be sure: only offices a story has one holder of are read
(`ONE_HOLDER_OFFICES`: "the prime minister", "the chancellor", not "the minister" or "the
officer"), bare ("the former chancellor" or "the Tory chancellor" is someone else); the
sentences between may name no other person and their subjects must be "he"/"she" or
things; anyone else the name's sentence names must have a title of their own ("Tom Vell
met Ed Poe. ... The president said" may be Poe); and no one else may be written with the
office as a title.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import Lexicon
from generator.extract.role_context import (
    SUBJECTS,
    bare,
    ents_of,
    held_as_title,
    joined_to_another,
)
from generator.extract.role_nouns import is_role_word, person_noun, singular
from generator.extract.role_office_next import is_subject, others_titled_apart
from generator.extract.role_phrases import role_phrase
from generator.extract.role_quoted import in_quote
from generator.extract.sentence_index import sentence_at, sentence_of
from generator.extract.speech_offices import ONE_HOLDER_OFFICES

__all__ = ["office_later"]

#: How many sentences after the name's the office may stand.
OFFICE_REACH = 3

#: Subjects of a sentence between that keep to the person or to things.
_KEEPING_ON = frozenset(["he", "she", "it", "this", "that", "there", "they"])
#: The sex ("m"/"f") a subject pronoun between takes up.
_PRONOUN_SEXES = {"he": "m", "she": "f"}


def _office(subject: Token, sentence: Span) -> bool:
    """Whether a subject is "the <office of one holder>" opening its sentence (past a
    conjunction: "But the chancellor said"), with nothing else said of it."""
    needed = ONE_HOLDER_OFFICES.get(subject.lower_)
    if needed is None or subject.tag_ not in ("NN", "NNP"):
        return False
    children = list(subject.children)
    if [c.lower_ for c in children if c.dep_ == "det"] != ["the"]:
        return False
    if any(c.dep_ in ("poss", "prep", "appos", "relcl", "acl") for c in children):
        return False
    before = [c.lower_ for c in children if c.dep_ != "det" and c.i < subject.i]
    if before != list(needed) or joined_to_another(subject):
        return False
    opening = sentence.doc[sentence.start : subject.left_edge.i]
    return all(t.pos_ in ("CCONJ", "PUNCT", "SPACE") for t in opening)


def _named_other(sentence: Span, own: frozenset[str]) -> bool:
    """Whether the sentence names a person, the person themself included ("the chancellor
    praised Tom Vell" is not Tom Vell), by an entity or by a word of their name."""
    return any(ent.label_ == "PERSON" for ent in ents_of(sentence)) or any(
        t.ent_type_ == "PERSON" or bare(t.text) in own for t in sentence if t.pos_ == "PROPN"
    )


def _subject(sentence: Span) -> Token | None:
    """The subject of the sentence's main verb, or None."""
    return next((c for c in sentence.root.children if c.dep_ in SUBJECTS), None)


def office_later(
    span: Span, lex: Lexicon, own: frozenset[str], sex: str | None, *, again: bool
) -> str | None:
    """ "chancellor" for Tom Vell in "Tom Vell said the port must grow. Without it the town
    would fade, he told the council. / The chancellor said ...", for a person named ``again``; a
    "he"/"she" between of the other sex than ``sex`` is someone else, and stops the search."""
    doc = span.doc
    if not again or in_quote(span) or not is_subject(span):
        return None
    sentence = sentence_of(span)
    for _ in range(OFFICE_REACH):
        if sentence.end >= len(doc):
            return None
        sentence = sentence_at(doc, sentence.end)
        if _named_other(sentence, own):
            return None
        subject = _subject(sentence)
        if subject is None or in_quote(subject):
            return None
        if _office(subject, sentence):
            # "Ann Vell met Tom Poe ... The president said": Poe's office, maybe
            if held_as_title(subject, own) or not others_titled_apart(span, subject, own, lex):
                return None
            role = role_phrase(subject, range(0), lex)
            return role or None
        if sex is not None and _PRONOUN_SEXES.get(subject.lower_, sex) != sex:
            return None
        if subject.lower_ in _KEEPING_ON:
            continue
        # a sentence about a thing keeps on; one about someone else stops the search
        if (
            subject.pos_ != "NOUN"
            or is_role_word(subject, lex)
            or person_noun(singular(subject.lower_))  # "dockers": the pipeline has no lemmas
        ):
            return None
    return None
