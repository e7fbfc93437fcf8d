"""Where a name stands in its clause, for the votes that ask "is this name a body?"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import token_at
from generator.extract.lexicon import lexicon


def relative_clause_subject(span: Span) -> bool:
    """Whether the name is the subject of a relative clause on the noun before it: "the group
    Jo Ames had joined", "the firm Ames founded grew". The parser often takes the name for
    the noun's apposition, so the words say it: a verb after the name with no object, where
    a punctuation mark or the main clause's verb follows at once."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].lower_ in AUXILIARIES:
        i += 1
    verb = token_at(doc, i)
    gap = token_at(doc, i + 1)
    return (
        verb is not None
        and gap is not None
        and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP")
        and verb.lower_ not in lexicon().reporting_verbs
        and (gap.is_punct or gap.tag_ in ("VBD", "VBZ", "VBP", "MD"))
    )


#: Auxiliaries between a clause's subject and its verb: "the group Ames had joined".
AUXILIARIES = frozenset({"had", "has", "have", "was", "is", "were", "are", "will", "would"})


def listed_name(span: Span) -> bool:
    """Whether a name is one of a list: "broadcasters Jo Ames and Kim Lee" are two people."""
    root = span.root
    return root.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in root.children)


def whole_word(token: Token) -> bool:
    """Whether a token is a word of its own, not the "co" of "co-owner"."""
    follower = token_at(token.doc, token.i + 1)
    return follower is None or token.whitespace_ != "" or follower.text != "-"
