"""Firms the model never tags, named after the noun of their trade: "Games developer
Pixelforge said", "the budget airline Skyra". A new firm's invented name is no word the model
knows; the lower-case noun before it says what it is, and every other writing of the name
is that firm too ("Pixelforge boss Jo Ames")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import cues
from generator.extract.mentions import writings
from generator.extract.nlp import text_of
from generator.extract.referent_given_names import given_name_sex
from generator.extract.typing_trade_houses import trade_house

#: Trade nouns that head people as well as firms, or name no firm at all: "documentary maker
#: Jo Ames" is a person, "the band", "the team" and "the party" are no firm's trade.
_NOT_FIRMS = frozenset({"band", "team", "party", "club", "rival", "unit", "subsidiary"})
#: Small words inside a body's name: "Human Rights in Norland", "Friends of the Heath".
_JOINS = frozenset({"in", "of", "for", "and", "&", "on", "at"})
#: Most capitalised words of a firm's name after its trade noun: "Quillfern Games Studio".
_MOST_WORDS = 3


def untagged_firms(doc: Doc) -> list[Span]:
    """Every writing of a name outside the model's entities that a lower-case noun of a
    firm's trade stands right before ("developer Pixelforge"), as organization spans."""
    names: set[tuple[str, ...]] = set()
    for found in _heads_before_capitals().finditer(text_of(doc)):
        token = doc.char_span(found.start(), found.end(1))
        if token is None or len(token) != 1 or token.start == 0:
            continue
        head = token[0]
        firm = head.lower_ != "house" or trade_house(head)  # "software house Quarnlet"
        if firm and head.pos_ == "NOUN":
            name = _name_after(head)
            if name is not None:
                names.add(tuple(t.text for t in name))
    out: list[Span] = []
    for words in sorted(names):
        for span in writings(doc, words):
            if all(t.ent_iob_ == "O" for t in span) and not _longer_name(span):
                span.label_ = "ORG"
                out.append(span)
    return out


@cache
def _heads_before_capitals() -> re.Pattern[str]:
    """A lower-case trade noun and a capital after it: one pass over a text finds them all."""
    heads = sorted((cues().org_heads - _NOT_FIRMS) | {"house"}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, heads))}) (?=[A-Z])")


def _name_after(noun: Token) -> Span | None:
    """The untagged proper name right after a trade noun, if it is no person's: capitalised
    words the tagger reads as proper nouns, not opening with a given name ("developer Ann
    Vell" is a person the model missed)."""
    doc = noun.doc
    end = noun.i + 1
    while end < len(doc) and end - noun.i <= _MOST_WORDS and untagged_proper(doc[end]):
        end += 1
    if end == noun.i + 1:
        return None
    name = doc[noun.i + 1 : end]
    if given_name_sex(name[0].text) is not None:
        return None
    return name


def untagged_proper(token: Token) -> bool:
    """A capitalised word of letters the tagger calls a proper noun, outside any entity."""
    return (
        token.ent_iob_ == "O"
        and token.pos_ == "PROPN"
        and token.is_alpha
        and token.text[:1].isupper()
        and not token.is_upper
    )


def _longer_name(span: Span) -> bool:
    """Whether the words run on into more capitalised words, straight or over a joining word:
    part of a longer name ("Human Rights in Norland", "Friends of the Heath")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    run_on = after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()
    joined = after is not None and after.lower_ in _JOINS
    rest = doc[span.end + 1 : span.end + 3]
    run_on = run_on or (joined and any(t.text[:1].isupper() and t.is_alpha for t in rest))
    opened = (
        before is not None
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and not before.is_sent_start
    )
    return run_on or opened
