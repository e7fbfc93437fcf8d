"""A role stated before the copula and the name after it: "The new coach is Tom Vell".

News copy often saves the name for last: "The victim of the crash was Tom Vell",
"His lawyer is Ann Roke". The name is the complement of "be" and the subject is
the noun for a person that says who they are. `roles` reads it as a description.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon
from generator.extract.role_context import SUBJECTS
from generator.extract.role_nouns import names_someone
from generator.extract.role_phrases import role_phrase, role_words
from generator.extract.role_verbs import asserted

__all__ = ["named_last"]


def named_last(span: Span, lex: Lexicon) -> str | None:
    """ "victim of the crash" in "The victim of the crash was Tom Vell": the subject of
    "be" when the name is what it is; not when the verb is negated ("is not Vell"),
    doubted or conditional (`asserted`), nor when quoted words stand between them
    (a speaker's, not the narrator's)."""
    root = span.root
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ != "be" or verb.i > span.start:
        return None
    if any(c.dep_ == "neg" for c in verb.children) or not asserted(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or not names_someone(subject, lex):
        return None
    # "The man who found her was Tom Vell": a bare "man" says nothing but its clause
    if subject.lower_ in role_words().generic:
        return None
    if any(t.is_quote for t in span.doc[subject.i : span.start]):
        return None
    return role_phrase(subject, range(span.start, span.end), lex)
