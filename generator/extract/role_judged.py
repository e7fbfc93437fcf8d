"""Words of judgement cut from a role: what an editor deletes from "glamorous wife".

A role states who someone is: nationality, age, office, "former", field. An adjective
that praises, blames or describes looks or manner ("brilliant designer", "Lee's
powerful adviser") is the writer's colour, not a fact of the role; the phrase is kept
without it and what hangs from it ("most", "world-" of "world-famous").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from generator.extract.lexicon import load_data


@cache
def _judging() -> frozenset[str]:
    return frozenset(load_data("judging_adjectives.yaml"))


def judging(token: Token) -> bool:
    """Whether ``token`` is an adjective of judgement before the noun it describes."""
    return (
        token.pos_ == "ADJ"
        and token.dep_ in ("amod", "advmod")
        and token.i < token.head.i
        and token.lower_ in _judging()
    )


def unjudged(tokens: list[Token], head: Token) -> list[Token]:
    """``tokens`` without the adjectives of judgement inside the phrase and the words that
    hang from them, nor a comma that parted one from the next adjective ("a glamorous,
    young wife")."""
    inside = {t.i for t in tokens}
    cut: set[int] = set()
    for token in tokens:
        if token != head and token.head.i in inside and judging(token):
            cut.update(t.i for t in token.subtree)
    if not cut:
        return tokens
    doc = head.doc
    for index in sorted(cut):
        after = index + 1
        if after in inside and after not in cut and doc[after].text == ",":
            cut.add(after)
    # "a tall, bearded man": the last adjective of a run set off by commas is cut; the
    # run before it would be parted from its noun by a comma ("tall, man"), and a run of
    # looks or manner is colour as a whole: it goes too.
    for end in sorted(cut, reverse=True):
        if end + 1 in cut or (end + 1 in inside and doc[end + 1].text == ","):
            continue
        start = end
        while start - 1 in cut:
            start -= 1
        _cut_run_before(doc[end].head, start, inside, cut)
    kept = [t for t in tokens if t.i not in cut]
    return kept if head in kept else tokens


def _cut_run_before(noun: Token, start: int, inside: set[int], cut: set[int]) -> None:
    """Add to ``cut`` the adjectives of ``noun`` set off by commas right before ``start``
    ("tall," of "tall, bearded man"), with their commas."""
    doc = noun.doc
    while start - 2 in inside and doc[start - 1].text == "," and start - 1 not in cut:
        left = doc[start - 2]
        if left.dep_ != "amod" or left.head != noun:
            return
        cut.add(start - 1)
        cut.update(t.i for t in left.subtree)
        start = left.left_edge.i
