"""Evidence that a name the model or a gazetteer read as a place is a body's.

"partnerships with Tarnco, Velmar and Dornix": a name listed among bodies the model tagged,
no place among them, is one more body. "Jo Ames, of Carrow," beside "Carrow Institute of
Science" elsewhere: the model's body, cut to its first word, is that body's short form, not the
small town of that name a gazetteer knows. "from dealer Vell of the Dunes", which the model cut
to "Vell" there and read whole elsewhere: the body, whatever the cut piece was read as.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import kept_per_doc
from generator.extract.gazetteer import gazetteer
from generator.extract.mentions import ORG, Mention

#: A town this large is what its name means even where a body bears it ("Leeds" of
#: "Leeds United"); a smaller namesake yields to the body the text names in full.
_TOWN_OVER = 100_000
#: Model labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def body_name_votes(mention: Mention) -> None:
    """Votes for a body from a list of bodies or from the body's full name elsewhere."""
    if _listed_among_bodies(mention) or _short_form_of_body(mention) or _cut_from_body(mention):
        mention.vote(ORG, 2.0)


def _listed_among_bodies(mention: Mention) -> bool:
    """Whether a name no gazetteer knows, tagged a place by the model, is listed with a name
    the model tagged a body and with no other it tagged a place: "with Tarnco, Velmar and
    Dornix". A place listed with bodies is listed with some other place too."""
    span = mention.span
    if mention.place is not None or span.label_ not in _PLACE_LABELS:
        return False
    # The model's own entity may hold the whole list ("Kelby and Tarvik", split since): its
    # other names carry its label, no label of their own.
    own = next((e for e in span.doc.ents if e.start <= span.start < e.end), span)
    listed = span.root.conjuncts  # the heads listed with it: "A, B and C"
    others = [t for t in listed if not own.start <= t.i < max(own.end, span.end)]
    if not others:
        return False
    labels = {t.ent_type_ for t in others}
    return "ORG" in labels and not labels & _PLACE_LABELS


def _short_form_of_body(mention: Mention) -> bool:
    """Whether a name the model tagged a body, which only a small town bears, opens a longer
    body's name the model tagged elsewhere: "of Carrow" beside "Carrow Institute of Science".
    The longer name is no place's ("Carrow County" would make it one)."""
    span = mention.span
    if span.label_ != "ORG" or mention.place is None or mention.place.kind != "city":
        return False
    if gazetteer().population(span.text) >= _TOWN_OVER:
        return False
    words = [t.text for t in span]
    return any(
        _opens(ent, words) and ent[len(words)].is_title
        for ent in _bodies_opened_by(span)
        if ent.start != span.start
    )


def _bodies_opened_by(span: Span) -> list[Span]:
    """The model's bodies (ORG) whose first word is the span's, indexed once per document:
    every mention asks, so scanning all entities each time would cost mentions x entities."""
    return kept_per_doc(span.doc, _BODIES_KEY, _read_bodies).get(span[0].text, [])


def _read_bodies(doc: Doc) -> dict[str, list[Span]]:
    index: dict[str, list[Span]] = {}
    for ent in doc.ents:
        if ent.label_ == "ORG":
            index.setdefault(ent[0].text, []).append(ent)
    return index


_BODIES_KEY = "bodies_by_first_word"


def _opens(ent: Span, words: list[str]) -> bool:
    """Whether a body's name the model tagged is longer than ``words`` and opens with them."""
    return (
        ent.label_ == "ORG"
        and len(ent) > len(words)
        and [t.text for t in ent[: len(words)]] == words
    )


def _cut_from_body(mention: Mention) -> bool:
    """Whether the words after a name go on as a longer body's name the model tagged elsewhere
    in the text: "dealer Vell of the Dunes" cut to "Vell", beside "of Vell of the Dunes" read
    whole. The model cut the name short; the piece is that body's. Not a name the body pairs
    with another ("Kelby and Bow"): that one is whole."""
    span = mention.span
    doc = span.doc
    words = [t.text for t in span]
    for ent in _bodies_opened_by(span):
        if ent.start == span.start or not _opens(ent, words):
            continue
        if ent[len(span)].pos_ in ("CCONJ", "PUNCT"):
            continue  # "Kelby and Bow", a pair of names read as one elsewhere: no cut
        rest = [t.text for t in ent[len(span) :]]
        if [t.text for t in doc[span.end : span.end + len(rest)]] == rest:
            return True
    return False
