"""Stage names: "Lena Crisp, who performs as Vexo," names a person, whatever the model read.

One-word stage names are often read as bodies; the verb of performing and a person as its
subject ("who", "she", a person's name) say the name is that person's. So does "known as"
after a person's name, in a clause ("Lena Crisp, who is known as Vexo,") or set off by
commas ("Lena Crisp, better known as Vexo,"): the other name a person goes by. Not "best
known as", which names the part or work someone is famous for, nor "formerly known as" nor
a name ending in a body's word ("... Front"): bodies change their names. General words only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import PERSON, Mention
from generator.extract.quote_lemmas import verb_forms
from generator.extract.shapes import names_a_body

#: Verbs, by their lemmas, that take "as" and the name a person performs under: "performs
#: as", "raps as".
_PERFORMING = ("perform", "rap", "sing", "record")
#: Words before "known as" that make the name no other name of a person: a part or work
#: one is famous for ("best known as"), or an old name, which bodies and places change
#: ("formerly known as").
_NOT_ANOTHER_NAME = frozenset({"best", "formerly", "previously", "once", "originally"})
#: Subjects of the verb that are a person: "who performs as", "she raps as".
_PERSON_SUBJECTS = frozenset({"who", "he", "she", "i"})


def _known_as_by_person(span: Span) -> bool:
    """Whether the name follows "known as" that qualifies a person's name: "Lena Crisp, who
    is known as Vexo", "Lena Crisp, also known as Vexo"; not "best known as"."""
    doc = span.doc
    known = doc[span.start - 2]
    before = doc[known.i - 1].lower_ if known.i > 0 else ""
    if known.lower_ != "known" or before in _NOT_ANOTHER_NAME or names_a_body(span):
        return False
    named = known.head
    if named.ent_type_ != "PERSON" or named.i >= known.i:
        return False
    if known.dep_ == "relcl":
        return any(c.dep_ == "nsubjpass" and c.lower_ == "who" for c in known.children)
    return known.dep_ == "acl"


def stage_name_votes(mention: Mention) -> None:
    """ "who performs as Vexo", "Lena Crisp raps as Vexo", "Lena Crisp, known as Vexo": the
    name is a person's."""
    span = mention.span
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "as":
        return
    if _known_as_by_person(span):
        mention.vote(PERSON, 3.0)
        return
    verb = doc[span.start - 2]
    if verb.lower_ not in verb_forms(_PERFORMING):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(s.lower_ in _PERSON_SUBJECTS or s.ent_type_ == "PERSON" for s in subjects):
        mention.vote(PERSON, 3.0)
