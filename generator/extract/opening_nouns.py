"""A common noun capitalised only because it opens the sentence, read into the name after it:
"Trainer Una Brisk said", "Distributor Orbis Pictures said", "Bookmaker Tolland Bet says ...
Tolland Bet spokesman".

The first word of a name is cut off when it opens the sentence, is an English noun and no
adjective nor given name, the text never writes the whole name elsewhere than at a
sentence's start ("shares in Baker Tull" keeps "Baker"), and the text says the rest is the
name: the word is a noun for someone's trade or kind ("trainer", "distributor") before two
or more capitalised words, the first no common noun ("Turner Broadcasting System" stays);
or the text writes the rest elsewhere on its own ("Tolland Bet said"). Names the tables
know are left alone, and so are the model's people ("Dick Ames ... Ames said": a person's
given name may be a noun; `people` reads a person's trade before a name). General word
lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon, normalize
from generator.extract.mentions import place_named, writings
from generator.extract.nlp import adjectives, common_nouns
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_nouns import person_noun
from generator.extract.role_tables import role_words
from generator.extract.sentence_openers import opens_sentence


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


def _opening_noun(span: Span) -> bool:
    """Whether the first word is a common noun capitalised for its place (see the module's
    doc), before a capitalised word."""
    first, second = span[0], span[1]
    word = first.lower_
    if not (first.is_title and second.is_title and opens_sentence(first)):
        return False
    if word not in common_nouns() or word in adjectives():
        return False
    return given_name_sex(first.text) is None and word not in role_words().noun_given_names


def without_opening_noun(span: Span, lex: Lexicon) -> Span:
    """The span without a common noun that opens the sentence before the name (see the
    module's doc); the span itself otherwise."""
    if len(span) < 2 or span.label_ != "ORG" or not _opening_noun(span):
        return span
    if place_named(span[0].text, lex) is not None:
        return span  # "Oman Monetary Agency": WordNet lists places among its nouns
    if normalize(span.text) in lex.organizations or _whole_inside_sentence(span):
        return span
    trade = person_noun(span[0].lower_) and len(span) > 2 and span[1].lower_ not in common_nouns()
    rest = span.doc[span.start + 1 : span.end].text
    if not trade and (place_named(rest, lex) is not None or not _rest_elsewhere(span)):
        return span  # "Statistics Kelland ... Kelland": a body of the place
    out = span.doc[span.start + 1 : span.end]
    out.label_ = span.label_
    out.id_ = span.id_
    return out
