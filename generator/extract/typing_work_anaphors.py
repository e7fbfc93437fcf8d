"""A work's noun that opens the next sentence takes up the name that ends the one before.

News names a song, an album or a film and then describes it: "Marnie Vale held on to
number one with Paper Boats. The song, which ...". The definite noun of a work ("the
song", "the album") that is the next sentence's subject, and that the text has not used
before, takes up the last name of the sentence before when nothing after that name
could be taken up instead; a name the text already calls a person (a title, an age, a
verb of saying) gets no vote, nor the last of names joined by "and" ("with Hal Grove and
Colin Firth. The film ..."), which are a cast or a line-up, not the work.

The same noun also takes up the subject of the sentence before, as a body's noun does
(`typing_anaphors`): "Harlan Vey follows a family of farmers. The show drew 8 million
viewers." No vote is given when the rest of that sentence names anything or describes
another work the noun may take up ("Jo Ames stars in a new comedy. The show ..."), or
when the subject's verb is one of making or appearing in works ("Jo Ames directed it"):
the noun then most likely takes up that work, not the person. The vote is a body's
noun's, less than a title and a verb of saying together.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.mentions import PERSON, WORK, Mention
from generator.extract.quote_lemmas import verb_forms
from generator.extract.typing_anaphors import (
    described_subject_votes,
    first_uses,
    first_word,
    main_subject,
    next_sentence,
)

#: Nouns of works that take up a title named just before: "The song", "The album".
WORK_NOUNS = frozenset(
    {"song", "single", "track", "album", "record", "film", "movie", "book", "novel", "memoir"}
    | {"game", "play", "musical", "show", "series", "sitcom", "drama", "documentary", "app"}
    | {"cartoon", "soap"}
)
#: Weight of the noun taking up the name: as much as "the film X" says.
TAKEN_UP = 3.0
#: Weight of the noun taking up the subject before: a body's noun's (`typing_anaphors`).
SUBJECT_TAKEN_UP = 1.5
#: Nouns of works and their kinds besides `WORK_NOUNS`, which a noun after may take up
#: in place of the subject: "stars in a new comedy", "joined the soap".
_WORKS_TOO = frozenset(
    {"comedy", "thriller", "sequel", "programme", "program", "franchise", "episode"}
    | {"production", "role", "part", "story", "title", "opera", "ballet", "tour", "concert"}
    | {"project", "work", "picture", "feature", "animation", "adaptation"}
)
#: Verbs whose subject makes, sells or appears in a work, which a work's noun after may
#: take up in place of the subject: "Jo Ames directed it. The film ...".
_MAKING_WORKS = (
    *("star", "play", "direct", "write", "sing", "present", "host", "produce", "appear"),
    *("act", "perform", "record", "release", "create", "make", "film", "shoot", "compose"),
    *("pen", "narrate", "voice", "front", "join", "leave", "quit", "work", "develop"),
    *("design", "publish", "launch", "unveil", "premiere", "adapt", "co-write", "co-star"),
    *("buy", "sell", "back", "fund", "commission", "axe", "cancel", "show", "screen"),
)


def anaphor_votes(mentions: list[Mention]) -> None:
    """The votes of a body's noun and of a work's noun opening the next sentence."""
    described_subject_votes(mentions)
    work_anaphor_votes(mentions)
    described_work_votes(mentions)


def work_anaphor_votes(mentions: list[Mention]) -> None:
    """A vote for a work for the last name of a sentence whose next sentence opens with
    "the" and a work's noun as its subject, a noun the text has not used before."""
    if not mentions:
        return
    first_use = first_uses(mentions[0].span.doc)
    for mention in mentions:
        if mention.fixed or mention.votes.get(PERSON, 0.0) > 0 or not _ends_sentence(mention.span):
            continue
        if _last_of_listed_names(mention.span):
            continue  # "with Hal Grove and Colin Firth. The film ...": the cast, not the work
        following = next_sentence(mention.span.sent)
        noun = None if following is None else _work_noun_opening(following)
        if noun is not None and first_use[noun.lower_] >= mention.span.start:
            mention.vote(WORK, TAKEN_UP)


def _last_of_listed_names(span: Span) -> bool:
    """Whether the name is joined by "and" or a comma to a name before it: "Colin Firth" of
    "with Hal Grove and Colin Firth"."""
    root = span.root
    return root.dep_ == "conj" and root.head.pos_ == "PROPN" and root.head.i < span.start


def _ends_sentence(span: Span) -> bool:
    """Whether only punctuation follows the name in its sentence: "... with Paper Boats."."""
    tokens, end = tokens_of(span.doc), span.end
    # A word after the name, in the sentence of its first word, that is no punctuation
    # answers without making the sentence: no sentence starts from the name's second word
    # to that word, so the sentence goes on past it.
    word_after = end < len(tokens) and not tokens[end].is_punct
    if word_after and not any(t.is_sent_start for t in tokens[span.start + 1 : end + 1]):
        return False
    return all(t.is_punct for t in span.doc[span.end : span.sent.end])


def _work_noun_opening(sentence: Span) -> Token | None:
    """The work's noun of a sentence's subject that is "the", any describing words and that
    noun, and opens the sentence: "song" of "The song, which features ...", "The new album"."""
    subject = next((t for t in sentence.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in WORK_NOUNS or not subject.is_lower:
        return None
    first = first_word(subject)
    return subject if first.lower_ == "the" and first.i == sentence.start else None


def described_work_votes(mentions: list[Mention]) -> None:
    """A vote for a work for each subject of a sentence whose next sentence opens with
    "the" and a work's noun as its subject, a noun the text has not used before, when
    nothing else in the sentence is a work the noun may take up (see the module)."""
    if not mentions:
        return
    first_use = first_uses(mentions[0].span.doc)
    for mention in mentions:
        span = mention.span
        if mention.fixed or mention.votes.get(PERSON, 0.0) > 0 or not main_subject(span):
            continue
        following = next_sentence(span.sent)
        noun = None if following is None else _work_noun_opening(following)
        if noun is None or first_use[noun.lower_] < span.sent.start:
            continue
        if not _work_after(span):
            mention.vote(WORK, SUBJECT_TAKEN_UP)


def _work_after(span: Span) -> bool:
    """Whether the rest of the name's sentence holds another work the noun may take up: a
    name ("held on to number one with Tin Lanterns"), a work's noun ("stars in a new
    comedy"), or the subject's verb is one of making or appearing in works ("directed")."""
    words = WORK_NOUNS | _WORKS_TOO
    rest = span.doc[span.end : span.sent.end]
    if any(t.ent_type_ or t.pos_ == "PROPN" or t.lower_ in words for t in rest):
        return True
    return span.root.head.lower_ in verb_forms(_MAKING_WORKS)
