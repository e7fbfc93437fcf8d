"""Words around a mention read by position, with no error outside the document."""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Forms of "be", which several rules read by the word (the pipeline runs no lemmatizer).
BE_FORMS = frozenset({"be", "is", "are", "am", "was", "were", "been", "being"})
BE_FORMS |= {"'s", "\u2019s", "'m"}


def token_at(doc: Doc, i: int) -> Token | None:
    """The token at ``i``, or None outside the document."""
    return doc[i] if 0 <= i < len(doc) else None


def lower_at(doc: Doc, i: int) -> str:
    """The lower-case word at ``i`` without a final full stop; "" outside the document."""
    token = token_at(doc, i)
    return token.lower_.rstrip(".") if token is not None else ""


def full_name_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the people the model named in more than one word ("Ames" of "Jo
    Ames"): a lone word among them is someone's surname, not a place's or a firm's name."""
    return frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)
