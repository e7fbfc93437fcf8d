"""A body that a suit or charge is brought against does not write it.

"Dornwick Council is being sued by a former gardener. The lawsuit alleges: '...'": the
words are the gardener's claim against the council, never the council's own, though the
council was the last body named as a subject nearby (`org_antecedent`). A writing that
accuses (a lawsuit, complaint, indictment, petition) is written against its defendant:
the one sued, charged, accused, indicted or prosecuted, or named after "against" ("a
complaint against the council"). Other writings are left alone: "Acme was fined. The
statement said ..." is as likely Acme's reply as anyone's.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.entities import Entity
from generator.extract.quote_lemmas import lemma

__all__ = ["against_its_writer"]

#: Writings brought against someone: their writer is the accuser, never the accused.
_ACCUSING_WRITINGS = frozenset(["lawsuit", "complaint", "indictment", "petition"])

#: Verbs whose object (or passive subject) is the one a suit or charge is brought against.
_ACCUSING_VERBS = frozenset(["sue", "charge", "accuse", "indict", "prosecute"])


def against_its_writer(writing: Token, body: Entity, owners: dict[int, Entity]) -> bool:
    """Whether ``body``, which ``writing`` was found to refer back to, is what an
    accusing writing was brought against: before the writing, a word of the body's name
    is the one a verb of `_ACCUSING_VERBS` sues or charges ("Dornwick Council is being
    sued", "prosecutors charged Velmont Bank") or the object of "against"."""
    if writing.lower_ not in _ACCUSING_WRITINGS:
        return False
    return any(owners.get(t.i) is body and _accused(t) for t in writing.doc[: writing.i])


def _accused(token: Token) -> bool:
    """Whether a word, or the name it is part of, is the one sued, charged or accused."""
    while token.dep_ in ("compound", "flat") and token.head is not token:
        token = token.head  # "Dornwick" of "Dornwick Council": the name's head speaks for it
    head = token.head
    if token.dep_ == "pobj":
        return head.lower_ == "against"
    if token.dep_ in ("nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX"):
        return lemma(head) in _ACCUSING_VERBS
    return False
