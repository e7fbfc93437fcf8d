"""A body's initials the model left untagged after the noun of its trade or a country's
possessive: "the state power company TVEC said", "the peacekeeping mission UNMIK", "Norland's
KBT".

The model tags a firm's or an agency's initials when its context is a firm's, but often
leaves them out after a lower-case noun of its trade or a country's "'s", where only a body
stands. A word of three to seven capitals there, in no entity, names that body, and so does
every other writing of it in no entity. Capitals that abbreviate a thing or a measure ("the
firm's IPO", "China's GDP") or a role ("the company CEO") name no body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of, words_of
from generator.extract.lexicon import cues, lexicon
from generator.extract.mentions import writings

#: Fewest and most letters of a body's initials read this way.
_FEWEST_LETTERS = 3
_MOST_LETTERS = 7
#: Nouns of bodies besides the trades of firms (`cues().org_heads`): "the UN mission UNMIK".
_BODY_NOUNS = frozenset({"mission", "producer", "trader", "body", "monitor", "operator"})
#: Trade nouns that head people or nothing a firm is: "the party" is no firm, but its
#: initials name it all the same; "rival" and "unit" are kept, as they head firms.
_NOT_BODIES = frozenset({"team", "band", "club"})
#: Initials of things, measures and offices that follow a firm's noun or a country's "'s".
_THINGS = frozenset(
    {"gdp", "gnp", "cpi", "ppi", "pmi", "vat", "ipo", "ipos", "lng", "lpg", "fdi", "etf"}
    | {"api", "hiv", "aids", "dna", "suv", "atm", "gps", "led", "cctv", "agm", "ceo", "cfo"}
    | {"coo", "cto", "ev", "evs", "pr", "hq", "mp", "mps", "tv", "usb", "pdf", "app"}
)
#: Labels of a country's name or its people's adjective before "'s".
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})


def bodies_after_trade_nouns(spans: list[Span]) -> list[Span]:
    """``spans`` with every writing in no entity of initials found after a trade noun or a
    country's possessive (see the module) added as an ORG span."""
    if not spans:
        return spans
    doc = spans[0].doc
    tokens = tokens_of(doc)
    # `_initials`'s tests of the writing alone first, on the doc's words: few words pass them.
    texts = words_of(doc).texts
    written = [at for at, text in enumerate(texts) if len(text) > 2 and _initials_written(text)]
    initials = sorted(
        {tokens[at].text for at in written if _initials(tokens[at]) and _body_before(tokens[at])}
    )
    found: list[Span] = []
    for word in initials:
        for span in writings(doc, (word,)):
            if span[0].ent_iob_ == "O":
                span.label_ = "ORG"
                found.append(span)
    if not found:
        return spans
    return sorted([*spans, *found], key=lambda s: s.start)


def _initials(token: Token) -> bool:
    """A word of three to seven capitals in no entity, no thing's or role's abbreviation."""
    text = token.text
    return (
        token.ent_iob_ == "O"
        and _initials_written(text)
        and text.lower() not in _THINGS
        and text.lower() not in lexicon().role_words
    )


def _initials_written(text: str) -> bool:
    """Whether a word is written as initials are: three to seven capitals."""
    return _FEWEST_LETTERS <= len(text) <= _MOST_LETTERS and text.isalpha() and text.isupper()


def _body_before(token: Token) -> bool:
    """Whether a lower-case noun of a body's trade ("company", "broadcaster") or a country's
    possessive ("Norland's") stands right before the word, and no noun follows it that the
    initials would only qualify ("the company TVEC plant")."""
    doc = token.doc
    if token.i < 2 or _qualifies_a_noun(doc, token.i + 1):
        return False
    before = doc[token.i - 1]
    if before.tag_ == "POS":
        owner = doc[token.i - 2]
        return owner.ent_type_ in _COUNTRY_LABELS or lexicon().place(owner.text) is not None
    noun = before.lower_
    heads = (cues().org_heads | _BODY_NOUNS) - _NOT_BODIES
    return before.is_lower and before.pos_ == "NOUN" and noun in heads


def _qualifies_a_noun(doc: Doc, at: int) -> bool:
    """Whether a lower-case noun follows at ``at``: "TVEC plant", "KBT shares"."""
    return at < len(doc) and doc[at].is_lower and doc[at].pos_ == "NOUN"
