"""A body named by its head noun and a capitalised "of"/"for" complement, which the model
read in part or not at all.

"the Society for Tarn Privacy", "the Trust for Kelby Otters": the model often tags only
the complement ("Tarn Privacy", as a body or a place) or nothing. The name's own shape
says it is a body's: "the", capitalised words ending on a body's head noun ("Society",
"Royal Institute"), "of" or "for", then capitalised words. The span it makes replaces
the model's entities inside it; a person's name inside ("the Office of President Jo
Ames"), an entity crossing its edges, or a body of two words or more before a place ("the
Finance Ministry of Selbia", the ministry of a nation) leaves the text as the model read it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.body_and_names import BODY_HEADS
from generator.extract.doc_words import tokens_of
from generator.extract.span_ranges import inside_and_crossing, replaced_by

#: Head nouns of bodies named with an "of"/"for" complement: "the Trust for ...", "the
#: Centre for ...", besides the public bodies' heads ("the Institute of ...").
HEAD_NOUNS = BODY_HEADS | frozenset(
    {"trust", "foundation", "centre", "center", "alliance", "coalition", "league"}
    | {"network", "campaign", "movement", "organisation", "organization", "institution"}
    | {"confederation", "chamber", "school", "board", "union", "charity", "fellowship"}
)
#: Labels of the model's places.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Labels of the model's dates and times, which end a name: "the Trust for Kelby in May".
_TIME_LABELS = frozenset({"DATE", "TIME"})
#: Most capitalised words before the head noun: "the Royal National Institute for ...".
_MOST_WORDS_BEFORE = 3
#: Most words of the complement after "of"/"for".
_MOST_WORDS_AFTER = 8
#: Words that link the complement's capitalised words: "of Arts and Sciences", "for the
#: Protection of Birds".
_LINKS = frozenset({"and", "&", "of", "for", "the"})


def bodies_by_head(spans: list[Span]) -> list[Span]:
    """``spans`` (the document's entities in order) with each body named by its head noun
    and complement (see the module) as one ORG span in place of the model's pieces."""
    if not spans:
        return spans
    doc = spans[0].doc
    for start, head, end in _head_names(doc):
        inside, crossing = inside_and_crossing(spans, start, end)
        whole = any(s.start <= start + 1 and s.end == end for s in inside)
        if len(crossing) == 1 and _two_bodies(crossing[0], start, end):
            run_on = crossing[0]  # "the University of Selby and Kelby State University"
            pieces = [Span(doc, start + 1, end, label="ORG")]
            pieces.append(Span(doc, end + 1, run_on.end, label="ORG"))
            spans = sorted([s for s in spans if s is not run_on] + pieces, key=lambda s: s.start)
            continue
        if crossing or whole or any(s.label_ == "PERSON" for s in inside):
            continue
        if head > start + 1 and any(_place_complement(s, head, end) for s in inside):
            continue  # "the Finance Ministry of Selbia": a named body and its nation
        body = Span(doc, start + 1, end, label="ORG")  # without "the"
        spans = replaced_by(spans, [body])
    return spans


def _two_bodies(span: Span, start: int, end: int) -> bool:
    """Whether the model's body runs from this name over "and" into a second body that ends
    on a head noun of its own."""
    doc = span.doc
    return (
        span.label_ == "ORG"
        and span.start in (start, start + 1)
        and span.end > end + 1
        and doc[end].lower_ in ("and", "&")
        and _head_noun(doc[span.end - 1])
        and doc[end + 1].is_title
    )


def _place_complement(span: Span, head: int, end: int) -> bool:
    """Whether ``span`` is a place that is the whole complement after the head at ``head``."""
    return span.label_ in _PLACE_LABELS and span.start in (head + 2, head + 3) and span.end == end


def _head_names(doc: Doc) -> list[tuple[int, int, int]]:
    """(index of "the", index of the head noun, end) of each name of the module's shape."""
    found: list[tuple[int, int, int]] = []
    for head in tokens_of(doc):
        if not _head_noun(head) or head.i + 2 >= len(doc):
            continue
        link = doc[head.i + 1]
        if link.lower_ not in ("of", "for") or not head.whitespace_:
            continue
        article = _article_before(head)
        end = _complement_end(doc, head.i + 2)
        if article is not None and end is not None:
            found.append((article, head.i, end))
    return found


def _head_noun(token: Token) -> bool:
    return token.is_title and token.lower_ in HEAD_NOUNS


def _name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.whitespace_ == " "


def _article_before(head: Token) -> int | None:
    """The index of the "the" that opens the name, over at most three capitalised words
    ("the Royal Institute"), or None: without it the head may be a sentence's first word or
    a common noun written with a capital in a heading."""
    doc, at = head.doc, head.i
    while at > 0 and head.i - at < _MOST_WORDS_BEFORE and _name_word(doc[at - 1]):
        if doc[at - 1].lower_ == "the":
            break
        at -= 1
    if at == 0 or doc[at - 1].lower_ != "the" or doc[at - 1].whitespace_ != " ":
        return None
    return at - 1


def _complement_end(doc: Doc, first: int) -> int | None:
    """The end of the capitalised complement from ``first``, or None when it opens with no
    capitalised word. Linking words count only between capitalised words ("of Arts and
    Sciences"); a second body after "and" ("of Selby and the Kelby Institute") ends it."""
    at = first
    if at < len(doc) and doc[at].lower_ == "the":
        at += 1
    if at >= len(doc) or not _linked_word(doc, at):
        return None
    end = None
    while at < len(doc) and at - first < _MOST_WORDS_AFTER:
        word = doc[at]
        if ((word.is_title and word.is_alpha) or _hyphened(word)) and _no_time(word):
            at += 1
            end = at
            if not word.whitespace_ and not _hyphen_follows(doc, at):
                break
            continue
        if word.text == "-" and end == at and at + 1 < len(doc) and doc[at + 1].is_alpha:
            at += 1  # "Co-operation"
            continue
        if word.lower_ in _LINKS and word.whitespace_ and _linked_word(doc, at + 1):
            if word.lower_ in ("and", "&") and _another_body(doc, at + 1):
                break
            at += 1
            continue
        break
    return end


def _hyphened(word: Token) -> bool:
    return word.i > 0 and word.doc[word.i - 1].text == "-" and word.is_alpha


def _hyphen_follows(doc: Doc, at: int) -> bool:
    return at < len(doc) and doc[at].text == "-"


def _linked_word(doc: Doc, at: int) -> bool:
    """Whether a capitalised word (after an optional "the") follows a linking word."""
    if at < len(doc) and doc[at].lower_ == "the":
        at += 1
    return at < len(doc) and doc[at].is_title and doc[at].is_alpha and _no_time(doc[at])


def _no_time(word: Token) -> bool:
    """Whether a word is in no date or time of the model's: "of Kelby on Monday"."""
    return word.ent_type_ not in _TIME_LABELS


def _another_body(doc: Doc, at: int) -> bool:
    """Whether the capitalised words from ``at`` end on a body's head noun of their own, open
    another head name, or open a body the model read on its own: "... of Selby and Kelby
    University" and "the Law Society of Selby and Amnesty Selby" name two bodies."""
    if doc[at].lower_ == "the" or (doc[at].ent_iob_ == "B" and doc[at].ent_type_ == "ORG"):
        return True
    while at < len(doc) and doc[at].is_title and doc[at].is_alpha:
        if _head_noun(doc[at]):
            return True
        at += 1
    return False
