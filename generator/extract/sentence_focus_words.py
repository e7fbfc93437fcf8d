"""An adverb that a cut leaves without the phrase it points at.

"She handed it straight to police." says where, and how directly; cutting the closing
phrase leaves "She handed it straight.", which points at nothing. Adverbs of degree and
focus lean on the phrase after them ("right after the vote", "mainly to charities",
"just before noon", "all over the country"); the parser hangs them on the verb or on the
phrase, so a cut of the phrase alone strands them either way. Adverbs of manner ("rose
sharply", "did well") and of direction ("flew back") close a clause of their own and may
end one.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

#: Adverbs that point at the phrase after them and cannot end a sentence without it.
_FOCUS_WORDS = (
    "straight right directly just only even all halfway mainly mostly largely partly "
    "chiefly primarily particularly especially exclusively solely entirely almost nearly"
)
_FOCUS_ADVERBS = frozenset(_FOCUS_WORDS.split())


def strands_a_focus_word(last: Token, drop: Container[int]) -> bool:
    """Whether the last word a cut keeps is an adverb of degree or focus whose phrase the
    cut dropped right after it: "handed it straight | to police"."""
    following = last.i + 1
    if following >= len(last.doc) or following not in drop or last.doc[following].is_punct:
        return False  # a comma closes the clause: ", police said" leans on nothing
    return last.dep_ == "advmod" and last.lower_ in _FOCUS_ADVERBS
