"""Nouns before a name that say what someone is though no title list holds them.

`role_titles.title_before` reads titles leftwards from a name; these checks let it
take a trade the word lists lack ("former stonemason Jo Roe"), a trade whose capital
comes from opening the sentence ("Florist Jo Roe said"), and an office in lower case
joined by "of" ("chief of staff Jo Roe").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import Lexicon
from generator.extract.name_spans import opens_sentence
from generator.extract.nlp import common_nouns
from generator.extract.role_context import SUBJECTS
from generator.extract.role_phrases import NOT_TITLE_ENTS, is_role_word, person_noun, role_words

__all__ = ["compound_noun", "listed_after_adjective", "office_link", "trade_opening"]


def trade_opening(token: Token, span: Span) -> bool:
    """Whether a sentence's first word, right before the name and tied to it, is a common
    noun for a person that the model left out of the name ("Florist Jo Roe said"): its
    capital comes from its place; not a given name that is such a noun ("Hunter").
    ``span`` is the name with any courtesy title before it ("Surgeon Dr Jo Roe")."""
    lower = token.lower_
    return (
        opens_sentence(token)
        and token.is_title
        and token.is_alpha
        and not token.ent_type_
        and token.head.i in range(span.start, span.end)
        and lower in common_nouns()
        and person_noun(lower)
        and lower not in role_words().noun_given_names
    )


def compound_noun(token: Token, span: Span) -> bool:
    """Whether ``token`` is a lower-case singular noun with a modifier or article that the
    parse makes part of the name right after it ("former stonemason Jane Roe"), which says
    what she is; not with a number or date ("In the third lap Roe") or after a verb ("let
    a guard stop Roe")."""
    doc = token.doc
    before = doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return (
        any(c.dep_ in ("amod", "det") and c.i < token.i for c in token.children)
        and not any(c.ent_type_ in NOT_TITLE_ENTS and not _age(c) for c in token.children)
        and (before is None or before.pos_ not in ("PART", "VERB", "AUX") or _says(before, span))
        # "the gruff, wiry Roe": words listed with commas are adjectives
        and not any(t.is_punct and t.tag_ != "HYPH" for t in doc[token.left_edge.i : token.i])
        and not listed_after_adjective(token)
        and token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and token.is_lower
        and token.is_alpha
        and token.dep_ == "compound"
        and token.head.i in range(span.start, span.end)
        and not token.ent_type_
        and token.lower_ not in role_words().generic
        and token.lower_ not in role_words().temporal
    )


def listed_after_adjective(token: Token) -> bool:
    """Whether a comma after an adjective comes right before ``token`` ("the gruff,
    wiry Roe"): one more adjective the tagger read as a noun."""
    doc = token.doc
    return (
        token.i > 1
        and doc[token.i - 1].text == ","
        and doc[token.i - 2].tag_ in ("JJ", "JJR", "JJS")
    )


def _says(verb: Token, span: Span) -> bool:
    """Whether the name is the subject of the verb right before its title ("said former
    stonemason Jo Roe"), not its object ("let a guard stop Roe")."""
    return span.root.head.i == verb.i and span.root.dep_ in SUBJECTS


def _age(token: Token) -> bool:
    """Whether ``token`` ends an age ("old" of "19-year-old"), which may lead a trade
    ("19-year-old student Jo Roe") as no date or number leads one."""
    doc = token.doc
    return token.lower_ == "old" and token.i > 0 and doc[token.i - 1].tag_ == "HYPH"


def office_link(token: Token, span: Span, last: int, lex: Lexicon) -> bool:
    """Whether ``token`` is the "of" or "for" of an office in lower case that the parse
    gives the name as its appositive ("chief of staff Jo Roe", "head of staff Jo Roe"):
    a title word right before it holds it, and what follows it up to the name is a bare
    noun, no title of its own ("the president Jo Roe" is the president)."""
    doc = token.doc
    head = token.head
    return (
        token.lower_ in ("of", "for")
        and token.dep_ == "prep"
        and head.i == token.i - 1
        and is_role_word(head, lex)
        and span.root.dep_ == "appos"
        and span.root.head == head
        and not is_role_word(doc[last], lex)
        and all(t.is_lower and t.pos_ == "NOUN" for t in doc[token.i + 1 : last + 1])
    )
