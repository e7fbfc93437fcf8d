"""Who does the saying of an infinitive that hangs on a verb with an object.

"The row prompted Ann Vell to reply: '...'", "the ruling forced Acme to admit it had
'...'": the object of the verb before an infinitive ("prompted Ann Vell", "forced
Acme") is the one who does what the infinitive says (object control, a fact of English
grammar), not that verb's own subject ("the row", "the ruling").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quote_lemmas import lemma

__all__ = ["object_controller"]

#: Verbs whose own subject, not their object, does what their infinitive says ("Lee
#: promised voters to cut taxes").
_SUBJECT_CONTROL = frozenset(["promise", "vow", "pledge", "threaten"])


def object_controller(verb: Token) -> Token | None:
    """The object of the verb an infinitive of saying hangs on, standing before it ("prompted
    Ann Vell to reply"), or None."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if lemma(head) in _SUBJECT_CONTROL:
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    return objects[-1] if objects else None
