"""A name a person goes by, written right after their name, is the same person.

"Pavel Drozdin, also known as Sokol,", "Oskar Brenn, aka the Marsh Killer,", "Tara Bell -
real name Tamara Belinsky -", "Daria Velk - who is known as Velka -": when the model reads
both names as people, the second is another name of the first, not a second person. The
name first written keeps the key; every mention under the other name's key takes it. Only
when the cue stands between the two names (punctuation and "who is" aside): "best known
as" names a part or work, "formerly known as" an old name of a body, and "a man called X"
has no person before the cue. General words only.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.mentions import PERSON, Mention

#: Words before "known as" that make what follows no other name of the person: the part or
#: work one is famous for ("best known as"), or an old name ("formerly known as").
_NOT_ANOTHER_NAME = frozenset({"best", "formerly", "previously", "once", "originally"})
#: Single-token cues of another name: "aka", "a.k.a.".
_AKA = frozenset({"aka", "a.k.a.", "a.k.a"})
#: Tokens skipped between a name and the cue: commas, dashes, an opening bracket, the "who
#: is" of a relative clause and the adverb of "also known as", "better known as".
_BETWEEN = frozenset(
    {",", "-", "–", "—", "(", "who", "is", "was", "also", "better", "otherwise", "commonly"}
)
#: Tokens skipped between the cue and the other name: an article and opening quote marks.
_BEFORE_NAME = frozenset({"the", "'", '"', "‘", "“"})


def _cue_start(doc: Doc, start: int) -> int | None:
    """Index of the first token of a cue of another name ending just before ``start``
    (quote marks and "the" aside), or None: "also known as", "aka", "also called",
    "real name"."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in _BEFORE_NAME:
        i -= 1
    if i < 0:
        return None
    word = doc[i].lower_
    if word in _AKA:
        return i
    if i < 1:
        return None
    pair = (doc[i - 1].lower_, word)
    if pair == ("known", "as"):
        before = doc[i - 2].lower_ if i >= 2 else ""
        return None if before in _NOT_ANOTHER_NAME else i - 1
    if pair in (("also", "called"), ("real", "name"), ("birth", "name")):
        return i - 1
    return None


def other_names_joined(mentions: list[Mention]) -> None:
    """Each person mention written as another name of the person named just before it
    ("Pavel Drozdin, also known as Sokol") takes that person's key, as do all mentions
    under its own key (in place)."""
    people = [m for m in mentions if m.kind == PERSON]
    if not people:
        return
    doc = people[0].span.doc
    ending_at = {m.span.end: m for m in people}
    renamed: dict[str, str] = {}
    for mention in people:
        cue = _cue_start(doc, mention.span.start)
        if cue is None:
            continue
        end = cue
        while end > 0 and doc[end - 1].lower_ in _BETWEEN:
            end -= 1
        named = ending_at.get(end)
        if named is None or named.span.sent.start != mention.span.sent.start:
            continue
        kept = renamed.get(named.key, named.key)
        if kept != mention.key and mention.key not in renamed:
            renamed[mention.key] = kept
    if renamed:
        for mention in people:
            mention.key = renamed.get(mention.key, mention.key)
