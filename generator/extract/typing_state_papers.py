"""Evidence that a capitalised common noun names a state paper or a vote, not a body: "the
Budget", "the Bill", "a new White Paper", "at the General Election".

British writing capitalises the one budget, bill, paper or election of a government as if
it were a name, and the model often reads it as a body. A name whose last word is such a
noun (a paper only when white or green), written after an article or a possessive over at
most a few lower-case words ("the next Budget", "its first Budget"), is that document or
that vote, a work: bodies are not written so ("the Budget Office" ends in its own noun).
Names the tables fix are left alone. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.mentions import ORG, PERSON, WORK, Mention, by_writing

#: Last words of the name of a government's document or of a vote.
PAPER_NOUNS = frozenset({"budget", "budgets", "bill", "election", "paper"})
#: Colours that make a "Paper" a government's consultation: "White Paper", "Green Paper".
_PAPER_COLOURS = frozenset({"white", "green"})
#: Words that make the name definite or owned: "the Budget", "its Budget", "a White Paper".
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})
#: Lower-case words that may stand between the article and the name: "the next Budget".
_REACH = 2


def _paper_name(span: Span) -> bool:
    """Whether the name's last word is a paper's or a vote's noun ("White Paper", "Bill")."""
    last = span[-1].lower_
    if last not in PAPER_NOUNS or not span[-1].is_title:
        return False
    return last != "paper" or (len(span) > 1 and span[-2].lower_ in _PAPER_COLOURS)


def _determined(span: Span) -> bool:
    """Whether an article or a possessive stands before the name, over a few lower-case
    words: "the Bill", "the next Budget", "a new White Paper", "Labour's first Budget"."""
    doc = span.doc
    for i in range(span.start - 1, max(span.start - 2 - _REACH, -1), -1):
        word = doc[i]
        if word.lower_ in _DETERMINERS or word.tag_ == "POS":
            return True
        if not (word.is_lower and word.is_alpha):
            return False
    return False


def state_paper_votes(mentions: list[Mention]) -> None:
    """Each mention of a name that is a state paper or a vote, written after an article at
    least once, votes for a work in place of a body or a person (see the module's doc)."""
    groups = by_writing(mentions)
    for group in groups.values():
        if any(m.fixed or not _paper_name(m.span) for m in group):
            continue
        if not any(_determined(m.span) for m in group):
            continue
        for mention in group:
            mention.votes.pop(ORG, None)
            mention.votes.pop(PERSON, None)
            mention.vote(WORK, 3.0)
