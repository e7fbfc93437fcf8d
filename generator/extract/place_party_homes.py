"""A US lawmaker's state in the party letters after the name: "Sen. Jo Ames, D-Calif.,",
"Rep. Ann Kurt (R-Ohio)".

The model reads the letters and the state after them as nothing, or reads a country inside
the state's name ("Mexico" of "D-New Mexico"). The state is a place the story names: the
lawmaker's, and the story's too when it is about a vote of that state's delegation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import lexicon
from generator.extract.role_party_letters import party_home

__all__ = ["party_homes"]


def party_homes(doc: Doc) -> list[Span]:
    """The states the tables know in party letters after the model's people, as GPE spans."""
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        home = party_home(ent)
        if home is None or any(t.ent_type_ for t in home):
            continue
        if lexicon().place(home.text) is None and gazetteer().subdivision(home.text) is None:
            continue  # a district ("Newport News") is no place of the tables
        out.append(Span(doc, home.start, home.end, label="GPE"))
    return out
