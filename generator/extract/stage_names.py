"""Stage names: "Lena Crisp, who performs as Vexo," names a person, whatever the model read.

One-word stage names are often read as bodies; the verb of performing and a person as its
subject ("who", "she", a person's name) say the name is that person's. General words only.
"""

from __future__ import annotations

from generator.extract.mentions import PERSON, Mention
from generator.extract.quote_lemmas import verb_forms

#: Verbs, by their lemmas, that take "as" and the name a person performs under: "performs
#: as", "raps as".
_PERFORMING = ("perform", "rap", "sing", "record")
#: Subjects of the verb that are a person: "who performs as", "she raps as".
_PERSON_SUBJECTS = frozenset({"who", "he", "she", "i"})


def stage_name_votes(mention: Mention) -> None:
    """ "who performs as Vexo", "Lena Crisp raps as Vexo": the name is a person's."""
    span = mention.span
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "as":
        return
    verb = doc[span.start - 2]
    if verb.lower_ not in verb_forms(_PERFORMING):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(s.lower_ in _PERSON_SUBJECTS or s.ent_type_ == "PERSON" for s in subjects):
        mention.vote(PERSON, 3.0)
