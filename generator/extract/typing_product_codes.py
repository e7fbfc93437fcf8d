"""Evidence that a name the model reads as a person's is a product's: "Model S", "Series 7",
"Velo X2". Makers end their models' names in a code, a lone capital letter or a word with a
digit, which no one's surname is; a person's name that ends so opens with a given name
("Malcolm X") or is a monarch's ("Louis XIV", a Roman numeral of several letters).
"""

from __future__ import annotations

from generator.extract.mentions import WORK, Mention
from generator.extract.referent_given_names import given_name_sex

__all__ = ["product_code_votes"]

#: Weight: more than the model's person label and a verb of saying together.
_WEIGHT = 3.0


def product_code_votes(mention: Mention) -> None:
    """A work's vote for a name the model reads as a person's that ends in a model's code
    and opens with no given name: "Model S", "Tarvo X5"; not "Malcolm X"."""
    span = mention.span
    if span.label_ != "PERSON" or len(span) < 2 or not span[0].is_title:
        return
    if given_name_sex(span[0].text) is not None:
        return
    last = span[-1].text
    letter = len(last) == 1 and last.isupper()
    coded = any(c.isdigit() for c in last) and last[:1].isalnum()
    if letter or coded:
        mention.vote(WORK, _WEIGHT)  # "the Model S": a car, no one of that name
