"""An office that opens the paragraph after the sentence whose subject is a name.

News names someone as the subject of a sentence and goes on, at the next
paragraph, with the office: "Ann Vell warned of delays today. / The Harbour
Secretary wants the rules rewritten". `role_context` reads this in a story's lede;
beyond it, the name must be what its sentence is about (its subject), and the
office one held by a single person in a story, not one of those people meet in
its events ("the judge", "the officer"): "Jo Roe admitted theft. / The judge
said" is the court's judge. Others named beside the subject leave the office
unread unless each has a title of their own with another head ("Tom Vell
attacked Tarland mayor Ed Poe. / The harbour master said"): the office is then
no one else's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import tokens_in
from generator.extract.lexicon import Lexicon
from generator.extract.role_context import (
    MET_IN_EVENTS,
    SUBJECTS,
    bare,
    describing_subject,
    ents_of,
    held_as_title,
    joined_to_another,
)
from generator.extract.role_nouns import is_role_word
from generator.extract.role_phrases import role_phrase, role_words
from generator.extract.role_quoted import in_quote
from generator.extract.role_titles import title_before
from generator.extract.sentence_index import sentence_at, sentence_of

__all__ = ["is_subject", "office_next", "others_titled_apart"]


def _opens_paragraph(token: Token) -> bool:
    doc = token.doc
    return token.i > 0 and (doc[token.i - 1].is_space or "\n" in doc[token.i - 1].whitespace_)


def is_subject(span: Span) -> bool:
    """Whether the name is the subject of its sentence's main verb (or of a verb joined
    to it by "and")."""
    root = span.root
    if root.dep_ not in SUBJECTS:
        return False
    verb = root.head
    main = sentence_of(span).root
    return verb == main or (verb.dep_ == "conj" and verb.head == main)


def others_titled_apart(span: Span, office: Token, own: frozenset[str], lex: Lexicon) -> bool:
    """Whether every other person the name's sentence names has a title of their own
    before the name that does not hold the office's noun."""
    for ent in ents_of(sentence_of(span)):
        if ent.label_ != "PERSON" or {bare(w) for w in ent.text.split()} <= own:
            continue
        title = title_before(ent, lex)
        if not title or office.lower_ in {bare(w) for w in title.split()}:
            return False
    return True


def office_next(
    span: Span, lex: Lexicon, own: frozenset[str], *, again: bool = False
) -> str | None:
    """ "Harbour Secretary" for Ann Vell in "Ann Vell warned of delays today. / The
    Harbour Secretary wants the rules rewritten", for a person the story names ``again``."""
    doc = span.doc
    sentence = sentence_of(span)
    if not again or sentence.end >= len(doc) or not is_subject(span) or in_quote(span):
        return None
    following = sentence_at(doc, sentence.end)
    office = describing_subject(following, lex)
    if office is None or office.left_edge.i != following.start or in_quote(office):
        return None
    if not (_opens_paragraph(office.left_edge) and is_role_word(office, lex)):
        return None
    if office.lower_ in MET_IN_EVENTS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in office.children):
        return None
    if any(t.ent_type_ == "PERSON" or t.lower_ in ("that", "which") for t in office.subtree):
        return None
    if joined_to_another(office):
        return None
    # "fined by a judge. The judge ...": the noun of the name's sentence is someone else
    if any(
        t.lower_ == office.lower_
        for t in tokens_in(sentence)
        if t.i not in range(span.start, span.end)
    ):
        return None
    if held_as_title(office, own) or not others_titled_apart(span, office, own, lex):
        return None
    role = role_phrase(office, range(0), lex)
    return role if role and role.lower() not in role_words().generic else None
