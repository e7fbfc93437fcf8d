"""The names of laws, pacts and charters, by their last word: "the Harbour Safety Act", "the
Tarn Treaty", "the Vellmouth Protocol". A document is no person and no body, however the
model labels it. General word list only: the nouns themselves, in English and the Latin
and Romance forms old charters go by ("Carta").
"""

from __future__ import annotations

from spacy.tokens import Span

#: Last words of the names of laws and pacts, as written: "the Harbour Safety Act".
_LAWS = frozenset({"Act", "Acts", "Treaty", "Accord", "Accords"})
#: Last words of documents' names besides laws, which head a name of two words or more:
#: "the Vellmouth Protocol", "the Tarn Charter", "the Roke Dossier".
_DOCUMENTS = frozenset(
    {"Treaties", "Charter", "Carta", "Protocol", "Protocols", "Pact", "Declaration"}
    | {"Constitution", "Manifesto", "Dossier", "Covenant", "Statute", "Directive"}
)


def document_name(span: Span) -> bool:
    """Whether a name is a law's or a document's: "the Harbour Safety Act", "the Tarn Charter";
    a one-word "Act" is too often a band's or a play's name. "Bill" ends a bill's name only
    where the model did not read a person ("the Tarn Reform Bill", not "Wild Bill")."""
    last = span[-1].text
    if last in _LAWS:
        return len(span) > 1 or last != "Act"
    if len(span) < 2:
        return False
    return last in _DOCUMENTS or (last == "Bill" and span.label_ != "PERSON")
