"""A place no table lists that the text calls a town: "the village of Kelby", "Kelby, a
small town in Kent".

The gazetteer's towns are cities of 15,000 people and more, so a village or a small town
it lacks would be published as a place of no kind ("other"), though the text says what
it is. A noun of a settlement right before the name ("the town of Kelby", "the village
Kelby") or as the head of an apposition after it ("Kelby, a market town") makes it a
city, the kind of every town the gazetteer knows.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import lower_at, token_at, words_of

#: Nouns of a settlement, which the pipeline publishes as cities.
TOWN_NOUNS = frozenset({"town", "towns", "village", "villages", "city", "hamlet", "hamlets"})
#: Most words between the article and the noun of an apposition: "a small market town".
_APPOSITION_WORDS = 3


def same_names(span: Span) -> list[Span]:
    """Every place in the document where the words of ``span`` are written, ``span`` first:
    what the text says of a name anywhere, it says of the name's first mention too."""
    doc = span.doc
    found = [span]
    for at in words_of(doc).starts_of([token.text for token in span]):
        if at != span.start:
            found.append(doc[at : at + len(span)])
    return found


def called_a_town(span: Span) -> bool:
    """Whether the text names a settlement's noun before a name ("the town of Kelby", "the
    village Kelby") or makes one the head of an apposition after it ("Kelby, a small town
    in Kent"), at any of its mentions."""
    return any(_called_a_town_here(mention) for mention in same_names(span))


def _called_a_town_here(span: Span) -> bool:
    """`called_a_town` at one mention."""
    doc = span.doc
    before = span.start - 1
    if lower_at(doc, before) == "of":
        before -= 1
    if lower_at(doc, before) in TOWN_NOUNS:
        return True
    if lower_at(doc, span.end) != "," or lower_at(doc, span.end + 1) not in ("a", "an"):
        return False
    for at in range(span.end + 2, span.end + 2 + _APPOSITION_WORDS):
        word = token_at(doc, at)
        if word is None or not word.is_lower:
            return False
        if word.lower_ in TOWN_NOUNS:
            return True
    return False
