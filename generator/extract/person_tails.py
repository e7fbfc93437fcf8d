"""People's names the model ran into the end of another name, cut off as people.

"Treasurer of the Ledger Group Ann Vell said" and "said Secretary of State
for Health Ann Vell" come out of the model as one organization each. The last two
words are a person's name when the document says so: the same two words name a
person elsewhere, or the span follows a title's "of" or "for" ("director of") and
the two words read as a name (see `_ends_in_person`). The words before the name
stay a name of the model's label while they read as one ("the Ledger Group"), not
when they only go on with the title ("State for Health"). See `split_people`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of, words_of
from generator.extract.lexicon import Lexicon, cues
from generator.extract.mentions import place_named
from generator.extract.name_pairs import split_full_name_pair
from generator.extract.name_spans import CALENDAR_WORDS, split_at_courtesy
from generator.extract.nlp import common_nouns
from generator.extract.referent_given_names import given_name_sex
from generator.extract.sentence_openers import opened_by_a_body_noun
from generator.extract.typing_owners import split_possessed_body
from generator.extract.typing_pairs import split_surname_pair

#: Words that link a title to what it is a title of: "Secretary of", "Minister for".
_TITLE_LINKS = frozenset({"of", "for"})
#: Words that join the words of a title: "State for Health", "Trade and Industry".
_FUNCTION_WORDS = frozenset({"of", "for", "and", "&", "the"})


def split_people(span: Span, lex: Lexicon) -> list[Span]:
    """The span cut where a person's name was run into it: at a courtesy title inside a body's
    name (`split_at_courtesy`), between two people's surnames (`split_surname_pair`) or full
    names (`split_full_name_pair`), after an owner's possessive (`split_possessed_body`), else
    before a person's name that ends it (see module)."""
    pieces = split_at_courtesy(span)
    if len(pieces) > 1:
        return pieces
    return (
        split_surname_pair(span)
        or split_full_name_pair(span)
        or split_possessed_body(span)
        or split_person_tail(span, lex)
    )


def split_person_tail(span: Span, lex: Lexicon) -> list[Span]:
    """The span as the name before a person's name and that person's, when it ends in one;
    a person the model ran a seat into, only the person (`_seat_before_person`)."""
    if span.label_ == "PERSON" and _seat_before_person(span, lex):
        person = span.doc[span.end - 2 : span.end]
        person.label_ = "PERSON"
        return [person]
    if span.label_ == "PERSON" or span.ent_id_ or not _ends_in_person(span, lex):
        return [span]
    doc, cut = span.doc, span.end - 2
    head, person = doc[span.start : cut], doc[cut : span.end]
    person.label_ = "PERSON"
    if not _reads_as_name(head, lex) or (len(head) == 1 and opened_by_a_body_noun(head[0])):
        return [person]  # "State for Health": the rest of a title; "Duo": a kind of act
    head.label_ = span.label_
    return [head, person]


def _name_word(token: Token, lex: Lexicon) -> bool:
    """A capitalised proper noun, apart from the word before it, that may be part of a
    person's name: no title, body's word, portfolio, month, country or region (a city's
    name may be a given name)."""
    lower = token.lower_
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and len(token) > 1
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
        and lower not in lex.role_words
        and lower not in lex.honorifics
        and lower not in lex.portfolios
        and lower not in cues().org_suffixes
        and lower not in CALENDAR_WORDS
        and lex.place(token.text) is None
    )


def _ends_in_person(span: Span, lex: Lexicon) -> bool:
    """Whether the span's last two words are a person's given name and surname by the
    document's evidence, with a capitalised word of the span before them."""
    if len(span) < 3 or not all(_name_word(t, lex) for t in span[-2:]):
        return False
    before = span[-3]
    if before.lower_ in _FUNCTION_WORDS or not before.is_title:
        return False  # "Bank of Ann Vell", "Ames and Vell", "Ames & Vell"
    tail = span[-2:]
    if _person_elsewhere(span, tail):
        return True
    # After a title, the words before the name must end as a body's name ends ("the Ledger
    # Group") or only go on with the title ("State for Health"): in "Norport Kelm Ardry"
    # nothing says where a body's name would end and a person's begin.
    head = span[:-2]
    return (
        _after_title_link(span, lex)
        and (before.lower_ in cues().org_suffixes or not _reads_as_name(head, lex))
        and place_named(tail.text, lex) is None
        and (_surname_elsewhere(span, lex) or _no_common_words(tail))
    )


def _seat_before_person(span: Span, lex: Lexicon) -> bool:
    """Whether a person's name the model read follows a title's "of" or "for" and runs the
    title's seat or portfolio into a given name and surname: "Kelby North Tim Rudd" of
    "Labour MP for Kelby North Tim Rudd". Only the last two words are the name when the
    first of them is a common given name and no word before them is one: a seat is named
    after a place, and a name of three words is given names and a surname ("for Mary Ann
    Vell")."""
    if len(span) < 3 or not _after_title_link(span, lex):
        return False
    head, tail = span[:-2], span[-2:]
    if not all(_name_word(t, lex) for t in tail) or given_name_sex(tail[0].text) is None:
        return False
    return all(t.is_title and given_name_sex(t.text) is None for t in head)


def _person_elsewhere(span: Span, tail: Span) -> bool:
    """Whether the document names a person elsewhere by the span's last two words, and not
    by the word before them ("Ann Vell", "Dr Ann Vell"; not the span written again)."""
    written = [t.text for t in tail]
    return any(
        ent.label_ == "PERSON"
        and not span.start <= ent.start < span.end
        and [t.text for t in ent[-2:]] == written
        and span[-3].text not in {t.text for t in ent}
        for ent in span.doc.ents
    )


def _surname_elsewhere(span: Span, lex: Lexicon) -> bool:
    """Whether the span's last word stands alone elsewhere as a person's name ("Vell said")
    or after a courtesy title ("Ms Vell", "Dr Vell")."""
    doc, surname = span.doc, span[-1].text
    tokens = tokens_of(doc)
    for token in (tokens[at] for at in words_of(doc).positions.get(surname, ())):
        if span.start <= token.i < span.end:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.is_title and before.lower_ in lex.honorifics:
            return True
        alone = token.ent_type_ == "PERSON" and token.ent_iob_ == "B"
        if alone and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"):
            return True
    return False


def _after_title_link(span: Span, lex: Lexicon) -> bool:
    """Whether the span follows a title's "of" or "for": "Treasurer of the", "the treasurer
    of"."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in _TITLE_LINKS:
        return False
    title = doc[i].head
    return title.i == i - 1 and title.lower_ in lex.role_words


def _no_common_words(words: Span) -> bool:
    """Words that read as a name rather than a thing: none written in lower case in the
    document, and not all English common nouns ("Tide Works" is no one's name)."""
    lowered = {w.lower_ for w in words}
    if any(t.is_lower and t.lower_ in lowered for t in words.doc):
        return False
    return not all(w.lower_ in common_nouns() for w in words)


def _reads_as_name(head: Span, lex: Lexicon) -> bool:
    """Whether the words before the person still name something: not only the words of a
    title's portfolio ("State for Health", "Trade and Industry")."""
    words = lex.portfolios | lex.role_words | _FUNCTION_WORDS
    return not all(t.lower_ in words or t.is_punct for t in head)


def within_a_name(word: Token | None) -> bool:
    """Whether a word is a capitalised proper noun of a name the model found, so no common
    noun for the name after it: "Group" of "the Ledger Group Ann Vell" (not "Pollsters")."""
    if word is None or not (word.is_title and word.pos_ == "PROPN" and word.ent_type_):
        return False
    return not opened_by_a_body_noun(word)  # not "Chipmaker"


def unlabelled_titled_people(doc: Doc, lex: Lexicon) -> list[Span]:
    """People the model left out of its entities after a title whose portfolio runs on to
    the name ("said Director of Public Health Ann Vell"), as person spans: a run of
    capitalised proper nouns no entity covers straight after a title's "of" or "for", whose
    words before the last two are only the portfolio's and whose last two read as a name
    (see `_ends_in_person`)."""
    out = []
    for link in tokens_of(doc):
        if link.lower_ not in _TITLE_LINKS or link.i + 3 >= len(doc):
            continue
        end = link.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        run = doc[link.i + 1 : end]
        if len(run) < 3 or any(t.ent_type_ for t in run) or _reads_as_name(run[:-2], lex):
            continue
        if _ends_in_person(run, lex):
            person = doc[end - 2 : end]
            person.label_ = "PERSON"
            out.append(person)
    return out
