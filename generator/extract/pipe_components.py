"""The pipeline's own components, run inside ``nlp.pipe``: one before the tagger that
shows typographer's apostrophes to the model as typewriter ones, and three after the
entity recognizer that mend its spans (names with a quoted nickname, places with "and"
inside, untagged writings of a tagged name). `nlp.load_nlp` adds them in the order of
`FIRST` and `AFTER_NER`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import lexicon
from generator.extract.nlp import adjectives, common_nouns, text_of, verb_lemmas
from generator.extract.quote_mark_roles import CLOSING_MARK
from generator.extract.repeated_names import repeated_names

#: The component that runs before every other.
FIRST = "straight_apostrophes"
#: The components that run after the entity recognizer, in this order.
AFTER_NER = ("quoted_nicknames", "joined_place_names", "repeated_name_tags")

#: The typographer's apostrophe; the model learned English mostly from typewriter ones.
_CURLY_APOSTROPHE = "\u2019"


@Language.component("straight_apostrophes")
def straight_apostrophes(doc: Doc) -> Doc:
    """Words with a typographer's apostrophe ("boy’s", "don’t", "O’Neill") look to
    the model as with a typewriter one: the features it reads (norm, prefix, suffix,
    shape) are the straight form's, so British copy parses as American copy does. Their
    text is untouched. A lone mark is left as it is: it may close a quote."""
    vocab = doc.vocab
    for token in _tokens_at(doc, _CURLY_APOSTROPHE):
        text = token.text
        if not any(c.isalnum() for c in text):
            continue
        straight = vocab[text.replace(_CURLY_APOSTROPHE, "'")]
        curly = vocab[token.orth]
        if curly.shape_ != straight.shape_ or curly.norm_ != straight.norm_:
            curly.norm_, curly.shape_ = straight.norm_, straight.shape_
            curly.prefix_, curly.suffix_ = straight.prefix_, straight.suffix_
        token.norm_ = straight.norm_
    return doc


def _tokens_matching(doc: Doc, pattern: str) -> list[Token]:
    """The tokens that hold a match of ``pattern``, in order, each once: found in the text,
    so that a document without one costs one search, not a walk over its tokens."""
    found: dict[int, Token] = {}
    for match in re.finditer(pattern, text_of(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            found.setdefault(span.start, span[0])
    return list(found.values())


def _tokens_at(doc: Doc, marks: str) -> list[Token]:
    """The tokens that hold any of these characters, in order, each once."""
    return _tokens_matching(doc, f"[{re.escape(marks)}]")


_MAX_NICKNAME_WORDS = 3


def nickname_name_end(doc: Doc, start: int) -> int | None:
    """The end of a name with a quoted nickname between its given name and surname that
    starts at ``start`` ("Tomas ‘Tito’ Arroyo-Vance", "Ricky 'The Hitman' Hatton"),
    or None."""
    given = doc[start]
    if not (given.is_alpha and given.is_title and not given.is_stop) or start + 4 >= len(doc):
        return None
    closing = CLOSING_MARK.get(doc[start + 1].text)
    i = start + 2
    while i < len(doc) and i < start + 2 + _MAX_NICKNAME_WORDS and doc[i].is_title:
        i += 1
    if closing is None or i == start + 2 or i + 1 >= len(doc) or doc[i].text != closing:
        return None
    surname = doc[i + 1]
    if not (surname.is_alpha and surname.is_title):
        return None
    end = i + 2
    while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].is_title:
        end += 2  # "Arroyo-Vance"
    return end


@Language.component("quoted_nicknames")
def quoted_nicknames(doc: Doc) -> Doc:
    """A name with a quoted nickname inside it is one person's name when the model reads any
    of its words as a person's: it cuts such names at the marks ("Tomas" and "Tito’
    Arroyo-Vance"). Runs after the entity recognizer."""
    people = {t.i for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    names: list[Span] = []
    for mark in _tokens_at(doc, "".join(CLOSING_MARK)):
        start = mark.i - 1
        if start < 0 or (names and start < names[-1].end):
            continue  # names do not overlap: "Ann ‘Jo’ Bell ‘Bo’ Carr" is read once
        end = nickname_name_end(doc, start)
        if end is not None and people.intersection(range(start, end)):
            names.append(Span(doc, start, end, label="PERSON"))
    return _with_entities(doc, names)


def _with_entities(doc: Doc, spans: list[Span]) -> Doc:
    """The doc with these labelled spans as entities, in place of any they overlap."""
    if not spans:
        return doc
    taken = {i for span in spans for i in range(span.start, span.end)}
    kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
    doc.set_ents(sorted([*kept, *spans], key=lambda span: span.start))
    return doc


#: Most words on either side of "and" in one place's name: "Saint Kitts and Nevis",
#: "Saint Vincent and the Grenadines", "Turks and Caicos Islands".
_MAX_PLACE_HALF_WORDS = 3
#: Kinds of the lexicon's places whose names may hold "and": a town's name never does.
_JOINED_KINDS = frozenset({"country", "region"})


def _joined_place_end(doc: Doc, conjunction: int) -> tuple[int, int] | None:
    """The span of one country's, first-level subdivision's or listed region's name that
    has this "and" inside it ("Newfoundland and Labrador", "Antigua and Barbuda", "Tyne
    and Wear"), or None."""
    lex, places = lexicon(), gazetteer()
    after = conjunction + 1
    if after < len(doc) and doc[after].lower_ == "the":
        after += 1  # "Saint Vincent and the Grenadines"
    for start in range(max(conjunction - _MAX_PLACE_HALF_WORDS, 0), conjunction):
        if not all(t.is_title for t in doc[start:conjunction]):
            continue
        for end in range(min(after + _MAX_PLACE_HALF_WORDS, len(doc)), after, -1):
            if not all(t.is_title for t in doc[after:end]):
                continue
            name = doc[start:end].text
            country = lex.place(name)
            if (country is not None and country.kind in _JOINED_KINDS) or places.subdivision(name):
                return start, end
    return None


@Language.component("joined_place_names")
def joined_place_names(doc: Doc) -> Doc:
    """A country's or region's name with "and" inside it is one place, which the model
    often reads as two ("Newfoundland" and "Labrador") or as a person ("Barbuda"). Runs
    after the entity recognizer."""
    places: list[Span] = []
    for conjunction in _tokens_matching(doc, r"\band\b|&"):
        if places and conjunction.i < places[-1].end:
            continue
        found = _joined_place_end(doc, conjunction.i)
        if found is not None:
            places.append(Span(doc, *found, label="GPE"))
    return _with_entities(doc, places)


def _english_word(lower: str) -> bool:
    return lower in common_nouns() or lower in adjectives() or lower in verb_lemmas()


@Language.component("repeated_name_tags")
def repeated_name_tags(doc: Doc) -> Doc:
    """Every untagged writing of a name the model tagged elsewhere gets its label (see
    `repeated_names`). Runs after the steps that mend the model's spans."""
    return _with_entities(doc, repeated_names(doc, _english_word))
