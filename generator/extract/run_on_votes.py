"""Evidence that a name is part of a longer title: "Friends For Tarn Valley", "Glow! lamps".

A person's name never goes on in a capitalised preposition ("Norport Rally Against
Closure", "Friends For Tarn Valley"): where the document writes a name's words so,
the model cut a body's or a campaign's name short, and every mention of those words
is that body's. A name that ends in an exclamation mark and goes on in a lower-case
noun ("more Kestrel Glow! lamps") is a brand's: products, shows and firms are so
written, people are not. These votes read the whole document's words at once.
General word lists only.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span

from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, PERSON, WORK, Mention, writings
from generator.extract.nlp import text_of
from generator.extract.paragraphs import paragraph_end, paragraph_start

#: Prepositions and conjunctions that a title writes with a capital between its words:
#: "Rally Against Closure", "Friends For Tarn Valley", "Voices Beyond Kelby".
_JOINERS = frozenset(
    {"against", "for", "of", "to", "with", "without", "over", "under", "from", "into"}
    | {"beyond", "across", "versus"}
)
#: Lower-case words a sentence needs before its capitals are read as a title's, not a
#: heading's written in title case ("Ann Vell On Her New Role").
_LOWER_WORDS = 3
#: Marks a brand's name may end in before the sentence goes on: "Glow! lamps".
_BRAND_MARKS = frozenset({"!"})


def _prose(span: Span) -> bool:
    """Whether the line of a span is prose, with lower-case words, not a heading."""
    text = text_of(span.doc)
    line = text[paragraph_start(text, span.start_char) : paragraph_end(text, span.end_char)]
    lower = sum(1 for word in line.split() if word.isalpha() and word.islower())
    return lower >= _LOWER_WORDS


def _runs_on(doc: Doc, end: int) -> bool:
    """Whether a capitalised preposition and a capitalised word follow ``end``: the
    name written before them is the first words of a title."""
    if end + 1 >= len(doc):
        return False
    joiner, word = doc[end], doc[end + 1]
    return (
        joiner.is_title
        and joiner.lower_ in _JOINERS
        and not joiner.is_sent_start
        and word.text[:1].isupper()
        and word.is_alpha
    )


def _brand_kind(doc: Doc, end: int) -> str | None:
    """The kind a lower-case noun after a name and its exclamation mark says: a body
    for "Tarvik! shares", a thing for "Kestrel Glow! lamps"; None without both."""
    if end + 1 >= len(doc) or doc[end].text not in _BRAND_MARKS:
        return None
    noun = doc[end + 1]
    if not noun.is_lower or noun.tag_ not in ("NN", "NNS"):
        return None
    cue = cues()
    return ORG if noun.lower_ in cue.org_after or noun.lower_ in cue.org_heads else WORK


def run_on_votes(mentions: list[Mention]) -> None:
    """Each name votes once for every writing of its words that runs on into a title."""
    if not mentions:
        return
    doc = mentions[0].span.doc
    by_words: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for mention in mentions:
        if not mention.fixed and mention.span.label_ in ("PERSON", "ORG"):
            by_words[tuple(t.text for t in mention.span)].append(mention)
    for words, named in by_words.items():
        if not words[0][:1].isupper():
            continue  # only a capitalised name runs on into a title
        for writing in writings(doc, words):
            if _runs_on(doc, writing.end) and _prose(writing):
                named[0].vote(ORG, 3.0)  # "Norport Rally Against Closure"
            brand = _brand_kind(doc, writing.end)
            if brand is not None:
                named[0].votes.pop(PERSON, None)
                named[0].vote(brand, 3.0)  # "Kestrel Glow! lamps"
