"""A body's name and, in brackets after it, the same name in English.

"the Tarvoshi Dalam (Free Voice) newspaper", "Jund al-Tarik (Soldiers of the Road)":
a news story gives a body's own name and then its meaning in capitalised words
between brackets. The bracketed words name the same body, so they are one of its
forms, whether the model read them as a name of their own or not at all.

Only a run of two or more capitalised words (with the small words of a name between
them) is taken: one word ("(Reuters)"), an acronym (`acronyms`), a place ("(Texas)"),
a person's name or a role the model or the tables know ("(Chief Executive)") is not
a translation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.lexicon import Lexicon
from generator.extract.mentions import ORG, Mention

#: Small words that may stand inside a name without a capital: "Party of God".
_NAME_JOINERS = frozenset({"of", "the", "for", "and", "in", "on", "to", "&"})
#: Most words in brackets read as a body's name.
_MAX_WORDS = 6
#: Labels of the model that say the bracket holds something other than a body's name.
_OTHER_LABELS = frozenset({"PERSON", "GPE", "LOC", "DATE", "TIME", "MONEY", "CARDINAL"})


def _bracketed(doc: Doc, after: int) -> Span | None:
    """The words between a "(" at `after` and its ")", if that is a short run of them."""
    if after >= len(doc) or doc[after].text != "(":
        return None
    for close in range(after + 2, min(after + _MAX_WORDS + 2, len(doc))):
        if doc[close].text == ")":
            return doc[after + 1 : close]
        if doc[close].text == "(":
            return None
    return None


def _translation(inner: Span, lex: Lexicon) -> bool:
    """Whether the words in brackets read as a body's name in capitalised words."""
    words = list(inner)
    if len(words) < 2 or not words[0].is_title or not words[-1].is_title:
        return False
    if any(not (t.is_title and t.is_alpha) and t.lower_ not in _NAME_JOINERS for t in words):
        return False
    if any(t.ent_type_ in _OTHER_LABELS for t in words):
        return False
    key = inner.text.lower()
    if lex.place(inner.text) is not None or key in lex.role_words:
        return False
    return not any(t.lower_ in lex.role_words for t in words)


def _within(mention: Mention, inner: Span) -> bool:
    return inner.start <= mention.span.start < inner.end


def translated_names(doc: Doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Mentions of each body named again in English in brackets after its name: the words
    in brackets become a mention of that body (any mention of them the model made is
    replaced)."""
    found: list[Mention] = []
    for mention in mentions:
        if mention.kind != ORG or mention.text.isupper():
            continue  # "the TPA (Tarn Port Authority)": an acronym first is `acronyms`' to read
        inner = _bracketed(doc, mention.span.end)
        if inner is None or not _translation(inner, lex):
            continue
        if any(m.text == inner.text and not _within(m, inner) for m in mentions):
            continue  # named on its own elsewhere: a name of its own, not a form of this one
        found.append(Mention(inner, ORG, inner.text, mention.key, prior={ORG: 1.0}))
    if not found:
        return mentions
    inside = {i for m in found for i in range(m.span.start, m.span.end)}
    kept = [
        m for m in mentions if m.fixed or not inside.intersection(range(m.span.start, m.span.end))
    ]
    return sorted([*kept, *found], key=lambda m: m.span.start)
