"""Evidence that a capitalised word is a common word: the document writes it in lower case too.

"NORWAY - Gilts slipped" and later "pushed gilts lower"; "Vandalo is a mood" and later "a
speech on vandalo": the capital only opens a line or a sentence, or marks a word the writer
treats as a common one elsewhere. A person's name is not written so, unless the word is
also a common noun ("Mr Mason"), which a title or a full name of the story then says.

Capitalised common words make titles too: "a top ten single with Paper Kites" is no one,
when no given name opens it, its last word is a plural and the text says nothing of it.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from generator.extract.doc_words import words_of
from generator.extract.given_name_votes import personal_name_shape
from generator.extract.lexicon import lexicon
from generator.extract.mentions import PERSON, WORK, Mention
from generator.extract.modifier_votes import common_words
from generator.extract.nlp import common_noun_plural, common_nouns
from generator.extract.referent_given_names import given_name_sex

#: Person evidence on any one mention that says the word is someone's name after all: a
#: title ("Mr Frost"), an age, a noun of kin before it.
_NAMED_SURELY = 3.0


@cache
def _plural_instruments() -> frozenset[str]:
    return frozenset(
        {"bunds", "gilts", "eurobonds", "treasuries", "bonds", "notes", "bills", "futures"}
        | {"equities", "stocks", "shares", "swaps", "options", "warrants", "debentures"}
    )


def common_noun_votes(mentions: list[Mention], doc: Doc) -> None:
    """A one-word plural the document also writes in lower case is a common noun: "Gilts".

    Plural names of bonds and other instruments ("Bunds", "EUROBONDS") are never a
    person's or a company's name. A surname dropped here ("Banks" of "Tony Banks") comes
    back as his (`people.bare_surnames`).
    """
    # Each text once, as a string: a word's is_lower and is_alpha are its text's islower()
    # and isalpha() (spaCy's lexical attributes), so no Token is made per word.
    lower = {w for w in words_of(doc).positions if w.endswith("s") and w.isalpha() and w.islower()}
    for mention in mentions:
        if mention.fixed or len(mention.span) != 1 or mention.place is not None:
            continue
        word = mention.span.text.lower()
        if not word.endswith("s") or len(word) < 4:
            continue
        if word in lower or word in _plural_instruments():
            mention.vote(WORK, 5.0)  # dropped: not a name
    _plural_phrase_votes(mentions)


def _plural_phrase_votes(mentions: list[Mention]) -> None:
    """A model's person of English words, the first no given name and the last a plural
    ("Paper Lanterns", "Copper Bells"), that nothing in the text says anything of on any
    writing is a title or a thing's name, not someone's ("Kelby Lamps", which sells shares,
    is a firm's). A plural the dictionary lists as it stands ("Woods", "Banks", "Hours") may
    be a surname it knows, so it does not count."""
    found: dict[str, list[Mention]] = {}
    for mention in mentions:
        found.setdefault(mention.key, []).append(mention)
    lex = lexicon()
    longer = [m.text for m in mentions]
    for key, writings in found.items():
        span = writings[0].span
        if not personal_name_shape(span):
            continue  # "Solomon Islands", "Kelby Industries": a place's or a body's ending
        if any(key in text and key != text for text in longer):
            continue  # "Kelby Lamps" of "Kelby Lamps Ltd": a short form of a longer name
        if any(m.fixed or m.place is not None or m.span.label_ != "PERSON" for m in writings):
            continue
        if any(weight > 0 for m in writings for weight in m.votes.values()):
            continue  # what the text says of it on any writing is for `kinds.decide` to weigh
        last = span[-1].lower_
        if last in common_nouns() or not common_noun_plural(last):
            continue
        if common_words(span[:-1], lex):
            for mention in writings:
                mention.vote(WORK, 3.0)  # dropped, as the model's label was all it had


def common_person_words(mentions: list[Mention], doc: Doc) -> None:
    """A one-word "person" of the model's the document also writes in lower case is a common
    word: "Vandalo" beside "a speech on vandalo". Not a word of a longer name of the story
    ("Best" of "Ann Best", beside "the best"), nor a given name ("Grace"), nor one a title
    or an age makes a name anywhere ("Mr Frost" beside "a hard frost")."""
    lower = {w for w in words_of(doc).positions if len(w) > 3 and w.isalpha() and w.islower()}
    in_longer = {t.lower_ for m in mentions if len(m.span) > 1 for t in m.span}
    candidates: dict[str, list[Mention]] = {}
    for mention in mentions:
        span = mention.span
        if len(span) == 1 and span[0].is_title and not mention.fixed:
            candidates.setdefault(span[0].lower_, []).append(mention)
    for word, found in candidates.items():
        if word not in lower or word in in_longer or given_name_sex(word):
            continue  # "Grace, who ... by grace": a given name is a person's word too
        if any(m.place is not None or m.span.label_ != "PERSON" for m in found):
            continue
        if any(m.votes.get(PERSON, 0.0) >= _NAMED_SURELY for m in found):
            continue
        for mention in found:
            mention.vote(WORK, 3.0)  # dropped, as the model's label was all it had
