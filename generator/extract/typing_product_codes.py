"""Evidence that a name the model reads as a person's is a product's: "Model S", "Series 7",
"Velo X2". Makers end their models' names in a code, a lone capital letter or a word with a
digit, which no one's surname is; a person's name that ends so opens with a given name
("Malcolm X") or is a monarch's ("Louis XIV", a Roman numeral of several letters).

A small bare number right after the name, then a verb, a conjunction or a preposition,
numbers a product or a work in its series: "Rocket Quest 3 sold a million copies" (the
model reads "Rocket Quest" alone). A person's age or score stands apart or before what it
counts ("Jo Ames, 34"; "gave Ames Vell 3 stars"; "Ames 45," of a scorecard is one word;
"Ames Vell 7 - saved well" of a rating line), and the rule asks for two words or more and
no given name first.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import WORK, Mention
from generator.extract.referent_given_names import given_name_sex

__all__ = ["product_code_votes"]

#: Weight: more than the model's person label and a verb of saying together.
_WEIGHT = 3.0
#: The largest number of a series' instalment: "Rocket Quest 3"; larger ones are counts.
_LAST_INSTALMENT = 12
#: Parts of speech of the word after an instalment's number: "Rocket Quest 3 sold", "...
#: 3 and", "... 3 on"; a noun after it is what the number counts ("Ames Vell 3 stars").
_AFTER_INSTALMENT = frozenset({"VERB", "AUX", "CCONJ", "ADP"})
#: Prepositions after a count or a score, not an instalment: "3 for 45", "3 of 10".
_OF_COUNTS = frozenset({"for", "of", "out", "from"})


def product_code_votes(mention: Mention) -> None:
    """A work's vote for a name the model reads as a person's that ends in a model's code
    or runs on into an instalment's number, and opens with no given name: "Model S",
    "Tarvo X5", "Rocket Quest 3"; not "Malcolm X"."""
    span = mention.span
    if span.label_ != "PERSON" or len(span) < 2 or not span[0].is_title:
        return
    if given_name_sex(span[0].text) is not None:
        return
    last = span[-1].text
    letter = len(last) == 1 and last.isupper()
    coded = any(c.isdigit() for c in last) and last[:1].isalnum()
    if letter or coded or _numbered_instalment(span):
        mention.vote(WORK, _WEIGHT)  # "the Model S": a car, no one of that name


def _numbered_instalment(span: Span) -> bool:
    """Whether a small bare number follows the name and a verb, a conjunction or a
    preposition follows the number: "Rocket Quest 3 lets gamers race", "Rocket Quest 3 and
    its rivals"; not "Jo Ames, 34", "gave Ames Vell 3 stars" nor a rating line's "Ames Vell
    7 - saved well" (see the module)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or not span[-1].whitespace_:
        return False
    number, after = doc[span.end], doc[span.end + 1]
    if not number.text.isdigit() or not 1 <= int(number.text) <= _LAST_INSTALMENT:
        return False
    return after.pos_ in _AFTER_INSTALMENT and after.lower_ not in _OF_COUNTS
