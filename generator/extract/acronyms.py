"""Acronyms the text defines, read as the organization they stand for.

"Guild of Harbour Pilots (GHP)" or an all-capitals word that spells the
initials of a long organization's name: every use of it is that organization.
Forms of one name that differ only in case ("NASA", "Nasa") are one entity.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from generator.extract.body_translations import translated_names
from generator.extract.doc_words import capital_words, words_of
from generator.extract.lexicon import initials, lexicon
from generator.extract.mentions import ORG, PERSON, PLACE, Mention
from generator.extract.place_sites import site_named


def acronym_aliases(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Guild of Harbour Pilots (GHP)": every "GHP" of the text is that organization.

    The acronym the text defines wins over the model's reading of it ("GHP"
    as a place) and is found where the model missed it. A name given again in English in
    brackets ("Tarvoshi Dalam (Free Voice)") is read first (`translated_names`).
    """
    mentions = translated_names(doc, mentions, lexicon())
    acronyms: dict[str, str] = {}
    for mention in mentions:
        span = mention.span
        if mention.kind == ORG and span.end + 2 < len(doc) and doc[span.end].text == "(":
            inner = doc[span.end + 1]
            defined = inner.text.isupper() or _mixed_initials(inner.text, span)
            if defined and 2 <= len(inner.text) <= 8 and doc[span.end + 2].text == ")":
                acronyms.setdefault(inner.text, mention.key)
    for acronym, key in _initials(doc, mentions).items():
        acronyms.setdefault(acronym, key)
    place_abbreviations(mentions)
    if not acronyms:
        return mentions
    for mention in mentions:
        if mention.text in acronyms and not mention.fixed:
            mention.kind, mention.key, mention.place = ORG, acronyms[mention.text], None
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    # Where each acronym is written, in text order, read from the doc's words: not every word.
    positions = words_of(doc).positions
    written = sorted((i, text) for text in acronyms for i in positions.get(text, ()))
    found = [
        Mention(doc[i : i + 1], ORG, text, acronyms[text]) for i, text in written if i not in taken
    ]
    return sorted([*mentions, *found], key=lambda m: m.span.start)


def _mixed_initials(text: str, name: Span) -> bool:
    """Whether a word in brackets spells every word's first letter of the name before it,
    its linking words in lower case: "Bank of Tarnland (BoT)", "Ministry of Health (MoH)".
    Only such an exact spelling: a word of capitals and small letters is otherwise a name."""
    words = [t.text for t in name if t.lower_ != "the"]
    return (
        len(words) >= 3
        and text.isalpha()
        and sum(c.isupper() for c in text) >= 2
        and text == "".join(w[0] for w in words)
    )


#: Most letters of a place's abbreviation: "HK", "NSW".
_PLACE_LETTERS = 3


def place_abbreviations(mentions: list[Mention]) -> None:
    """ "HK" where the story names Hong Kong: a place written in two or three capitals that
    spell the initials of a place of the story of as many words is that place, one entity
    with it, not a second place of no country. So too such capitals the model read as a
    body's when the place is a site ("KIA" for Kelby International Airport): an airport's
    code, not its operator."""
    wholes: dict[str, Mention] = {}
    for mention in mentions:
        if mention.kind == PLACE and len(mention.span) > 1 and mention.place is not None:
            letters = initials(t.text for t in mention.span if t.is_alpha)
            if letters.isupper():
                wholes.setdefault(letters, mention)
    for mention in mentions:
        text = mention.text
        whole = wholes.get(text)
        if (
            whole is None
            or not (mention.kind == PLACE or (mention.kind == ORG and site_named(whole.span)))
            or mention.fixed
            or not text.isalpha()
            or len(text) > _PLACE_LETTERS
        ):
            continue
        mention.kind, mention.key, mention.place = PLACE, whole.key, whole.place


def _initials(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """ "PHSC" where the text also names the "Pellham Harbour Safety Council": an all-capitals
    word spelling the initials of an organization of three words or more is that
    organization, also when the text writes the acronym first ("The PHSC (Pellham ...)")."""
    long_names = [m for m in mentions if m.kind == ORG and len(m.span) >= 3]
    if not long_names:
        return {}
    capitals = capital_words(doc)
    out: dict[str, str] = {}
    for mention in long_names:
        letters = initials(t.text for t in mention.span)
        if len(letters) >= 3 and letters.isupper() and letters in capitals:
            out.setdefault(letters, mention.key)
    return out


def one_case_per_name(mentions: list[Mention]) -> list[Mention]:
    """ "NASA" and "Nasa", "Jo AMES" and "Jo Ames": the names of bodies and people that differ
    only in case are one entity, under the form the story writes most (the first on a tie).
    Dots still tell forms apart: "U.S." and "US" are left as they are."""
    keys: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        if mention.kind in (ORG, PERSON):
            keys[(mention.kind, mention.key.lower())][mention.key] += 1
    for mention in mentions:
        counted = keys.get((mention.kind, mention.key.lower()))
        if counted is not None and len(counted) > 1:
            mention.key = counted.most_common(1)[0][0]  # insertion order breaks a tie
    return mentions
