"""Evidence that a name is a person's from the credit a text gives a writing's maker.

"the diaries, edited by Ann Roke,", "a memoir written by Tom Vell", "Glass Roads, by Tom
Vell, published by Kite Books": the one who edits, writes or translates a text is a person,
and the name written before its publisher in a book's credit is its author's. The model
often reads such a full name as an organization, with nothing in the text for one.
Bodies publish, produce and design, so those verbs are no evidence. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import PERSON, Mention
from generator.extract.shapes import names_a_body

#: Participles whose "by" names the person who made a text: "edited by Ann Roke".
_CREDIT_VERBS = frozenset(
    {"edited", "co-edited", "written", "co-written", "authored", "co-authored", "penned"}
    | {"ghostwritten", "ghost-written", "illustrated", "translated", "narrated"}
)
#: Words between an author's name and "published": "by Tom Vell, to be published by".
_BEFORE_PUBLISHED = frozenset({",", "is", "was", "will", "be", "to", "and"})
#: How many such words may stand there.
_REACH = 3


def credit_votes(mention: Mention) -> None:
    """A full name credited as a writing's maker votes for a person (see the module's doc)."""
    span = mention.span
    if mention.place is not None or not full_name(mention) or names_a_body(span):
        return
    doc = span.doc
    by = span.start - 1
    if by < 1 or doc[by].lower_ != "by" or span.root.head.i != by:
        return  # not "a report by Treasury aide Tom Vell": the name hangs on "aide", not "by"
    if doc[by - 1].lower_ in _CREDIT_VERBS or _publisher_follows(span):
        mention.vote(PERSON, 3.0)  # "edited by Ann Roke"; "by Tom Vell, published by"


def full_name(mention: Mention) -> bool:
    """Two or more capitalised words, none in capitals: "Jo Ames", "Kim de Lee"."""
    words = [t for t in mention.span if t.is_alpha]
    capitalised = [t for t in words if t.text[:1].isupper()]
    return len(capitalised) >= 2 and not any(t.is_upper and len(t) > 1 for t in words)


def _publisher_follows(span: Span) -> bool:
    """Whether "published by" follows the name, over a comma or a verb's auxiliaries: "by Tom
    Vell, published by", "by Tom Vell is published by". Not "published" alone: "a poll by
    Hale Mori, published today" is a body's."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end < _REACH and doc[i].lower_ in _BEFORE_PUBLISHED:
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ == "published" and doc[i + 1].lower_ == "by"
