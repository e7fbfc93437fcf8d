"""Names a role phrase holds whole, however the parser hung their words: a plural's
possessive it read as a quote mark ("the Farmers’ Minister"), and a name whose last
words it hung elsewhere ("the Anglers’ Trust"). `role_phrases` keeps them in the role."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import cues

__all__ = ["kind_name", "phrase_rest", "plural_possessive", "whole_name"]


def plural_possessive(mark: Token) -> bool:
    """Whether ``mark`` is the apostrophe of a plural's possessive the tagger read as a
    quote mark ("the Farmers’ Minister"): right after a word in "s" that, like the mark,
    hangs from the next word."""
    doc = mark.doc
    if mark.text not in ("'", "\u2019") or mark.i == 0 or mark.head.i != mark.i + 1:
        return False
    owner = doc[mark.i - 1]
    return not owner.whitespace_ and owner.lower_.endswith("s") and owner.head == mark.head


def whole_name(tokens: list[Token], skip: range) -> list[Token]:
    """``tokens`` with the rest of a name their last word starts ("the Anglers" of "the
    Anglers’ Trust", whose apostrophe the parser hung elsewhere): a role ends no name in
    the middle."""
    if not tokens or tokens[-1].ent_iob_ not in ("B", "I"):
        return tokens
    doc = tokens[-1].doc
    end = tokens[-1].i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and end not in skip:
        end += 1
    return tokens + list(doc[tokens[-1].i + 1 : end])


#: Most words of a body's name after its kind ("group Roads Stay Free") read here.
_MAX_KIND_NAME_WORDS = 5
#: Labels of words that are no body's name after its kind (a person, a place, a date).
_NOT_BODY_NAME_ENTS = frozenset({"PERSON", "GPE", "DATE", "LOC", "TIME", "CARDINAL"})


def kind_name(tokens: list[Token], skip: range) -> list[Token]:
    """``tokens`` with the name of the body their last word is the kind of ("director of
    anti-toll group Roads Stay Free", "editor at the magazine Kelby Voice"), which the parse
    may break off (a verb or an interjection read as a sentence of its own): capitalised
    words right after the kind, up to a mark that closes the phrase."""
    if not tokens or not tokens[-1].is_lower:
        return tokens
    if tokens[-1].lower_ not in cues().org_heads:
        return tokens
    doc = tokens[-1].doc
    start = end = tokens[-1].i + 1
    while end < len(doc) and end - start < _MAX_KIND_NAME_WORDS and _body_name_word(doc[end], skip):
        end += 1
    closed = end == len(doc) or (doc[end].is_punct and doc[end].text not in ("'", "\u2019"))
    return [*tokens, *doc[start:end]] if end > start and closed else tokens


def _body_name_word(token: Token, skip: range) -> bool:
    """Whether a word may be one of a body's name: capitalised letters, outside the person's
    own name, and no word the model reads as a person, a place or a date."""
    return (
        token.i not in skip
        and (token.is_title or (token.is_upper and len(token) > 1))
        and token.is_alpha
        and token.ent_type_ not in _NOT_BODY_NAME_ENTS
    )


#: Most words a phrase's cut-off end may hold ("Economic Miracle", "airports").
_MAX_REST_WORDS = 3
#: Parts of speech of the words a role's cut-off end is made of: nouns and names.
_REST_POS = ("NOUN", "PROPN")
#: What such a word may not be to the parse: the subject or a second of something.
_NOT_REST_DEPS = ("nsubj", "nsubjpass", "conj", "npadvmod")


def phrase_rest(tokens: list[Token], skip: range) -> list[Token]:
    """``tokens`` with the nouns right after them that the parse hangs, each from the
    next and the last from a word of the role, up to a word that is none: "airports" of
    "boss of Lowton, Marsh and Kelby airports" (hung from the first place), "Economic
    Miracle" after a book's title the model cut short. A role ends no noun phrase in the
    middle. Names, the person's own words and words of another entity stay out."""
    if not tokens:
        return tokens
    doc = tokens[-1].doc
    first, last = tokens[0].i, tokens[-1].i
    end = last + 1
    while end < len(doc) and end - last <= _MAX_REST_WORDS and _rest_word(doc[end], skip):
        end += 1
    rest = list(doc[last + 1 : end])
    if not rest:
        return tokens
    if end < len(doc) and (doc[end].tag_ == "POS" or _rest_word(doc[end], skip)):
        return tokens  # "airports' chief": the phrase goes on past what was read
    # each word but the last modifies one after it; the last hangs from the role
    inside = all(last < t.head.i < end for t in rest[:-1]) and _hung_on(rest[-1])
    closing = rest[-1]
    # "head of Lowton and Ashby councils" with "councils" read as the person's second
    # appositive: a noun in lower case right after the role, with no comma, goes on it
    second = closing.dep_ == "appos" and closing.is_lower and closing.head.i in skip
    return [*tokens, *rest] if inside and (first <= closing.head.i <= last or second) else tokens


def _hung_on(token: Token) -> bool:
    """Whether the parse hangs ``token`` on as part of a phrase: not as a subject, a
    second of something, or a name set beside another ("Acme chief Ann Vell")."""
    name_beside = token.dep_ == "appos" and token.pos_ == "PROPN"
    return token.dep_ not in _NOT_REST_DEPS and not name_beside


def _rest_word(token: Token, skip: range) -> bool:
    return (
        token.i not in skip and token.ent_iob_ == "O" and token.pos_ in _REST_POS and token.is_alpha
    )
