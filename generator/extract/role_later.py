"""A description the story gives of a person after naming them.

"Linda Harte, 63, waited 14 months. ... said the grandmother-of-five": a sentence after the
name, before anyone else is named, takes the person up by a description (`referred_after`),
or a bare office takes up one named again (`office_next`). With no role stated beside the
name it is the role; beside one, it says more and `roles` keeps it as a second.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import tokens_in, tokens_of
from generator.extract.entities import Entity
from generator.extract.family_names import KIN_NOUNS
from generator.extract.lexicon import Lexicon
from generator.extract.role_choice import mended
from generator.extract.role_context import referred_after
from generator.extract.role_office_later import office_later
from generator.extract.role_office_next import office_next
from generator.extract.role_quoted import in_quote
from generator.extract.role_someone_beside import beside_them
from generator.extract.sentence_index import sentence_of
from generator.extract.speech import gender_of
from generator.extract.typing_anaphors import next_sentence

__all__ = ["described_later", "of_a_thing_set_against"]


def described_later(
    entity: Entity, lex: Lexicon, own: frozenset[str], *, offices: bool
) -> str | None:
    """The first description of the person in the sentences after a mention, read as a
    noun phrase; with ``offices`` (no role stated beside the name), a bare office taking
    them up too and after any mention. A quote's words are its speaker's, not the
    narrator's description of anyone."""
    told = sorted(
        (m for m in entity.mentions if not in_quote(m.span)), key=lambda m: m.span.start_char
    )
    if not offices:
        # beside a stated role, not what follows a sentence that quotes: a description
        # after '"...," Roe said.' may take up the next speaker ('"...," the former mayor said')
        told = [m for m in told if not _quoting(m.span)]
    sex = gender_of(entity)
    again = len(entity.mentions) > 1
    for mention in told:
        role = referred_after(mention.span, lex, own, sex, again=again)
        if role is None and offices:
            role = office_next(mention.span, lex, own, again=again) or office_later(
                mention.span, lex, own, sex, again=again
            )
        role = mended(role)
        if role and (
            of_a_thing_set_against(mention.span, role)
            or _someone_new(mention.span, role)
            or _brought_in_beside(mention.span, role)
            or beside_them(mention.span, role, entity)
        ):
            continue
        if role and (offices or _in_next_sentence(mention.span, role)):
            return role
    return None


def of_a_thing_set_against(span: Span, role: str) -> bool:
    """Whether the description names, before its noun, a thing the mention's sentence brings
    in with "a" after a preposition: "Tom Vale was driving a car which collided with a lorry.
    ... The lorry driver was not hurt" is the lorry's driver, someone else."""
    words = role.lower().split()
    if len(words) < 2:
        return False
    return any(
        token.lower_ == words[0]
        and token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children)
        for token in tokens_in(sentence_of(span))
    )


#: Dependencies of a noun that brings someone into a sentence beside its subject (not a
#: predicate, "Roe is a nurse", nor an apposition, "Roe, a nurse,", which say who Roe is).
_BROUGHT_IN = frozenset({"pobj", "dobj", "dative"})


def _brought_in_beside(span: Span, role: str) -> bool:
    """Whether, from the mention's sentence to the description ("the friend"), the text
    brings in someone else by the description's noun with "a": "Roe spoke about a friend
    who was ill. The friend ..." takes up the friend, not Roe; so does a noun whose phrase
    holds the name ("A friend of Roe's said ... The friend added")."""
    head = role.lower().split(",")[0].split()[-1:]
    doc = span.doc
    start = sentence_of(span).start
    kin = bool(head) and head[0] in KIN_NOUNS
    for token in tokens_of(doc)[start : min(len(doc), span.end + MAX_TOKENS_TO_DESCRIPTION)]:
        # "A sibling of Roe said ... the brother says": one kin of Roe's, by another noun
        same = token.lower_ in head or (kin and token.lower_ in KIN_NOUNS)
        if not same or token.pos_ != "NOUN":
            continue
        # the name's word, whatever the model labelled it there ("the younger Roe")
        if any(t.pos_ == "PROPN" and t.text == span[-1].text for t in token.subtree):
            return True  # "An ally of Roe said ... The ally added": the ally is someone else
        if token.lower_ not in head:
            continue
        article = {c.lower_ for c in token.children if c.dep_ == "det"}
        if token.i > span.end and "the" in article:
            return False  # the description, with no one brought in before it
        # "worked as a docker" says what the person is, as a predicate does
        as_what = token.dep_ == "pobj" and token.head.lower_ == "as"
        if article & {"a", "an", "another"} and token.dep_ in _BROUGHT_IN and not as_what:
            return True
    return False


#: Most tokens read after a mention for the description that takes it up.
MAX_TOKENS_TO_DESCRIPTION = 400


#: Nouns that say no more of someone than sex or age: set off after a description, they bring
#: in someone unnamed; a job set off so ("The blogger, a former reviewer,") says more of one.
_SOMEONE = frozenset({"man", "woman", "boy", "girl", "person", "youth", "teenager"})


def _someone_new(span: Span, role: str) -> bool:
    """Whether the description, after the mention, is set off by "a man", "a woman" or the
    like: "The van driver, a man in his 40s, stopped" brings in someone the story has not
    named."""
    head = role.lower().split(",")[0].split()[-1:]
    return any(
        token.lower_ in head
        and token.pos_ == "NOUN"
        and any(
            c.dep_ == "appos"
            and c.lower_ in _SOMEONE
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
            for c in token.children
        )
        for token in tokens_of(span.doc)[span.end :]
    )


def _in_next_sentence(span: Span, role: str) -> bool:
    """Whether the sentence right after the mention's gives the description: beside a stated
    role, one further on, past a sentence that does not take the person up, is likely
    someone else's ("The driver, who has not been named,")."""
    following = next_sentence(sentence_of(span))
    return following is not None and role.lower() in following.text.lower()


def _quoting(span: Span) -> bool:
    """Whether the mention's sentence quotes, or follows a quote's closing mark that the
    parser left on the sentence before ('... buses?" Kell said.')."""
    sentence = sentence_of(span)
    start = max(sentence.start - 2, 0)
    return any(t.is_quote for t in tokens_of(span.doc)[start : sentence.end])
