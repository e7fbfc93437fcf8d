"""Organization spans whose edges the model misplaced: a firm's first word left off before
its short last word ("Lumen AI"), an office holder's title read into a place ("Pike
County Coroner Jo Ames": the coroner is her title, the county a place), and a body left
untagged, or cut to its place, before its officer's title ("Tarn Valley Police Chief
Constable Jo Ames"), a band's plural cut off ("the Lantern Boys" read "Lantern"), a
paper's last proper noun cut off ("the Kelby Evening Sentinel" read "Kelby Evening"), and an
owner's possessive read into a body's name ("Ames's
Order of Foresters", `without_owner`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.body_owner_possessives import without_owner
from generator.extract.lexicon import cues, lexicon, normalize
from generator.extract.mentions import place_named, writings
from generator.extract.name_spans import COURTESY, entity_span
from generator.extract.nlp import common_noun_plural
from generator.extract.place_compass import CARDINAL_POINTS
from generator.extract.role_nouns import person_noun
from generator.extract.sentence_openers import opens_sentence
from generator.extract.shapes import ends_like_place

#: Longest word in capitals that a firm's name ends in and the model may read alone: "AI".
_SHORT_LAST_WORD = 3
#: Labels of a place a body's name may open with: "Tarn Valley" of "Tarn Valley Police".
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Endings of a firm's word that is an adjective too, which may qualify the title after it.
_ADJECTIVE_ENDINGS = ("al", "ic")
#: A body's word that also names the area a title serves: "Tarn County District Attorney".
_TITLES_AREAS = frozenset({"district"})
#: Last words of a party's name, which is often "New ...": "New Democratic Party".
_PARTY_WORDS = frozenset({"party", "democrats", "democracy"})
#: Most capitalised words a body's name the model left untagged before a title may have.
_MAX_BODY_WORDS = 4
#: Most lower-case words between a body's name and its officer's title: "trade envoy".
_TITLE_REACH = 2
#: Last words of a place's public service, whose "New" is no part of the place's name
#: unless the tables know "New ..." as a place: "New Tarn Police Chief Constable".
_PLACE_SERVICES = frozenset({"police", "constabulary", "council", "fire", "ambulance"})


def with_body_edges(spans: list[Span]) -> list[Span]:
    """Each organization span with its misplaced edges set right (see the module), and
    the body the model left untagged before its officer's title and name."""
    out: list[Span] = []
    for span in spans:
        body = _body_before_title(span) if span.label_ == "PERSON" else None
        placed = out and body is not None and out[-1].label_ in _PLACE_LABELS
        if placed and body is not None and out[-1].start >= body.start:
            out.pop()  # "Tarn Valley" of "Tarn Valley Police" read as the place
        if body is not None and (not out or out[-1].end <= body.start):
            out.append(body)
        if span.label_ in _PLACE_LABELS:
            span = _with_compass_word(span)
        span = _without_new(span)
        out.append(_edged(without_owner(span)) if span.label_ == "ORG" else span)
    return out


#: Words of the compass that, capitalised before a place, open a region's name.
_COMPASS = CARDINAL_POINTS | {"central"}


def _with_compass_word(span: Span) -> Span:
    """A place's span with the capitalised compass word the model left out before it, in
    the middle of a sentence: "the South Tarland coast", "the North Kelby region" name a
    region; a headline in capitals and a sentence's first word say nothing."""
    doc, start = span.doc, span.start
    word = doc[start - 1] if start > 0 else None
    if (
        word is None
        or word.lower_ not in _COMPASS
        or not word.is_title
        or word.ent_iob_ != "O"
        or not word.whitespace_
        or opens_sentence(word)
        or span.text.isupper()
    ):
        return span
    return Span(doc, start - 1, span.end, label=span.label_)


def _without_new(span: Span) -> Span:
    """A body's span without the "New" that opens the sentence before the title of the
    office's new holder: "New Home Secretary Jo Ames", "New Danish trade envoy Ole Brask",
    "New Tarn Police Chief Constable"; the adjective says the holder is new, not the body.
    "New York Police Commissioner", "New Democratic Party leader" and "New Century Bank
    president" keep it: the place's, the party's or the firm's own word."""
    doc, start, end = span.doc, span.start, span.end
    if end - start < 2 or not _new_opening(doc[start]) or not _title_follows(doc, end):
        return span
    if doc[end - 1].lower_ in _PARTY_WORDS or _new_elsewhere(span):
        return span
    rest = doc[start + 1 : end]
    return Span(doc, start + 1, end, label=span.label_) if _qualifies_title(rest) else span


def _title_follows(doc: Doc, end: int) -> bool:
    """Whether a held title follows, over at most two lower-case words: "... Secretary",
    "... trade envoy"."""
    for at in range(end, min(end + _TITLE_REACH + 1, len(doc))):
        if _held(doc[at]):
            return True
        if not (doc[at].is_lower and doc[at].is_alpha):
            return False
    return False


def _qualifies_title(rest: Span) -> bool:
    """Whether the words after "New" only say which office the title is: portfolios
    ("Home", "Energy"), a nationality ("Danish"), a place's public service ("Tarn Police"),
    or words the text writes elsewhere without "New". Lower-case words the model ran on
    ("New European commission") are the body's noun, not what qualifies the title."""
    while len(rest) > 1 and rest[-1].is_lower:
        rest = rest[:-1]
    lex, words = lexicon(), [t.lower_ for t in rest]
    if all(w in lex.portfolios or w in lex.role_words for w in words):
        return True
    if len(rest) == 1 and normalize(rest.text) in lex.demonyms:
        return True
    if words[-1] in _PLACE_SERVICES:
        return True
    doc = rest.doc
    found = writings(doc, tuple(t.text for t in rest))
    return any(w.start == 0 or doc[w.start - 1].text != "New" for w in found)


def _new_elsewhere(span: Span) -> bool:
    """Whether the whole name, "New" and all, is written somewhere not at a sentence's start."""
    doc = span.doc
    found = writings(doc, tuple(t.text for t in span))
    return any(not opens_sentence(doc[w.start]) for w in found)


def _new_opening(word: Token) -> bool:
    """Whether a word is "New" capitalised for opening a sentence, not for a place's name."""
    if word.lower_ != "new" or not opens_sentence(word):
        return False
    doc, lex = word.doc, lexicon()
    return all(
        place_named(doc[word.i : end].text, lex) is None
        for end in range(word.i + 2, min(word.i + 4, len(doc) + 1))
    )


def _body_before_title(span: Span) -> Span | None:
    """ "Tarn Valley Police Chief Constable Jo Ames": capitalised words in no entity that
    end in a body's word ("police"), then the title of the named person."""
    doc, at = span.doc, span.start
    while at > 0 and _untagged_title_word(doc[at - 1]) and _held(doc[at - 1]):
        at -= 1
    if at == span.start and not _held(span[0]):
        return None
    end = at
    start = end
    while (
        start > 0
        and end - start < _MAX_BODY_WORDS
        and _untagged_title_word(doc[start - 1])
        and not doc[start - 1].is_sent_start
    ):
        start -= 1
    if start > 0 and doc[start - 1].is_sent_start and _untagged_title_word(doc[start - 1]):
        start -= 1
    if start < end and _new_opening(doc[start]):
        start += 1  # "New Tarn Police Chief Constable Jo Ames": the holder is new
    place = doc[start - 1] if start > 0 else None
    if place is not None and place.ent_type_ in _PLACE_LABELS and place.whitespace_ == " ":
        start = entity_span(place).start
    last = doc[end - 1].lower_
    if end - start < 2 or last not in cues().org_suffixes or last in _TITLES_AREAS:
        return None
    if last.endswith(_ADJECTIVE_ENDINGS):
        return None  # "Selby Financial Secretary": the adjective is the title's
    return Span(doc, start, end, label="ORG")


def _untagged_title_word(word: Token) -> bool:
    return word.is_title and word.is_alpha and word.ent_iob_ == "O" and word.whitespace_ == " "


def _held(word: Token) -> bool:
    """A word of a title held by a person: "Chief", "Constable"."""
    return word.lower_ in lexicon().role_words or person_noun(word.lower_)


def _edged(span: Span) -> Span:
    doc, start, end = span.doc, span.start, span.end
    if len(span) == 1 and _short_last_word(span[0].text) and _name_word_before(span):
        return Span(doc, start - 1, end, label="ORG")
    if _plural_word_after(span) or _name_word_after(span):
        return Span(doc, start, end + 1, label="ORG")  # "the Lantern Boys", read "Lantern"
    held = end
    while held - start > 1 and person_noun(doc[held - 1].lower_) and doc[held - 1].is_title:
        held -= 1
    if (
        held < end
        and end < len(doc)
        and doc[end].ent_iob_ == "B"
        and doc[end].ent_type_ == "PERSON"
    ):
        rest = Span(doc, start, held)
        if doc[held - 1].lower_ in cues().org_suffixes:
            return Span(doc, start, held, label="ORG")
        if ends_like_place(rest) or place_named(rest.text, lexicon()) is not None:
            return Span(doc, start, held, label="GPE")
    return span  # "New Yorker Jo Ames": "New" is no place, "Yorker" no title


def _plural_word_after(span: Span) -> bool:
    """Whether a body named after "the" runs on into a capitalised plural in no entity, in
    the middle of a sentence: "the Lantern Boys were", a band's name the model cut short."""
    doc, start, end = span.doc, span.start, span.end
    if start == 0 or end >= len(doc) or doc[start - 1].lower_ != "the":
        return False
    word = doc[end]
    return (
        word.is_title
        and word.is_alpha
        and word.ent_iob_ == "O"
        and doc[end - 1].whitespace_ == " "
        and not opens_sentence(word)
        and common_noun_plural(word.lower_)
    )


def _name_word_after(span: Span) -> bool:
    """Whether a body of two words or more named after "the" runs on into one proper noun in
    no entity that ends the run of capitals: "noted the Kelby Evening Sentinel this week",
    a paper's name the model cut short. A word for a person ("Director", "MP") or a
    courtesy title ("Mr") opens an officer's name instead, and one more capitalised word
    or a possessive after it ("the Tarn Post Sunday Edition", "the Tarn Nations Children's
    Fund") leaves the span as it is: the name goes on past the word."""
    doc, start, end = span.doc, span.start, span.end
    if span[0].lower_ == "the":
        start += 1
    elif start == 0 or doc[start - 1].lower_ != "the":
        return False
    if end - start < 2 or end + 1 >= len(doc):
        return False
    word, after = doc[end], doc[end + 1]
    return (
        word.is_title
        and word.is_alpha
        and word.tag_ == "NNP"
        and word.ent_iob_ == "O"
        and doc[end - 1].whitespace_ == " "
        and not opens_sentence(word)
        and not (after.is_title or after.is_upper or after.tag_ == "POS")
        and word.lower_ not in lexicon().role_words
        and word.lower_ not in COURTESY
        and not person_noun(word.lower_)
    )


def _short_last_word(text: str) -> bool:
    """A short word in capitals, as firms' names end ("AI", "VR"), no body's word alone."""
    return text.isalpha() and text.isupper() and len(text) <= _SHORT_LAST_WORD


def _name_word_before(span: Span) -> bool:
    """A capitalised proper noun in no entity, run into the span and opening no sentence."""
    if span.start == 0:
        return False
    word = span.doc[span.start - 1]
    return (
        word.is_title
        and word.is_alpha
        and word.tag_ == "NNP"
        and word.whitespace_ == " "
        and word.ent_iob_ == "O"
        and not word.is_stop
        and not word.is_sent_start
        and word.lower_ not in lexicon().role_words
    )
