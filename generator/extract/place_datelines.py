"""Datelines: the place a wire story opens with ("BEIJING 1996-08-30", "RIYADH, March 3 -",
"KELBY, Ont. (CP) -") and the region it may write after its town.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract.doc_words import lower_at as _lower
from generator.extract.doc_words import token_at as _token
from generator.extract.doc_words import tokens_of
from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Place, lexicon
from generator.extract.mentions import place_named
from generator.extract.nlp import common_nouns

#: A dateline's date or wire tag: "1996-08-30", "(Reuters)", "-", or the comma before them.
_DATELINE_AFTER = re.compile(r"^(?:\d{4}-\d\d-\d\d|\(|-|\u2013|\u2014|,)")
#: A month as a dateline writes it: "Jan.", "March", "SEPT", a whole word and capitalised.
_MONTH = re.compile(
    r"^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$",
    re.I,
)


def _date_or_tag(doc: Doc, i: int) -> bool:
    """Whether a dateline's date or wire tag starts at ``i``: "1996-08-30", "(AP)", "-", a
    number, or a capitalised month and its day ("March 3"). "TROOPS may be sent", "POLICE
    decided", "THERESA May said" open no dateline."""
    word = _token(doc, i)
    if word is None:
        return False
    if word.like_num or _DATELINE_AFTER.match(word.text):
        return True
    day = _token(doc, i + 1)
    return (
        word.text[:1].isupper()
        and bool(_MONTH.match(word.text))
        and day is not None
        and day.like_num
    )


def _capital_word(token: Token) -> bool:
    # "ST. LOUIS", "URUS-MARTAN": words in capitals, with the full stops and
    # hyphens inside them.
    text = token.text.rstrip(".")
    if text.isalpha() and text.isupper():
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is None or token.text not in (".", "-") or not previous.text.isupper():
        return False
    return token.text == "." or not previous.whitespace_


def dateline_starts(doc: Doc) -> dict[int, int]:
    """Datelines in the text: first token -> end of their place name.

    "BEIJING 1996-08-30", "RIYADH, March 3 -", also after a byline name
    ("Jim Smith WASHINGTON 1996-08-31"): words in capitals at the start of a
    paragraph, followed by a date, a wire tag or a dash. Found once per doc (entities and
    their dateline regions both ask), kept in ``Doc.user_data``.
    """
    known = doc.user_data.get(_DATELINES_KEY)
    if isinstance(known, dict):
        return dict(known)
    out: dict[int, int] = {}
    starts = [0] + [t.i + 1 for t in tokens_of(doc) if t.is_space and "\n" in t.text]
    for start in starts:
        i = start
        # A byline name of up to three title-case words may come first.
        while i < start + 3 and i < len(doc) and doc[i].is_title and doc[i].is_alpha:
            i += 1
        first = i
        while i < len(doc) and i < first + 4 and _capital_word(doc[i]):
            i += 1
        if i == first or i >= len(doc) or len(doc[first:i].text) < 3:
            continue
        if not _date_or_tag(doc, i) or _section_slug(doc, first, i):
            continue
        if doc[i].text == "," and place_named(doc[first:i].text, lexicon()) is None:
            after = doc[i + 1] if i + 1 < len(doc) else None
            region = region_written(after.text) if after is not None else None
            if after is None or not (_date_or_tag(doc, i + 1) or region is not None):
                continue  # "AIDS, the disease", not "TARNBY, Norway" nor "RIYADH, March 3"
        out[first] = i
    doc.user_data[_DATELINES_KEY] = dict(out)
    return out


#: The dashes a wire writes after a dateline or a section's slug.
_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _section_slug(doc: Doc, first: int, end: int) -> bool:
    """Whether the words in capitals before a bare dash are a section's slug, not a town:
    English common nouns no table knows as a place ("TENNIS -", "MOTOR RACING -"), which a
    wire writes before a results list or a headline as it writes a town before its story."""
    if doc[end].text not in _DASHES or place_named(doc[first:end].text, lexicon()) is not None:
        return False
    nouns = common_nouns()
    return all(t.lower_ in nouns for t in doc[first:end] if t.is_alpha)


#: Where `dateline_starts` keeps its answer in ``Doc.user_data``.
_DATELINES_KEY = "briefings_datelines"


def region_written(form: str) -> Place | None:
    """The country or region a dateline may write after its town: a country or region the
    tables know, an agency's state abbreviation with or without its full stop ("Calif" as
    "Calif."), or a first-level subdivision of a country ("England", "Texas", "Bavaria")."""
    lex = lexicon()
    found = lex.place(form)
    if found is None and not form.endswith("."):
        found = lex.state_abbreviations.get(form + ".")
    if found is None:
        found = gazetteer().subdivision(form)
    return found if found is not None and found.kind in ("region", "country") else None


def dateline_heads(doc: Doc) -> list[str]:
    """Each dateline of the text up to its date or tag, its region with it: "IRVINE,
    Calif" of "IRVINE, Calif 1996-08-30", "KELBY, Ont." of "KELBY, Ont. (CP) -"."""
    out = []
    for first, end in dateline_starts(doc).items():
        stop = end
        if _lower(doc, end) == ",":
            stop = end + 1
            while stop < min(end + 4, len(doc)) and not _date_or_tag(doc, stop):
                stop += 1
        out.append(doc[first:stop].text)
    return out
