"""A trade word the model ran into the front of a person's name: "Magistrate Ewan Trask".

Inside a sentence the entity step leaves such a span whole when the word opens it (a
given name may be a noun: "Hunter Max Tolland"), so the record's name holds the word and
no title stands before the span. The word is still what the text calls the person: a
capitalised common noun for someone (`person_trade_words.trade_before_name`: in WordNet's
nouns, for a person by the word lists, no given name itself nor one of the given names
that are nouns, "Hunter", "Victor") before a full name opened by
a common given name is their title.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import lexicon
from generator.extract.name_nationalities import nationality_noun, plain_name
from generator.extract.person_trade_words import trade_before_name
from generator.extract.sentence_openers import noun_given_names


def trade_run_in(span: Span) -> bool:
    """Whether a trade word opens a person's span before a full name ("Magistrate" of
    "Magistrate Ewan Trask")."""
    if len(span) < 3 or span[0].lower_ in noun_given_names():
        return False  # "Hunter Max Tolland": a given name
    return trade_before_name(span[0], span[1:])


def trade_run_in_name(words: Span) -> bool:
    """Whether words are a trade word run into a person's full name and nothing else, which
    the entity step cuts to the name whatever the model's label ("Surgeon Helen Crake"
    read as a body); not a body's name opened by one ("Builder Depot Ltd", "Farmer Brothers":
    no given name, or a body's word); a man of a nation ("Scotsman") is no trade and has
    its own rule (`name_nationalities`)."""
    lex = lexicon()
    return (
        trade_run_in(words)
        and plain_name(words[1:])
        and words[0].lower_ not in lex.honorifics  # "Lady Fenella Tarr": a courtesy title
        and not nationality_noun(words[0], lex)
    )


def trade_cut_before(span: Span) -> bool:
    """Whether the word right before a person's name is a trade word the model ran into the
    name's entity and the entity step cut off ("Coroner" before "Harold Vesk"): their title."""
    at, doc = span.start, span.doc
    return at > 0 and doc[at].ent_iob_ == "I" and trade_run_in_name(doc[at - 1 : span.end])
