"""The subject of a reporting clause set into a sentence, which the parser hung as an
appositive on the name before it: "Hollis admired Varga, Reddan wrote, because ..." parsed
as "Varga" the subject of "wrote" and "Reddan" its appositive."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["run_in_name"]


def run_in_name(subject: Token, verb: Token) -> Token | None:
    """The proper name set off by a comma after a verb's subject and standing right before
    the verb with no comma of its own ("Varga, Reddan wrote"): who the verb's subject is.
    A true appositive closed by no comma ("her lawyer, Tom Ames said") is the same one."""
    if (
        subject.head.i != verb.i
        or subject.i + 1 >= verb.i
        or subject.doc[subject.i + 1].text != ","
    ):
        return None
    for child in subject.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i + 1 == verb.i:
            return child
    return None
