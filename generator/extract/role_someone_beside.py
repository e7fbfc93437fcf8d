"""A later description that the text has already set beside the person as someone else.

"Marla Quint was cycling. The cyclist pictured on the towpath blames Marla for the crash.
... The cyclist on the towpath called the council": the cyclist and Marla act on each
other in one sentence, so "the cyclist on the towpath" is someone else, not Marla. The
same holds when the mention's own sentence has the noun before the name ("The cyclist
pictured there claims Marla rode into her"); after it, news takes the name up so ("After
Roe left, the cyclist said"), unless the name's verb acts on it ("When Roe confronts the
cyclist, the cyclist rides off"). A noun tied to the name says who they are and is no one
else: an apposition ("Roe, the cyclist who ...", "the cyclist, Jane Roe,"), a predicate
("Roe is the cyclist who ...") or a naming ("the cyclist, named as Jane Roe,").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.entities import Entity

__all__ = ["beside_them"]

#: Dependencies that make a noun say who the name is, not bring in someone else.
_SAYS_WHO = frozenset({"appos", "attr", "oprd"})

#: Most tokens read after a mention for the description's first use.
_REACH = 400


def beside_them(span: Span, role: str, entity: Entity) -> bool:
    """Whether the description's head noun ("woman" of "woman in the video") stands for
    someone else beside the person: in the mention's sentence, or in the sentence of the
    description's first definite use after the mention, which names the person too."""
    words = _before_modifiers(role)
    if not words:
        return False
    doc = span.doc
    if any(_someone_else(t, words, span) for t in span.sent if not _inside(t, span)):
        return True
    first = next(
        (t for t in doc[span.end : min(len(doc), span.end + _REACH)] if _definite_noun(t, words)),
        None,
    )
    if first is None or first.sent == span.sent:
        return False
    again = [m.span for m in entity.mentions if _inside(m.span.root, first.sent)]
    return any(_someone_else(first, words, other) for other in again)


#: Words that open what hangs off a description's noun: its head is before them.
_MODIFIER_OPENINGS = frozenset(
    {"in", "of", "at", "from", "on", "with", "for", "who", "whose", "that", "which", "by"}
)


def _before_modifiers(role: str) -> set[str]:
    """The words of the description's first part before any preposition or clause:
    {"woman", "seen"} of "woman seen in the video"; a noun among them is its head."""
    words: set[str] = set()
    for word in role.lower().split(",")[0].split():
        if word in _MODIFIER_OPENINGS:
            break
        words.add(word)
    return words


def _inside(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end


def _definite_noun(token: Token, words: set[str]) -> bool:
    """Whether the token is a noun of the description opened by "the"."""
    return (
        token.pos_ == "NOUN"
        and token.lower_ in words
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def _someone_else(token: Token, words: set[str], name: Span) -> bool:
    """Whether a definite noun of the description and the name after it are two people of
    one sentence: not tied by apposition, predicate or naming, neither inside the other."""
    root = name.root
    # "After Roe left, the woman said": a description after the name takes it up, unless
    # the name's own verb acts on it ("When Roe questions the woman, ...")
    if not _definite_noun(token, words) or (token.i >= name.start and not _acted_on(token, root)):
        return False
    if root in token.subtree or token in root.subtree:
        return False  # "the woman, named as Jane Roe," / "Roe, the woman who ..."
    if token.dep_ in _SAYS_WHO or root.dep_ in _SAYS_WHO:
        return False  # "Roe is the woman who ...", "The woman was Jane Roe"
    return not (root.head.lower_ == "as" and root.head.head == token.head)


def _acted_on(token: Token, root: Token) -> bool:
    """Whether the token is an object of the verb the name is the subject of: "the woman"
    of "Roe questions the woman" or "Roe spoke to the woman"."""
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if token.dep_ in ("dobj", "dative"):
        return token.head == verb
    return token.dep_ == "pobj" and token.head.head == verb
