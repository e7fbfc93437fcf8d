"""A quote that is its own sentence's predicate: "The 58-year-old ‘still counts her blessings’".

News often quotes a person's words as the predicate of a sentence about them, with no
verb of saying: "The baker ‘would not change a thing’ about the last ten years." The
quoted words hold the sentence's main verb and open right after its subject, so they are
the subject's own words on itself. A verb of saying elsewhere in the sentence ("Jo Ames
‘will announce’ it, aides said") makes them that verb's report; `speaker_verbs` then finds
it first. A quoted past event ("Jo Ames ‘lied to the board’") is more often an accuser's
words than the subject's, so a main verb in the past tense gives nothing, and so does a
verdict on the subject ("Jo Ames ‘is unfit for office’"), and so do words right after
another's quote or report, which go on with that speaker's charges. A name as the subject
gives nothing either: "Ames ‘wants to tax everyone’" is as often a rival's charge; a
description or pronoun ("the 49-year-old", "she") profiles the person the passage is about.

The parser often misreads such a sentence: the opening mark taken for the subject, or
"The 58-year-old counts" read as one noun phrase. So the subject is found by position:
the sentence opens with it, and it is the one word before the quote (not an article,
adverb or mark) that the parse hangs on the quoted words or on the mark.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from generator.extract.entities import Entity
from generator.extract.pronoun_forms import HE, SHE
from generator.extract.quote_marks import Quote
from generator.extract.speech import PRONOUNS, QuoteText, Sentences

__all__ = ["PredicateSearch", "predicate_speaker", "predicate_subject", "quoted_predicate"]

#: Tags of a main verb that tells of something done, not of a state or a habit.
_PAST_TAGS = frozenset(["VBD", "VBN"])
#: Verbs whose quoted predicate judges the subject ("‘is a liar’", "‘has no plan’") more
#: often in a critic's words than in the subject's own.
_JUDGING_VERBS = frozenset(["be", "have"])
#: Articles the parser sometimes makes the head of the phrase they open.
_ARTICLES = frozenset(["the", "a", "an"])
#: Parts of speech that cannot be the subject itself, only stand in its phrase or beside it.
_NOT_SUBJECT_POS = frozenset(["DET", "ADV", "PUNCT", "SPACE", "ADP", "CCONJ", "NUM", "PART"])


def quoted_predicate(quote: Quote, sentences: Sentences) -> Token | None:
    """The main verb of the quote's sentence when the quote holds it and opens right after
    the sentence's subject (`predicate_subject`), or None."""
    if len(quote.parts) != 1:
        return None
    root = sentences.spans[sentences.index_at(quote.parts[0][0])].root
    return root if predicate_subject(root, quote, sentences) is not None else None


def predicate_subject(verb: Token, quote: Quote, sentences: Sentences) -> Token | None:
    """The subject before the quote of a main verb inside it ("Ms Osei ‘firmly believes’":
    Osei), or None: the sentence must open with the subject's phrase, with no verb
    there ("Ames told staff she ‘...’") and no line break (a heading run into it)."""
    first, last = quote.parts[0][0], quote.parts[-1][1]
    if not first <= verb.idx < last or verb.dep_ != "ROOT" or verb.tag_ in _PAST_TAGS:
        return None
    if verb.lemma_.lower() in _JUDGING_VERBS:
        return None  # "Venn ‘is unfit for office’": a verdict on the subject, often another's
    doc = verb.doc
    sent = sentences.spans[sentences.index_at(first)]
    before = [t for t in doc[sent.start : verb.i] if t.idx < first]
    if not before or not before[-1].is_punct:
        return None  # the quote must open after the subject's words, with its mark
    mark = before[-1]
    words = before[:-1]
    if "\n" in doc.text[sent.start_char : first]:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # "Ames had ‘...’", "Ames told staff she ‘...’": not the quote's subject
    # "Ames, a widow, ‘still ...’": the phrase's words hang on its head; the head, or the
    # word the parser made its head, hangs on the mark or on the quoted words.
    attached = [t for t in words if t.head.i >= mark.i and t.pos_ not in _NOT_SUBJECT_POS]
    if len(attached) != 1:
        return None
    head = attached[0]
    if head.pos_ == "PROPN":
        # "Ames ‘wants to tax everyone’": a name is as often the target of another's
        # charge as the speaker; a description ("the 49-year-old", "she") profiles the
        # person the passage is about.
        return None
    if head.lower_ in _ARTICLES:
        # "The 58-year-old ‘would ...’" parsed with the article as the head of the phrase
        named = [c for c in head.children if c.i < mark.i and not c.is_punct]
        return named[-1] if named else None
    return head


#: Words inside a quoted predicate that refer back to its subject, and the subject's pronoun.
_OWN_WORDS = {
    word: forms.subject
    for forms in (HE, SHE)
    for word in (forms.determiner, forms.possessive, forms.reflexive)
}


class PredicateSearch(Protocol):
    """What `predicate_speaker` reads of a document's speaker search."""

    sentences: Sentences
    quoted: QuoteText
    text: str

    def speaker_of_subject(
        self, subject: Token, quote: Quote, previous: Quote | None
    ) -> Entity | None: ...

    def is_reporting(self, token: Token) -> bool: ...

    def compatible(self, entity: Entity, pronoun: str) -> bool: ...


def predicate_speaker(
    search: PredicateSearch, subject: Token, quote: Quote, previous: Quote | None
) -> Entity | None:
    """Who the subject of a quoted predicate names, or None when the quote's own "her" or
    "his" cannot be them ("The star ‘still counts her blessings’" is no man) or when the words
    may go on with someone else's (`_spoken_of`, `_reported_before`)."""
    found = search.speaker_of_subject(subject, quote, previous)
    if found is None:
        return None
    own = next(
        (_OWN_WORDS[t.lower_] for t in _quote_tokens(subject, quote) if t.lower_ in _OWN_WORDS),
        None,
    )
    if own is not None and not search.compatible(found, own):
        return None
    if _spoken_of(found, previous, quote, search.text):
        return None
    if _reported_before(search, found, quote, previous):
        return None
    return found


def _quote_tokens(subject: Token, quote: Quote) -> list[Token]:
    """The words of a one-part quote in the subject's document."""
    first, last = quote.parts[0][0], quote.parts[-1][1]
    sent = subject.sent
    return [t for t in sent if first <= t.idx < last]


def _spoken_of(found: Entity, previous: Quote | None, quote: Quote, text: str) -> bool:
    """Whether someone other than ``found`` was quoted just before, in the quote's paragraph
    or the one before it: "Lee attacked Ames: ‘...’ Ames ‘wants to tax everyone’" goes on
    with Lee's charges about Ames, not with Ames's own words."""
    if previous is None or previous.speaker is None or previous.speaker is found:
        return False
    return text.count("\n\n", previous.parts[-1][1], quote.parts[0][0]) <= 1


def _reported_before(
    search: PredicateSearch, found: Entity, quote: Quote, previous: Quote | None
) -> bool:
    """Whether the sentence before the quote's, in its paragraph or the one before, reports
    the words of someone the search does not read as ``found`` ("Critics say Ames is
    aloof. Ames ‘prefers his own company’": the critics' charge goes on). A "he" or "she"
    reporting there is taken for the person the passage is about."""
    sentences = search.sentences
    first = quote.parts[0][0]
    index = sentences.index_at(first) - 1
    while index >= 0 and not any(c.isalnum() for c in sentences.spans[index].text):
        index -= 1  # an opening mark the parser cut off as a sentence of its own
    if index < 0:
        return False
    before = sentences.spans[index]
    if search.text.count("\n\n", before.end_char, first) > 1:
        return False
    for verb in before:
        if search.quoted.inside(verb.idx) or not search.is_reporting(verb):
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj" or search.quoted.inside(subject.idx):
                continue
            if subject.lower_ in PRONOUNS:
                continue
            if search.speaker_of_subject(subject, quote, previous) is not found:
                return True
    return False
