"""Relative clauses a summary can drop: "The driver, who is 27, was jailed" -> "The driver
was jailed"; and, as a last resort, one without commas on the main subject ("A driver who
fled was jailed" -> "A driver was jailed").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.closing_cuts import extent
from generator.extract.doc_words import tokens_in, tokens_of

#: What may stand between a subject and its verb: auxiliaries, a negation, an adverb
#: ("who fled | has now been jailed").
_BEFORE_THE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


def relative_clauses(sent: Span, *, defining: bool) -> set[int]:
    """Indexes of the tokens of the relative clauses to drop: one set off by commas; with
    ``defining``, also one on the main subject, which may say whom the sentence is about
    ("A ban on drivers who speed")."""
    doc, root = sent.doc, sent.root
    tokens = tokens_of(doc)
    drop: set[int] = set()
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    for token in tokens_in(sent):
        if token.dep_ != "relcl":
            continue
        first, last = extent(token)
        if _modifier_follows(token, last):
            continue
        if tokens[first - 1].text == "," and first - 1 > sent.start:
            drop.update(range(first - 1, last + 1))
            if last + 1 < sent.end and tokens[last + 1].text == ",":
                drop.add(last + 1)
        elif (
            defining
            and len(subjects) == 1  # two subjects: the parser split one; the clause ends wrong
            and last < root.i
            and any(s.left_edge.i < first and last <= s.right_edge.i for s in subjects)
            and not _bare_noun(token.head)
            and _verb_follows(last, root)
            and not _names_what_a_pronoun_takes_up(sent, first, last)
        ):
            drop.update(range(first, last + 1))
            if tokens[last + 1].text == "," and last + 1 < root.i:
                drop.add(last + 1)  # the comma closing an aside inside the clause
    return drop


#: Pronouns that take up a thing or things named before them.
_THING_PRONOUNS = frozenset(("it", "its", "itself", "they", "them", "their", "themselves"))


def _names_what_a_pronoun_takes_up(sent: Span, first: int, last: int) -> bool:
    """Whether the clause names a thing and a pronoun after it may take that thing up: "A
    boy who found a wallet handed it to police" without its clause leaves "it" with
    nothing to stand for."""
    tokens = tokens_of(sent.doc)
    named = any(t.pos_ in ("NOUN", "PROPN") for t in tokens[first : last + 1])
    return named and any(t.lower_ in _THING_PRONOUNS for t in tokens[last + 1 : sent.end])


def _verb_follows(last: int, root: Token) -> bool:
    """Whether the subject's clause ends right before the main verb, with nothing but its
    auxiliaries, a negation, an adverb or marks between: where the parser ran the clause
    short, more of the subject follows it ("The girl who died after joining an online |
    'game' in which ... has been named"), and the cut would leave a noun after a noun."""
    between = root.doc[last + 1 : root.i]
    return all(t.is_punct or (t.head == root and t.dep_ in _BEFORE_THE_VERB) for t in between)


def _bare_noun(noun: Token) -> bool:
    """Whether a noun has no determiner, possessive or number ("Drivers who were on the
    bridge", "people who"): without its clause such a noun names no one in particular."""
    return noun.pos_ in ("NOUN", "PRON") and not any(
        child.dep_ in ("det", "poss", "nummod", "predet") for child in noun.children
    )


def _modifier_follows(clause: Token, last: int) -> bool:
    """Whether another modifier of the clause's noun comes right after it, which the cut
    would leave hanging: "the editor who filmed Jo Ames shouting at him" -> "the editor
    shouting at him" ("shouting" hangs on "editor" in the parse)."""
    doc = clause.doc
    if last + 1 >= len(doc) or doc[last + 1].is_punct:
        return False
    return clause.head in doc[last + 1].ancestors
