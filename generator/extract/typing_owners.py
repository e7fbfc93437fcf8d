"""A body's name the model ran on from its owner's: "Ardmore's Tarn Media Group" is Ardmore's
(a person's or a firm's) and Tarn Media Group, two names. A possessive ends a name: no one's
or any body's name has "'s" inside it before more capitalised words and a body's last word
("Ardmore's Tarn Media Group"), whereas "McDonald's" or "Lloyd's" end with it. A body's word
alone after the possessive is no name: "Tarnbrook's Hospital", "Dunmarrow Women's
Hospital" are one name each, as "St Mary's Hospital" is; so is a body named for whom it
serves, whose words after the possessive open on a plural common noun ("Tarvo's Investors
Service", "Tarvo's Ratings Services"): no firm's own name opens so."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import POSSESSIVE_ENDINGS
from generator.extract.lexicon import cues
from generator.extract.nlp import common_nouns

#: Words an owner's name may have: "Ardmore's", "Jo Ardmore's", not a long title.
_OWNER_WORDS = 3
#: Words that say what a body does, beside its last word, and name none: "Medical Center".
_KINDS = frozenset({"medical", "general", "memorial", "teaching", "community", "health", "care"})


def split_possessed_body(span: Span) -> list[Span] | None:
    """The owner's name and the body's, of a body's name the model read with its owner's in
    front ("Ardmore's Tarn Media Group"); the owner is a person's name when the model reads
    its last word as a person's anywhere in the document. None when the span is no such."""
    if span.label_ != "ORG":
        return None
    cut = next((t.i for t in span[1:-1] if t.text in POSSESSIVE_ENDINGS), None)
    if cut is None or cut - span.start > _OWNER_WORDS:
        return None
    owner, body = span.doc[span.start : cut], span.doc[cut + 1 : span.end]
    if not all(t.is_title and t.is_alpha for t in [*owner, *body]):
        return None
    suffixes = cues().org_suffixes
    if body[-1].lower_ not in suffixes or all(t.lower_ in suffixes | _KINDS for t in body):
        return None  # "Tarnbrook's Hospital": bare words of a body's kind are no name
    if _plural_common_noun(body[0].lower_):
        return None  # "Tarvo's Investors Service": one body
    person = any(ent.label_ == "PERSON" and ent[-1].text == owner[-1].text for ent in span.doc.ents)
    owner.label_ = "PERSON" if person else "ORG"
    body.label_ = "ORG"
    return [owner, body]


def _plural_common_noun(word: str) -> bool:
    """Whether a word is the plural of a common noun and no noun itself: "investors"."""
    nouns = common_nouns()
    return word.endswith("s") and word not in nouns and word[:-1] in nouns
