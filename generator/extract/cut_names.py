"""Names the model cut short: "Lane" of "Dorrie Lane, the mortgage company,", where the
model left "Dorrie" out once and read "Dorrie Lane" whole elsewhere in the story.

The cut form and the whole one are one name, so they get one kind: what the text says
beside the cut form ("the mortgage company") counts for the whole name too. Only a word
no entity holds, written straight before the cut form, that with it spells a name the
model read elsewhere, restores it; "Ford" beside "Harrison Ford" is no cut, since the
word before it is no part of it, nor is "Tolley" after "Dr" beside a "Dr Tolley" read whole
elsewhere: a title is no part of a name. A pair the model never read whole is restored when
the text writes it twice with its first word a proper noun outside every entity
(`_written_again`), or writes the one-word name alone only after it (`_shortened_later`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.kin_lists import kin_listed_surnames
from generator.extract.lexicon import cues, lexicon
from generator.extract.mentions import Mention, writings
from generator.extract.nlp import common_nouns
from generator.extract.role_nouns import person_noun


def restore_cut_names(mentions: list[Mention]) -> None:
    """Give each cut mention the span, text and key of the whole name written elsewhere,
    and a first name listed before a relative's full name that relative's surname."""
    kin_listed_surnames(mentions)  # "sisters Dana and Mairead Quill"
    lex = lexicon()
    titles = lex.honorifics | lex.role_words
    whole: dict[tuple[str, ...], Mention] = {}
    for mention in mentions:
        if len(mention.span) > 1 and not mention.fixed and mention.place is None:
            whole.setdefault(tuple(t.text for t in mention.span), mention)
    for mention in mentions:
        span = mention.span
        if mention.fixed or mention.place is not None or span.start == 0:
            continue
        word = span.doc[span.start - 1]
        if not word.is_title or word.ent_iob_ != "O" or not word.whitespace_:
            continue
        if word.lower_ in titles:
            continue  # "Dr Tolley": the model leaves a title out of the name, rightly
        other = whole.get((word.text, *(t.text for t in span)))
        if other is not None:
            text, key = other.text, other.key
        elif _written_again(word, span) or _shortened_later(word, span, mentions):
            text = key = f"{word.text} {mention.text}"
        else:
            continue
        mention.span = Span(span.doc, span.start - 1, span.end, label=span.label_)
        mention.text, mention.key = text, key


def _written_again(word: Token, span: Span) -> bool:
    """Whether a proper noun no entity holds, before a one-word name, spells a full name with
    it that the text writes again, outside every entity there too: "Tomas Brevin wins" as a
    headline (the model taking "Brevin" alone) and "Tomas Brevin has won" in the story (the
    model taking nothing). A word that opens a sentence is capitalised whatever it is, so it
    must be a proper noun, no common noun ("Yesterday Brevin"), written so twice."""
    if len(span) != 1 or not _name_word(word):
        return False
    found = writings(span.doc, (word.text, span[0].text))
    return len(found) > 1 and all(w[0].ent_iob_ == "O" and w[0].pos_ == "PROPN" for w in found)


def _shortened_later(word: Token, span: Span, mentions: list[Mention]) -> bool:
    """Whether an untagged proper noun that the parse makes part of a one-word name ("Tomas"
    of "Tomas Brevin has won", the model taking "Brevin" alone) opens that name's first
    writing, and the text writes the name alone later, as news writes a surname after the
    full name: "Brevin, 34, thanked"."""
    if len(span) != 1 or word.dep_ != "compound" or word.head.i != span.start:
        return False
    if not _name_word(word):
        return False
    name, doc = span[0].text, span.doc
    later = [m.span for m in mentions if m.span.doc is doc and m.span.text == name]
    if any(s.start < span.start for s in later):
        return False
    return any(s.start > span.start and doc[s.start - 1].text != word.text for s in later)


def _name_word(word: Token) -> bool:
    """Whether a capitalised word may open a person's name: a proper noun, no common noun
    ("Yesterday"), no noun of a kind of body ("Drugmaker Tarnby was fined") nor of someone."""
    lower = word.lower_
    return (
        word.pos_ == "PROPN"
        and lower not in common_nouns()
        and lower not in cues().org_heads
        and not person_noun(lower)
    )
