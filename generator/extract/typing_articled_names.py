"""Whether a name is written as a thing's is, after its own article: "the Victoria Vell".

A person's name takes no article of its own: "Justin Vell said", not "the Justin Vell
said". A name that heads its phrase after "the" or "this" names a ship, a medal, a hall
or a car ("the Victoria Vell was launched", "the driver of the Lexor"), so evidence that
only fits a person loosely (a given name's shape, an age set off after it, which is the
driver's) does not make it one. An article before a name that only qualifies a noun after
it, or owns one, is that noun's: "the Justin Vell case", "the Vell's car" (a family's).
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.definite_nouns import definite

#: Dependencies of a name that only qualifies a noun after it or owns one.
_QUALIFYING = frozenset({"compound", "poss", "nmod", "amod"})


def articled_name(span: Span) -> bool:
    """Whether the name heads its phrase after its own "the" or "this" (see the module's
    doc): "the Victoria Vell awarded to him"; not "the Justin Vell case", "the Vells"."""
    root = span.root
    return root.dep_ not in _QUALIFYING and root.tag_ != "NNPS" and definite(root)
