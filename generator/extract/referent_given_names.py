"""Common English given names that are borne almost only by men or only by women.

The last word on a person's sex, read only when no title, noun or pronoun of the text
states it: `referent_sexes` for whom "he"/"she" can refer to, `referent_surnames` to tell
apart two people who share a surname. Names borne by either sex ("Sam", "Jo", "Jordan",
"Robin", "Leslie") are not in data/given_names.yaml, so an absent name says nothing.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from generator.extract.lexicon import load_data

__all__ = ["given_name_sex", "given_named_person"]


@cache
def _names() -> dict[str, str]:
    data = load_data("given_names.yaml")
    return {**{n: "m" for n in data["male"]}, **{n: "f" for n in data["female"]}}


def given_name_sex(name: str) -> str | None:
    """ "m" or "f" as the first word of a full name says, when it is a common given name
    of one sex; None otherwise."""
    words = name.split()
    return _names().get(words[0].lower()) if words else None


def given_named_person(span: Span) -> bool:
    """Whether the model reads a name of two words or more as a person's and its first word
    is a given name of one sex: "Harriet Quillby", not "Ryanair" nor "Quillby Foods"."""
    return span.label_ == "PERSON" and len(span) > 1 and given_name_sex(span[0].text) is not None
