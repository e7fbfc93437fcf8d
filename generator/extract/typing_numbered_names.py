"""A name written with a numeral in it is no person's: "Channel 9", "Radio 3", "Tarnex S20".

People's names are written in letters (a generation is a Roman numeral: "Henry V",
"Jo Ames III"); a numeral inside a name marks a channel, a station, a product's model or
an edition. A name that opens with a number alone may be a performer's stage name ("50
Cent"), and is left alone. Such a name keeps any other kind the model or the text gives it
("Channel 9 said" stays a body); the model's person becomes a thing, so that a name nothing
else supports is dropped rather than published as someone.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import PERSON, WORK, Mention


def numbered_name(span: Span) -> bool:
    """Whether a word of the name holds a digit, other than a first word of digits alone:
    "Channel 9", "E9", "Tarnex S20"; not "Jo Ames", "50 Cent"."""
    words = [token.text for token in span]
    if words and words[0].isdigit():
        words = words[1:]
    return any(any(char.isdigit() for char in word) for word in words)


def numbered_name_votes(mentions: list[Mention]) -> None:
    """Take every person's vote and the model's person away from a name with a numeral."""
    for mention in mentions:
        if mention.fixed or not numbered_name(mention.span):
            continue
        mention.votes.pop(PERSON, None)
        prior = mention.prior.pop(PERSON, None)
        if prior is not None:
            mention.prior[WORK] = mention.prior.get(WORK, 0.0) + prior
