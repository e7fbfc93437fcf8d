"""Two people the model ran into one name: "their children, Oliver and Maud".

The model often reads two given names joined by "and" as one name, and the word "and"
inside it then makes the whole a body's ("League for ... and ..."). Two people are named
when the first word is a common given name of one sex (data/given_names.yaml) and the last
is one too, or is any one capitalised word of a span the model reads as a person's ("Oliver
and Tarquil"). A firm's name joined by "&" ("Simon & Schuster") or ending in a surname the
model does not read as a person's is left whole. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.referent_given_names import given_name_sex


def _name_word(token: Token) -> bool:
    """Whether a word is one capitalised word of letters: "Maud", not "M." nor "MAUD"."""
    return token.is_alpha and token.is_title and len(token) > 1


def split_given_name_pair(span: Span) -> list[Span]:
    """ "Oliver and Maud" as the two one-word names of people; any other span whole."""
    if len(span) != 3 or span[1].lower_ != "and":
        return [span]
    if not (_name_word(span[0]) and _name_word(span[2])):
        return [span]
    first, last = span[0].text, span[2].text
    if given_name_sex(first) is None:
        return [span]
    if given_name_sex(last) is None and span.label_ != "PERSON":
        return [span]
    doc = span.doc
    pair = [doc[span.start : span.start + 1], doc[span.end - 1 : span.end]]
    for person in pair:
        person.label_ = "PERSON"
    return pair
