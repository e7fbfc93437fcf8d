"""Evidence that a name is a person's from the credit a text gives a work's maker.

"the diaries, edited by Ann Roke,", "a memoir written by Tom Vell", "Glass Roads, by Tom
Vell, published by Kite Books", "the film, directed by Ida Penn,": the one who edits, writes
or translates a text, directs a film, composes a score or paints a picture is a person, and
the name written before its publisher in a book's credit is its author's. A show's host or
presenter is one too, but bodies host events and present prizes, so "hosted by" counts only
when what is hosted is a show. The model often reads such a full name as an organization,
with nothing in the text for one. Bodies publish, produce, make and design, so those verbs
are no evidence. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.mentions import PERSON, Mention
from generator.extract.shapes import names_a_body

#: Participles whose "by" names the person who made a text: "edited by Ann Roke".
_CREDIT_VERBS = frozenset(
    {"edited", "co-edited", "written", "co-written", "authored", "co-authored", "penned"}
    | {"ghostwritten", "ghost-written", "illustrated", "translated", "narrated"}
    | {"directed", "co-directed", "composed", "choreographed", "painted", "sculpted"}
    | {"photographed", "voiced", "scripted"}
)
#: Participles whose "by" names a person only when what they credit is a show: "the quiz,
#: hosted by Ida Penn" (but "a dinner hosted by Kite Bank", "a prize presented by" a body).
_SHOW_CREDIT_VERBS = frozenset({"hosted", "co-hosted", "presented", "co-presented", "fronted"})
#: Nouns of shows a host or presenter makes.
_SHOWS = frozenset(
    {"show", "programme", "program", "series", "quiz", "podcast", "documentary", "broadcast"}
)
#: Works only a person makes, whose "by" names their maker: "a novel by Ida Penn", "a film
#: by Ida Penn". Not songs, albums, reports nor games, which bands, bodies and studios make.
_AUTHORED = frozenset(
    {"novel", "novels", "novella", "memoir", "memoirs", "poem", "poems", "poetry", "essay"}
    | {"painting", "paintings", "portrait", "portraits", "sculpture", "sculptures"}
    | {"symphony", "sonata", "concerto", "opera", "screenplay", "biography", "film", "films"}
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
    verb = doc[by - 1]
    made = verb.lower_ in _AUTHORED and doc[by].head.i == verb.i  # "a novel by Ann Roke"
    if verb.lower_ in _CREDIT_VERBS or made or _publisher_follows(span) or _show_host(verb):
        mention.vote(PERSON, 3.0)  # "edited by Ann Roke"; "by Tom Vell, published by"


def full_name(mention: Mention) -> bool:
    """Two or more capitalised words, none in capitals: "Jo Ames", "Kim de Lee"."""
    words = [t for t in mention.span if t.is_alpha]
    capitalised = [t for t in words if t.text[:1].isupper()]
    return len(capitalised) >= 2 and not any(t.is_upper and len(t) > 1 for t in words)


def _show_host(verb: Token) -> bool:
    """Whether the participle before "by" hosts or presents a show: "the quiz, hosted by",
    "the show is presented by" (the noun it describes, or its passive subject)."""
    if verb.lower_ not in _SHOW_CREDIT_VERBS:
        return False
    nouns = [verb.head] if verb.dep_ == "acl" else []
    nouns += [child for child in verb.children if child.dep_ == "nsubjpass"]
    return any(noun.lower_ in _SHOWS for noun in nouns)


def _publisher_follows(span: Span) -> bool:
    """Whether "published by" follows the name, over a comma or a verb's auxiliaries: "by Tom
    Vell, published by", "by Tom Vell is published by". Not "published" alone: "a poll by
    Hale Mori, published today" is a body's."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end < _REACH and doc[i].lower_ in _BEFORE_PUBLISHED:
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ == "published" and doc[i + 1].lower_ == "by"
