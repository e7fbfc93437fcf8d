"""Evidence from the places a name is written where the model did not tag it.

The model may tag "Nomad Trek" as a person in "Nomad Trek will cost 200 pounds" and
tag nothing in "the Nomad Trek handset goes on sale"; the untagged place still says
what the name is. Every untagged writing of a person-labelled name, with an article or
a possessive before it and a noun of works or of bodies right after it ("the Nomad
Trek handset", "a Velvet Harrow album", "the Blue Heron group"), votes as that noun
would beside a tagged mention. General word lists only.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Token

from generator.extract.doc_words import words_of
from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, WORK, Mention

#: Words before a name that make it the modifier of the noun after it: "the Nomad Trek
#: handset", "its Velvet Harrow album", "a new Blue Heron group".
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "new", "latest", "this", "that"}
)
#: Nouns of bodies that, after a name and its article, make the name a body's: "the Free
#: Vale group"; not "team", "party" or "club", which a person may lead or throw.
_BODY_NOUNS = frozenset(
    {"group", "band", "company", "firm", "brand", "chain", "label", "website", "charity"}
    | {"movement", "organisation", "organization", "network"}
)


def _tokens(mention: Mention) -> tuple[str, ...]:
    return tuple(t.text for t in mention.span)


def _kind_after(doc: Doc, start: int, end: int) -> str | None:
    """The kind the noun after an untagged writing at ``start:end`` says, or None."""
    if start == 0 or end >= len(doc) or doc[start - 1].lower_ not in _DETERMINERS:
        return None
    noun: Token = doc[end]
    if end + 1 < len(doc) and noun.dep_ in ("compound", "amod") and noun.head.i == end + 1:
        noun = doc[end + 1]  # "the Nomad Trek gaming handset"
    if not noun.is_lower or noun.pos_ != "NOUN":
        return None
    if noun.lower_ in cues().work_nouns:
        return WORK
    if noun.lower_ in _BODY_NOUNS:
        return ORG
    return None


def unlabelled_votes(mentions: list[Mention]) -> None:
    """Each person-labelled name votes by the nouns after its untagged writings."""
    if not mentions:
        return
    doc = mentions[0].span.doc
    by_words: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for mention in mentions:
        if not mention.fixed and mention.span.label_ == "PERSON" and mention.span[0].is_title:
            by_words[_tokens(mention)].append(mention)
    if not by_words:
        return  # no person's name to look for: the text's words are not read
    tagged = {i for m in mentions for i in range(m.span.start, m.span.end)}
    texts = words_of(doc).texts  # read as strings: no Token made per word
    starts: dict[str, list[int]] = defaultdict(list)
    for at, text in enumerate(texts):
        if at not in tagged and text[:1].isupper():
            starts[text].append(at)
    for words, named in by_words.items():
        size = len(words)
        for start in starts.get(words[0], []):
            if texts[start : start + size] != words:
                continue
            if any(i in tagged for i in range(start, start + size)):
                continue
            kind = _kind_after(doc, start, start + size)
            if kind is not None:
                named[0].vote(kind, 3.0 if kind == WORK else 2.0)
