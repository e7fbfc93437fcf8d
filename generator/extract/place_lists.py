"""A list of places the model read as one name: "its bases at Exeter and Tarnby", "routes to
Malaga, Faro and Palma" (the model's "Malaga, Faro", with "Palma" left out).

No one name is written with a comma between its words, and a name with "and" inside it
("Trinidad and Tobago") is a place of the tables as a whole. When every part between the
commas and "and" is a place the tables know, the span is a list of places: each part is a
place. After a preposition of place ("at", "to", "from") one known place is enough, when
each other part is one capitalised word that is no body's word ("Marks and Spencer" is no
place list: neither part is a known place). Before the plural of a place noun ("Marwick and
Tollen prisons") every part is one such place. A known place written after the span's end
with "and" or "or" is the list's last part, which the model left out.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import words_of
from generator.extract.lexicon import Lexicon, cues
from generator.extract.mentions import place_named
from generator.extract.place_name_holds import names_a_way
from generator.extract.place_parts import whole_of

#: Words that part a list's members.
_SEPARATORS = frozenset({",", "and", "or"})
#: Labels of a span that may hold a list of places.
_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
#: Most words of one listed place ("Santa Cruz de Tenerife" is written short in lists).
_MOST_WORDS = 3
#: Prepositions before a list of places, besides `cues().locative`: "routes to", "between".
_TOWARDS = frozenset({"to", "between", "via", "serving"})


def split_places(span: Span, lex: Lexicon) -> list[Span] | None:
    """The places, or the place and the name, of a span the model read as one name
    (`split_place_list`, `split_place_with`, `split_place_pair`); None for one name."""
    return split_place_list(span, lex) or split_place_with(span, lex) or split_place_pair(span, lex)


def split_place_list(span: Span, lex: Lexicon) -> list[Span] | None:
    """The places of a list the model read as one name, as GPE spans, or None when the span
    is no such list (see the module's docstring)."""
    if span.label_ not in _LABELS or span.ent_id_ or len(span) < 3:
        return None
    lowers = words_of(span.doc).lowers[span.start + 1 : span.end - 1]  # of ``span[1:-1]``
    if _SEPARATORS.isdisjoint(lowers) or place_named(span.text, lex):
        return None
    if span[-1].lower_ in _SEPARATORS:
        span = span[:-1]  # "Malaga, Faro and": the model ended on the list's "and"
    members = _members(span)
    if members is None:
        return None
    known = [place_named(m.text, lex) is not None for m in members]
    loose = any(known) and _loosely_listed(span, members, known)
    if not all(known) and not loose and not _before_plural_place_noun(span, members, lex):
        return None
    members += _left_out(span, lex)
    for member in members:
        member.label_ = "GPE"
    return members


def _members(span: Span) -> list[Span] | None:
    """The parts of a span between its commas and "and", each of capitalised words only."""
    doc = span.doc
    members: list[Span] = []
    start = span.start
    for i in range(span.start, span.end + 1):
        if i < span.end and doc[i].lower_ not in _SEPARATORS:
            if not (doc[i].is_title and doc[i].is_alpha):
                return None
            continue
        if i == start or i - start > _MOST_WORDS:
            return None
        members.append(doc[start:i])
        start = i + 1
        if i < span.end - 1 and doc[i].text == "," and doc[i + 1].lower_ in _SEPARATORS:
            start += 1  # the serial comma: "Malaga, Faro, and Palma"
    return members


def _loosely_listed(span: Span, members: list[Span], known: list[bool]) -> bool:
    """Whether a list with a part the tables do not know follows a preposition of place and
    each unknown part is one word that is no body's: "bases at Exeter and Tarnby"."""
    cue = cues()
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before not in cue.locative | _TOWARDS:
        return False
    body_words = cue.org_suffixes | cue.org_heads
    return all(
        seen or (len(m) == 1 and m[0].lower_ not in body_words)
        for m, seen in zip(members, known, strict=True)
    )


#: Plurals of place nouns that name people, not places: "Karen and Shan refugees".
_PEOPLES_PLURALS = frozenset({"refugees"})


def _before_plural_place_noun(span: Span, members: list[Span], lex: Lexicon) -> bool:
    """Whether the plural of a place noun after the span says each part is one such place,
    and no part holds a body's word: "held at Marwick and Tollen prisons", "the Dovik and
    Kesh fields" (the model read the two names as one)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or not after.is_lower or after.lower_ in _PEOPLES_PLURALS:
        return False
    word = after.lower_
    if not (word.endswith("s") and word[:-1] in lex.place_nouns):
        return False
    body_words = cues().org_suffixes | cues().org_heads
    return all(t.lower_ not in body_words for m in members for t in m)


def _left_out(span: Span, lex: Lexicon) -> list[Span]:
    """A known place of one or two capitalised words in no entity, after the span's end and
    "and" or "or": "Palma" of "Malaga, Faro and Palma" when the model ended at "Faro"."""
    doc = span.doc
    at = span.end
    if at + 1 >= len(doc) or doc[at].lower_ not in ("and", "or"):
        return []
    for size in (2, 1):
        words = doc[at + 1 : at + 1 + size]
        if len(words) == size and all(
            t.is_title and t.is_alpha and t.ent_iob_ == "O" for t in words
        ):
            after = doc[words.end] if words.end < len(doc) else None
            if after is not None and after.is_title:
                continue  # "and Palma Holdings": a longer name
            if place_named(words.text, lex) is not None:
                return [words]
    return []


def split_place_with(span: Span, lex: Lexicon) -> list[Span] | None:
    """A known place and a name after a small "with", which the model read as one name ("fly
    back from Alicante with SkyJet"): no one name holds "with" after a place. None when the
    span is no such pair."""
    doc = span.doc
    texts = words_of(doc).texts
    for at in range(span.start + 1, span.end - 1):  # the inner words, as ``span[1:-1]``
        if texts[at] != "with":
            continue
        place, other = doc[span.start : at], doc[at + 1 : span.end]
        if place_named(place.text, lex) is None or not other[0].text[:1].isupper():
            return None
        place.label_, other.label_ = "GPE", span.label_
        return [place, other]
    return None


#: Small words that join two places the model may read as one name: "Bicester in Oxfordshire",
#: "from Kelby to Central Tarnby", "Kelby Road in Leeds".
_PAIRING_WORDS = frozenset({"in", "to"})


def split_place_pair(span: Span, lex: Lexicon) -> list[Span] | None:
    """A town and its county, or a route's two ends, which the model read as one name
    ("Bicester in Oxfordshire", "from Greenwich to Central London"): both sides places the
    tables know (a part of one, "Central London", too), and the whole none. None when the
    span is no such pair. The first side may be a street's name ("Kelby Road in Leeds")."""
    if span.label_ not in _LABELS or span.ent_id_ or len(span) < 3:
        return None
    doc = span.doc
    texts = words_of(doc).texts
    for at in range(span.start + 1, span.end - 1):  # the inner words, as ``span[1:-1]``
        if texts[at] not in _PAIRING_WORDS:
            continue
        first, second = doc[span.start : at], doc[at + 1 : span.end]
        if not second[0].is_title or place_named(span.text, lex) is not None:
            return None
        if not _known_place(second.text, lex):
            return None
        if _known_place(first.text, lex):
            first.label_, second.label_ = "GPE", "GPE"
            return [first, second]
        if texts[at] == "in" and _named_way(first):
            first.label_, second.label_ = "FAC", "GPE"
            return [first, second]
        return None
    return None


def _named_way(span: Span) -> bool:
    """Whether a span is a street's or a road's name of capitalised words: "Kelby Road"."""
    return names_a_way(span.text) and all(token.is_title for token in span)


def _known_place(name: str, lex: Lexicon) -> bool:
    """Whether the tables know a place, or the place a part's name names ("Central London")."""
    whole = whole_of(name)
    return place_named(name, lex) is not None or (
        whole is not None and place_named(whole, lex) is not None
    )
