"""Quotes shared out in order by "respectively": "Ames and Lee called it 'x' and 'y', respectively".

A sentence that ends its list with "respectively" pairs the listed speakers with the
quotes in the order both are written. The speaker search reads one subject for the whole
sentence, so every quote there gets the first name of the list; this pass hands each
quote its own. It only acts when the pairing is certain: the sentence holds exactly as
many quotes as its list holds names, every name is a distinct known entity, and the
list is the one the quotes were already credited to. A list the count does not match
leaves the quotes with no speaker, as one name for all of them is wrong for some.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from generator.extract.entities import Entity
from generator.extract.quote_marks import Quote

if TYPE_CHECKING:
    from generator.extract.speakers import Attribution

__all__ = ["share_out"]


def share_out(search: Attribution, quotes: list[Quote]) -> None:
    """Give the quotes of each "respectively" sentence its listed speakers in order (in
    place). ``quotes`` are in text order."""
    groups: dict[int, list[Quote]] = {}
    for quote in quotes:
        index = search.sentences.index_at(quote.parts[0][0])
        groups.setdefault(index, []).append(quote)
    for index, group in groups.items():
        sent = search.sentences.spans[index]
        if len(group) < 2 or group[-1].parts[-1][1] > sent.end_char:
            continue  # one quote, or quotes running past the sentence
        if not any(t.lower_ == "respectively" and not search.quoted.inside(t.idx) for t in sent):
            continue
        credited = {id(q.speaker) for q in group if q.speaker is not None}
        for listed in _lists(search, sent):
            if not credited & {id(e) for e in listed}:
                continue  # another list of the sentence ("the 2019 and 2020 reports")
            shared = len(listed) == len(group)
            for quote, speaker in zip(group, listed, strict=False):
                quote.speaker = speaker if shared else None
            break


def _lists(search: Attribution, sent: Span) -> list[list[Entity]]:
    """The coordinated lists of entities the sentence names outside quotes, each in text
    order: "Ann Vell and Tom Ruse", "Corvel, Brisk and Hale". A list any member of which
    no entity owns, or that names one entity twice, is no list of speakers."""
    found: list[list[Entity]] = []
    for token in sent:
        if token.dep_ == "conj" or (token.dep_ == "appos" and _joined(token)):
            continue  # a member of a list, not its head
        if not _joined(token) and not any(_joined(c) for c in token.children if c.dep_ == "appos"):
            continue
        if search.quoted.inside(token.idx):
            continue
        members = sorted(_conjuncts(token), key=lambda t: t.i)
        owners = [search.owners.get(t.i) for t in members]
        entities = [o for o in owners if o is not None]
        if len(entities) == len(members) >= 2 and len({id(e) for e in entities}) == len(members):
            found.append(entities)
    return found


def _conjuncts(head: Token) -> list[Token]:
    """The head of a coordination and every token joined to it by "conj", recursively.
    "Ann Vell, Tom Ruse and Jo Brisk" often parses with the middle name an apposition of
    the first that the last is joined to: such an apposition is a member too."""
    out = [head]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            middle = child.dep_ == "appos" and token is head and _joined(child)
            if child.dep_ == "conj" or middle:
                out.append(child)
                stack.append(child)
    return out


def _joined(token: Token) -> bool:
    """Whether a token has another joined to it by "conj"."""
    return any(c.dep_ == "conj" for c in token.children)
