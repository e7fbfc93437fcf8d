"""A common noun capitalised only because it opens the sentence, read into the name after it:
"Trainer Una Brisk said", "Distributor Orbis Pictures said", "Bookmaker Tolland Bet says ...
Tolland Bet spokesman".

The first word of a name is cut off when it opens the sentence, is an English noun and no
adjective nor given name, the text never writes the whole name elsewhere than at a
sentence's start ("shares in Baker Tull" keeps "Baker"), and the text says the rest is the
name: the word is a noun for someone's trade or kind ("trainer", "distributor") before two
or more capitalised words, the first no common noun ("Turner Broadcasting System" stays);
or the noun of a kind of body before a firm's whole name ("Studio Arcwell Pictures": the
rest ends on a firm's word); or the text writes the rest elsewhere on its own ("Tolland Bet
said"). A word that is an adjective too is such a noun when the text writes it elsewhere in
lower case as a noun ("Game Skyrunner tops charts ... the game"). Names the tables know are
left alone, and so are the model's people ("Dick Ames ... Ames said": a person's given name
may be a noun; `people` reads a person's trade before a name).

A noun of rivalry or of a kind of work ("Rival Tellcom added ...", "Game Skyrunner tops
charts") is cut whatever else the text writes, even in a headline parsed alone: it says how
the name stands to another or what kind of thing it names, and opens no name but a common
noun's ("Game Boy"). What the model read as a person is a body, or a work, once the word is
cut, unless the rest opens on a given name ("Rival Jo Ames"). General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import Lexicon, cues, normalize
from generator.extract.mentions import place_named, writings
from generator.extract.nlp import adjectives, common_nouns
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_nouns import person_noun
from generator.extract.role_tables import role_words
from generator.extract.sentence_openers import opens_sentence
from generator.extract.typing_performers import plays_a_part

#: Nouns of how one body or person stands to another, or of a kind of work, that open no
#: name before a word that is no common noun.
_NEVER_OPENING = frozenset({"rival", "competitor", "challenger", "suitor", "bidder"}) | frozenset(
    {"film", "movie", "game", "album", "novel", "sitcom", "documentary", "biopic"}
)


def _rest_elsewhere(span: Span) -> bool:
    """Whether the words after the first are written elsewhere in the document on their own:
    not after the same first word, nor run on into a longer name ("Tolland Bet Group")."""
    doc, first = span.doc, span[0]
    for found in writings(doc, tuple(t.text for t in span[1:])):
        before = doc[found.start - 1] if found.start > 0 else None
        after = doc[found.end] if found.end < len(doc) else None
        if before is not None and before.lower_ == first.lower_:
            continue
        if after is not None and after.is_title and not opens_sentence(after):
            continue
        return True
    return False


def _whole_inside_sentence(span: Span) -> bool:
    """Whether the whole name is written somewhere not at a sentence's start, where its
    first word's capital is its own: "shares in Baker Tull"."""
    doc = span.doc
    found = writings(doc, tuple(t.text for t in span))
    return any(not opens_sentence(doc[w.start]) for w in found)


def _noun_elsewhere(word: Token) -> bool:
    """Whether the text writes the word elsewhere in lower case as a noun: "the game"."""
    return any(t.lower_ == word.lower_ and t.is_lower and t.pos_ == "NOUN" for t in word.doc)


def _never_opening(span: Span) -> bool:
    """Whether the span opens a sentence on a noun of rivalry or of a kind of work before a
    capitalised word that is no common noun: "Rival Tellcom", not "Rival Sons"."""
    first, second = span[0], span[1]
    return (
        first.lower_ in _NEVER_OPENING
        and first.is_title
        and opens_sentence(first)
        and second.is_title
        and second.lower_ not in common_nouns()
    )


def _opening_noun(span: Span) -> bool:
    """Whether the first word is a common noun capitalised for its place (see the module's
    doc), before a capitalised word."""
    first, second = span[0], span[1]
    word = first.lower_
    if not (first.is_title and second.is_title and opens_sentence(first)):
        return False
    if word not in common_nouns() or (word in adjectives() and not _noun_elsewhere(first)):
        return False
    return given_name_sex(first.text) is None and word not in role_words().noun_given_names


def without_opening_noun(span: Span, lex: Lexicon) -> Span:
    """The span without a common noun that opens the sentence before the name (see the
    module's doc); the span itself otherwise."""
    if len(span) < 2:
        return span
    if _never_opening(span) and normalize(span.text) not in lex.organizations:
        if span.label_ != "PERSON":
            return _rest(span)
        if given_name_sex(span[1].text) is None:
            return _rest(span, "ORG")  # "Rival Tarnwell said": the rival is a body
        return span  # "Rival Jo Ames": `people` reads the word before a person's name
    if span.label_ != "ORG" or not _opening_noun(span):
        return span
    if place_named(span[0].text, lex) is not None:
        return span  # "Oman Monetary Agency": WordNet lists places among its nouns
    if normalize(span.text) in lex.organizations or _whole_inside_sentence(span):
        return span
    body = span[0].lower_ in cues().org_heads and span[-1].lower_ in cues().org_suffixes
    trade = (person_noun(span[0].lower_) or body) and len(span) > 2
    trade = trade and span[1].lower_ not in common_nouns()
    rest = span.doc[span.start + 1 : span.end].text
    if not trade and (place_named(rest, lex) is not None or not _rest_elsewhere(span)):
        return span  # "Statistics Kelland ... Kelland": a body of the place
    if not trade and _does_as_people_do(span):
        return span  # "Jonah Brisk starred as the detective ... Brisk said": his surname
    return _rest(span)


def _does_as_people_do(span: Span) -> bool:
    """Whether the whole name is the subject of what only a person does: a part played
    ("Jonah Brisk starred as the detective") or a verb of people ("Jonah Brisk wept"). The
    first word is then a given name no table lists, and the rest written alone later is the
    surname, not a body's name the word opened."""
    root = span.root
    human = root.dep_ == "nsubj" and root.head.lower_ in cues().human_verbs
    return human or plays_a_part(root)


def _rest(span: Span, label: str | None = None) -> Span:
    """The span without its first word, with its id and its label or ``label``."""
    out = span.doc[span.start + 1 : span.end]
    out.label_ = label or span.label_
    out.id_ = span.id_
    return out
