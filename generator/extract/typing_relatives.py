"""How much a "which" after a name says that the name is no person's.

People are "who", never "which"; but the parser hangs a "which" on the nearest noun, so
after "a portrait of Ida Renn, which hung ..." or "he passed to Tom Ames, which was a
mistake" the clause is about the portrait or the whole act. A clause set off between a
subject and its verb is about that subject and nothing else: "Harvey Vale, which has
stores in four cities, is in talks" is a body's name.
"""

from __future__ import annotations

from spacy.tokens import Span

#: Weight of a "which" clause set off after the subject, before its verb.
SUBJECT_WHICH = 2.5
#: Weight of a "which" the parse hangs on the name anywhere else, which may be about a noun
#: or an act before the name.
OTHER_WHICH = 1.0


def which_weight(span: Span, which: int) -> float:
    """The weight of the "which" at token ``which`` after the name ``span``: more when the
    name is its clause's subject and the verb of that clause comes after the "which"."""
    root = span.root
    subject = root.dep_ in ("nsubj", "nsubjpass") and root.head.i > which
    return SUBJECT_WHICH if subject else OTHER_WHICH
