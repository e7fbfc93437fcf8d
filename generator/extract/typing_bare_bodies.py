"""A body's last word standing alone is a short way of writing the body the text named.

"the National Trust ... the Trust said", "the Gambling Commission ... the Commission": a
name of one word that is only a body's word of kind (evidence.yaml's `org_suffixes`:
"Trust", "Commission", "Times", "Army") names no body of its own. When the document names
exactly one body whose name ends in that word, the word is that body's short form; when it
names several ("East Vale Hospital", "Tarn Hospital"), no reader can tell which, and the
word is dropped. With none, the word stands ("Parliament", "the Treasury").
"""

from __future__ import annotations

from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, Mention


def _bare(mention: Mention) -> bool:
    """A body's one-word name that is a word of a body's kind: "Trust", "Commission"."""
    text = mention.text
    return (
        mention.kind == ORG
        and not mention.fixed
        and " " not in text
        and text.istitle()
        and text.lower() in cues().org_suffixes
    )


def bare_bodies_keyed(mentions: list[Mention]) -> list[Mention]:
    """The mentions with each bare body's word keyed to the one body whose name it ends, or
    dropped when it ends several (see the module)."""
    bare = {id(m) for m in mentions if _bare(m)}
    if not bare:
        return mentions
    fulls: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.key.split()
        if mention.kind == ORG and len(words) > 1:
            fulls.setdefault(words[-1].lower(), set()).add(mention.key)
    out = []
    for mention in mentions:
        ends = fulls.get(mention.text.lower(), set()) if id(mention) in bare else set()
        if len(ends) == 1:
            mention.key = next(iter(ends))
        if len(ends) <= 1:
            out.append(mention)
    return out
