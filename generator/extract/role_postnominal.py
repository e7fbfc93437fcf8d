"""Offices written as letters after a name: "Tom Vell QC", "Ann Roke MP".

British copy gives a barrister's rank or a member's seat after the name, not
before it. The letters are no part of the name (`name_spans` leaves them out),
but they say what the person is, so `roles` reads them as a title. Letters of an
honour ("OBE", "CBE") say what someone was given, not what they do: no role.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import tokens_of

__all__ = ["office_after", "with_office"]

#: Letters of an office or rank written after a name: a barrister's rank, a seat.
OFFICE_LETTERS = frozenset({"qc", "kc", "mp", "mep", "msp", "mla"})


def office_after(span: Span) -> str | None:
    """ "QC" for "Tom Vell QC said": the letters of an office right after the name, as
    written (in capitals, on the same line), or None."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = span.end
    letters: list[str] = []
    while (
        at < len(doc)
        and tokens[at].is_upper
        and tokens[at].text.rstrip(".").lower() in OFFICE_LETTERS
        and "\n" not in tokens[at - 1].whitespace_
    ):
        letters.append(tokens[at].text.rstrip("."))
        at += 1
    return " ".join(letters) or None


def with_office(span: Span) -> Span:
    """ "Tom Vell QC" for "Tom Vell": the name with the letters of an office after it.
    The parser makes the letters the head of the name ("QC" the subject, "Vell" its
    compound), so a description set off after them ("Tom Vell QC, a member of ...")
    hangs from the letters: it is read from the name and its letters as one."""
    letters = office_after(span)
    return span if letters is None else span.doc[span.start : span.end + len(letters.split())]
