"""A fragment of a few quoted words that a clause of saying holds though it names nobody.

"One steward told him his banner was ‘not allowed’", "Officials said the bridge was
‘perfectly safe’": the clause says the words were said, and news quotes them as a
fragment of what was said; who said them is not named, so the quote has no speaker. A
verb that names rather than says ("residents call the road ‘the mile’", "dubbed it the
‘glass box’") holds a name, not speech, and so does a fragment that is a noun phrase
("experts warn of a ‘funding gap’", "the ‘cram schools’"): a term set off in marks as
often as words someone said. Both are left out. `quotes` asks this last, after
the fragments a named speaker frames or a speaker's own quote echoes.
"""

from __future__ import annotations

from generator.extract.quote_lemmas import lemma
from generator.extract.quote_marks import Quote
from generator.extract.speakers import Attribution
from generator.extract.speech import in_any

__all__ = ["held_fragments"]

#: Verbs that give a thing a name: what they hold is the name, not speech.
NAMING_VERBS = frozenset(["call", "dub", "name", "nickname", "label", "brand", "term", "title"])


def held_fragments(search: Attribution, fragments: list[Quote]) -> list[Quote]:
    """The fragments whose own clause a verb of saying heads, other than a verb that
    names (`NAMING_VERBS`), and that are no noun phrase; their speaker stays None."""
    held = []
    for fragment in fragments:
        verbs = [
            verb
            for verb in search.reporting_verbs(fragment)
            if any(in_any(t, fragment) for t in verb.subtree)
        ]
        if verbs and lemma(verbs[0]) not in NAMING_VERBS and not _nominal(search, fragment):
            held.append(fragment)
    return held


def _nominal(search: Attribution, fragment: Quote) -> bool:
    """Whether the fragment's words are a noun phrase: the word that heads them (its head
    outside them) is a noun or a name."""
    start, end = fragment.parts[0]
    span = search.sentences.doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return True
    heads = [t for t in span if not start <= t.head.idx < end or t.head.i == t.i]
    return not heads or heads[0].pos_ in ("NOUN", "PROPN")
