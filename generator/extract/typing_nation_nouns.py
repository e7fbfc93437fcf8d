"""Nouns for a man or a woman of a nation, which a writer puts for a person already named:
"said the Scot", "the Frenchman said". They describe someone and name no one.

`mentions.classify` drops a one-word name that is one of these.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon
from generator.extract.name_nationalities import nationality_noun

#: Singular nouns of a nation's people that are no adjective of the demonym table and no
#: "-man" word: "the Dane", "the Spaniard". Some are first names or surnames too ("Finn"), so
#: they describe someone only after an article or a possessive.
_NATION_NOUNS = frozenset(
    {"scot", "dane", "swede", "pole", "finn", "turk", "brit", "kiwi", "aussie", "spaniard"}
    | {"serb", "croat", "slovene", "yank", "geordie", "scouser", "cockney", "dubliner"}
    | {"londoner", "glaswegian", "mancunian", "liverpudlian", "parisian", "muscovite"}
)
#: Words that open a description of someone before such a noun: "the Dane", "his fellow Scot".
_OPENERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "our", "fellow"})


def nation_noun(span: Span, lex: Lexicon) -> bool:
    """Whether a one-word name is a noun for someone of a nation: "Irishman" anywhere, "Scot"
    after an article or a possessive, perhaps with words between ("the 24-year-old Scot")."""
    if len(span) != 1:
        return False
    token = span[0]
    if nationality_noun(token, lex):
        return True
    if token.lower_ not in _NATION_NOUNS or not token.is_title:
        return False
    doc = span.doc
    for i in range(span.start - 1, max(span.start - 5, -1), -1):
        word = doc[i]
        if word.lower_ in _OPENERS:
            return True
        if not (word.pos_ in ("ADJ", "NUM", "NOUN") or word.text == "-") or word.is_sent_end:
            return False
    return False
