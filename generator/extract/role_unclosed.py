"""A role set off beside a name whose closing comma is missing: "His mother, Ann Roke said",
"Ann Roke, his mother said".

Copy often drops the comma that should close an appositive name ("The club
captain, Tom Vell said ..."). The parser then reads the description and the name
as two subjects of one verb rather than one phrase, so neither the appositive nor
the copula reading sees it. The description is the person the name is. After the name
("Ann Roke, his mother told the paper") the parser makes the description the subject and
leaves the name loose.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon
from generator.extract.role_context import SUBJECTS
from generator.extract.role_nouns import names_someone
from generator.extract.role_phrases import role_phrase
from generator.extract.role_quoted import in_quote

__all__ = ["subject_after", "subject_before"]

#: Dependencies of a name the parser left loose before the subject of its verb.
_LOOSE = frozenset({"npadvmod", "dep", "nsubj", "intj"})


def subject_before(span: Span, comma: int | None, lex: Lexicon) -> str | None:
    """ "club captain" in "The club captain, Tom Vell said ...": a singular noun for a
    person whose phrase ends at ``comma`` (which sets the name, with any title, off
    from what precedes it) and opens the clause, when the parse made it and the name
    two subjects of the same verb."""
    root = span.root
    if comma is None or root.dep_ not in SUBJECTS or root.head.i < span.end:
        return None
    verb = root.head
    for noun in verb.children:
        # "Ann's mother, Jo Roe said": a noun the parser left loose ("dep") is one too
        if noun.i >= span.start or noun.dep_ not in (*SUBJECTS, "dep"):
            continue
        opens = noun.left_edge.i == noun.sent.start or noun.doc[noun.left_edge.i - 1].is_punct
        # the parser hangs the comma from the noun or from the verb
        ends = noun.right_edge.i in (comma - 1, comma)
        if ends and opens and names_someone(noun, lex):
            return role_phrase(noun, range(span.start, span.end), lex)
    return None


def subject_after(span: Span, lex: Lexicon) -> str | None:
    """ "mother" in "Ann Roke, Tom's mother told the paper": a noun for a person that
    follows the name's comma and is the subject of the verb the parser hung the name from,
    the name opening its clause (at the sentence's start or after a mark) and the noun
    running up to the verb."""
    doc = span.doc
    root = span.root
    comma = span.end
    if root.dep_ not in _LOOSE or comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    if in_quote(span):
        return None  # "'Ann, your mother said so'": a speaker calls someone by name
    opens = span.start == span.sent.start or doc[span.start - 1].is_punct
    verb = root.head
    if not opens or verb.i <= comma or verb.pos_ != "VERB":
        return None
    for noun in verb.children:
        if noun.dep_ in SUBJECTS and noun.left_edge.i == comma + 1 and noun.i == verb.i - 1:
            return role_phrase(noun, range(span.start, span.end), lex)
    return None
