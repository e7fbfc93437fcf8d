"""A name before the noun of a land or water form is a place, however the parse reads it.

"the Tarvik plain", "the Kelby and Marrow fields", "Iran's Dorran, Qesh and Vell offshore
oilfields": the noun ends the phrase after the name, or after the list the name is in and
the adjectives after it. The parse often misses it ("plain" read as an adverb, a list's
noun taken for one more name's), so the words are read as written. Only nouns of land and
water count: "the Tarn and Kelby states" may be members of a body, "the Ames house" a home.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import token_at

#: Nouns of land and water forms, and of the fields under them, after a place's name; and
#: a palace's.
LAND_FORMS = frozenset(
    {"plain", "plains", "plateau", "peninsula", "valley", "desert", "oasis", "delta", "estuary"}
    | {"field", "oilfield", "gasfield", "mountains", "hills", "ridge", "peak", "heights"}
    | {"island", "islands", "lake", "river", "coast", "strait", "straits", "reef", "glacier"}
    | {"archipelago", "volcano", "canal", "marshes", "marshland", "gorge", "basin"}
    | {"palace"}  # a building no body meets in: "the Casa Verde presidential palace"
)
#: Most words a list of names may run on for after the name: "Qesh and Vell" of a list.
_LIST_WORDS = 8
#: Tags of words between a list's last name and its noun that describe the noun: "offshore"
#: (often read as an adverb).
_DESCRIBING_TAGS = frozenset({"JJ", "VBN", "RB"})


def _land_form(word: str) -> bool:
    return word in LAND_FORMS or (word.endswith("s") and word[:-1] in LAND_FORMS)


def land_form_after(span: Span) -> bool:
    """Whether the noun of a land or water form ends the phrase after a name, or after the
    list it opens or is in, and its describing words: "the Tarvik plain toward the coast"."""
    doc, at = span.doc, span.end
    limit = min(len(doc), span.end + _LIST_WORDS)
    while at < limit and (doc[at].text in (",", "and") or doc[at].is_title):
        at += 1  # ", Qesh and Vell"
    if at > span.end and not doc[at - 1].is_title:
        return False  # the list must end in a name: "Kelby, and fields" is no list
    while (
        at < len(doc)
        and doc[at].is_lower
        and doc[at].tag_ in _DESCRIBING_TAGS
        and not _land_form(doc[at].lower_)
    ):
        at += 1  # "offshore"
    noun = token_at(doc, at)
    if noun is None or not noun.is_lower or not _land_form(noun.lower_):
        return False
    after = token_at(doc, at + 1)
    return after is None or (not (after.is_lower and after.pos_ == "NOUN") and after.text != "-")
