"""Works whose titles open with a person's title: "the horror film Mrs Harrowgate".

Where a noun of works stands before the title word ("the film Mrs Harrowgate", "the
adventure Captain Tarn"), or the writing's own context says work ("Captain Tarn topped the
box office", "Lady Wren, directed by Jo Ames,"), the title word is part of the work's name,
not a person's. Every other writing of the name after the same title word ("Mrs Harrowgate
had beaten expectations", "fans of Captain Tarn") is the same work, though its title word
alone would say person. General word lists only.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon, cues, normalize
from generator.extract.mentions import WORK, Mention

#: As much as the title word gives a person: "Mrs Harrowgate said".
_WEIGHT = 3.0
#: A work's vote from a writing's own context that makes its title word a work's too:
#: "Captain Tarn topped the box office", "Lady Wren, directed by Jo Ames,". Less than the
#: title word, which alone would outweigh it.
_OWN_WORK = 2.0


def titled_name_votes(mentions: list[Mention], lex: Lexicon) -> None:
    """A vote for a work on every writing of a name after the title word that a noun of works
    puts into a work's name somewhere in the text (see the module)."""
    titled: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    works: set[tuple[str, str]] = set()
    for mention in mentions:
        title = _title_word(mention.span, lex)
        if mention.fixed or not title:
            continue
        key = (normalize(mention.text), title)
        titled[key].append(mention)
        if _after_a_work_noun(mention.span) or _own_work(mention):
            works.add(key)
    for key in works:
        for mention in titled[key]:
            mention.vote(WORK, _WEIGHT)


def _title_word(span: Span, lex: Lexicon) -> str:
    """The capitalised title word right before a name ("Mrs", "Captain", "Dr"), lower-cased,
    or "" when there is none."""
    if span.start == 0:
        return ""
    word = span.doc[span.start - 1]
    if not word.is_title:
        return ""
    lower = word.lower_.rstrip(".")
    known = lower in cues().honorifics or lower in lex.honorifics or lower in lex.role_words
    return lower if known else ""


def _after_a_work_noun(span: Span) -> bool:
    """Whether a noun of works stands before the title word: "the film Mrs Harrowgate"."""
    if span.start < 2:
        return False
    noun = span.doc[span.start - 2]
    return noun.pos_ == "NOUN" and noun.lower_ in cues().work_nouns


def _own_work(mention: Mention) -> bool:
    """Whether the writing's own context voted for a work as much as `_OWN_WORK`, not from a
    work's word before the title, which `_after_a_work_noun` reads with its part of speech:
    "a single Prince Tarn once enjoyed" is a lone prince, no record."""
    span = mention.span
    before = span.doc[span.start - 2].lower_ if span.start >= 2 else ""
    return mention.votes.get(WORK, 0.0) >= _OWN_WORK and before not in cues().work_nouns
