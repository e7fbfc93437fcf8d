"""Evidence that a name the model reads as a body's is a writer's or an artist's: "Edwin
Marle's novel", "Ada Lorne's latest painting". A possessive before a noun of a work names its
maker. Novels, poems, memoirs and paintings are written or made by people, never by a body;
a film, an album, a song or a play may be a studio's, a label's or a theatre's, so those
nouns stay out. Only names of two or three words with no word of a body's name ("Ltd",
"Pictures", "United"): a one-word firm's possessive stays the firm's.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import cues
from generator.extract.mentions import PERSON, Mention
from generator.extract.typing_club_spans import CLUB_ENDINGS

__all__ = ["author_possessive_votes"]

#: Works only a person writes or makes, singular and plural.
_WRITTEN = frozenset(
    {"novel", "novels", "novella", "poem", "poems", "memoir", "memoirs", "autobiography"}
    | {"painting", "paintings", "sculpture", "sculptures", "symphony", "sonnet", "sonnets"}
    | {"diary", "diaries", "essay", "essays"}
)
#: The possessive's marks as the tokenizer splits them off.
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
#: Describing words that may stand between the possessive and the work: "latest", "1962".
_DESCRIBING_TAGS = frozenset({"JJ", "JJR", "JJS", "CD"})
#: Weight: more than the model's organization label and a body's verb together.
_WEIGHT = 3.0


def _body_words(span: Span) -> bool:
    """Whether a word of the name is one of a body's names ("Pictures", "Ltd", "United")."""
    cue = cues()
    for token in span:
        word = token.lower_.rstrip(".")
        if word in cue.org_suffixes or word in cue.org_heads or word in CLUB_ENDINGS:
            return True
    return False


def _work_after(span: Span) -> str | None:
    """The noun of a work after the name's possessive and up to two describing words
    ("Marle's latest novel"), or None."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].lower_ not in _POSSESSIVES:
        return None
    i += 1
    for _ in range(2):
        if i < len(doc) and doc[i].is_lower and doc[i].tag_ in _DESCRIBING_TAGS:
            i += 1
    if i >= len(doc) or not doc[i].is_lower:
        return None
    return doc[i].lower_


def author_possessive_votes(mention: Mention) -> None:
    """A person's vote for a body's name of two or three words before a possessive and a
    noun of a work (see the module)."""
    span = mention.span
    if span.label_ != "ORG" or not 2 <= len(span) <= 3 or not span[0].is_title:
        return
    work = _work_after(span)
    if work is None or _body_words(span):
        return
    if work in _WRITTEN:
        mention.vote(PERSON, _WEIGHT)  # the work's writer or maker
