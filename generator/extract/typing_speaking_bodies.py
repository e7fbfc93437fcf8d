"""How much a verb of saying says that a name is a person's. People and bodies both say
things ("Jo Ames said", "Tarn Nation said"). A full name the model reads as a body's whose
first word is an English common noun or adjective and that has no given name of one sex
("Live Tarn", "Harbour Vell") is the shape of a firm's, a band's or a charity's name: "said"
gives it only half the weight, so the verb alone does not outvote the model's label. Every
other full name gets the whole of it whatever the model read ("Xu Lin said" read as a body).
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.nlp import adjectives, common_nouns
from generator.extract.referent_given_names import given_name_sex

__all__ = ["saying_weight"]

#: Weight of "said" for a full name, and for a one-word name or a body-shaped full name.
_FULL_NAME, _WEAK = 1.0, 0.5


def _body_shaped(span: Span) -> bool:
    """Whether the model's body opens with a common word and has no given name of one sex:
    "Live Tarn", "Harbour Vell"; not "Grant Vell", "Keeper Holly Vell" nor "Xu Lin"."""
    first = span[0]
    if span.label_ != "ORG" or not all(token.is_alpha and token.is_title for token in span):
        return False  # "On Twitter, Jo said": a span run over a comma is no name at all
    if any(given_name_sex(token.text) is not None for token in span):
        return False  # "Keeper Holly Brand": a trade word the model took into a name
    word = first.lower_
    return word in common_nouns() or word in adjectives()


def saying_weight(span: Span) -> float:
    """The person's vote a verb of saying gives the name that is its subject (see the
    module)."""
    if len(span) == 1 or _body_shaped(span):
        return _WEAK
    return _FULL_NAME
