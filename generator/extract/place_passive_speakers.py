"""A building or street that says something in the passive is those who work there.

"Downing Street said" is the staff of the building, not the street (`place_votes`); so is
"the report was described as idle talk by Whitcombe Square": the object of "by" in a
sentence whose verb of saying is passive says it, whatever word the parser hangs "by" on
("talk" or the verb). A place is seldom the agent of a verb of saying in the passive but as
the people who speak for it.
"""

from __future__ import annotations

from spacy.tokens import Token


def passive_speaker(root: Token, reporting_verbs: frozenset[str]) -> bool:
    """Whether ``root`` is the object of "by" under a passive verb of saying (one with an
    "auxpass" child, in ``reporting_verbs``): "was described as idle talk by X"."""
    if root.dep_ != "pobj" or root.head.lower_ != "by":
        return False
    verb = next((t for t in root.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lower_ not in reporting_verbs:
        return False
    return any(child.dep_ == "auxpass" for child in verb.children)
