"""A speaker the parser hung on a clause set off between the name and its verb of saying.

"Ann Vell, acting for the family, said ..." is sometimes parsed with "Ann Vell" as the
subject of "acting", leaving "said" with no subject. A name that opens a participle's
clause, set off by a comma after it, and stands before the verb that clause hangs on
is that verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Participles whose clause may be set off after a name ("acting", "speaking", "based").
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})


def set_off_subject(verb: Token) -> Token | None:
    """The name the parser made the subject of a participle set off before ``verb``, or
    None: "Ann Vell, acting for the family, said" gives "Vell"."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ not in _PARTICIPLE_TAGS or clause.i > verb.i:
            continue
        for subject in clause.children:
            comma = subject.i + 1
            if (
                subject.dep_ == "nsubj"
                and subject.i < clause.i
                and subject.ent_type_ == "PERSON"
                and comma < clause.i
                and subject.doc[comma].text == ","
            ):
                return subject
    return None
