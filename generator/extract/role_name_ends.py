"""Names a role phrase holds whole, however the parser hung their words: a plural's
possessive it read as a quote mark ("the Farmers’ Minister"), and a name whose last
words it hung elsewhere ("the Anglers’ Trust"). `role_phrases` keeps them in the role."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["plural_possessive", "whole_name"]


def plural_possessive(mark: Token) -> bool:
    """Whether ``mark`` is the apostrophe of a plural's possessive the tagger read as a
    quote mark ("the Farmers’ Minister"): right after a word in "s" that, like the mark,
    hangs from the next word."""
    doc = mark.doc
    if mark.text not in ("'", "\u2019") or mark.i == 0 or mark.head.i != mark.i + 1:
        return False
    owner = doc[mark.i - 1]
    return not owner.whitespace_ and owner.lower_.endswith("s") and owner.head == mark.head


def whole_name(tokens: list[Token], skip: range) -> list[Token]:
    """``tokens`` with the rest of a name their last word starts ("the Anglers" of "the
    Anglers’ Trust", whose apostrophe the parser hung elsewhere): a role ends no name in
    the middle."""
    if not tokens or tokens[-1].ent_iob_ not in ("B", "I"):
        return tokens
    doc = tokens[-1].doc
    end = tokens[-1].i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and end not in skip:
        end += 1
    return tokens + list(doc[tokens[-1].i + 1 : end])
