"""A name the model tagged once is the same name where it is written again untagged.

The small model tags a name it has not seen by the words around it, so a new firm's
name may be tagged in one sentence and missed in the next three ("Lumenet has 1.2
million customers"). A writer keeps one name for one thing through a story, so every
writing of a tagged name, word for word and with the same capitals, gets its label:
the sentences the model skipped then add their evidence (what the name does, what a
pronoun says of it, who speaks for it) to the name's kind. What they say for a person
is left out (`repeated_writings`): the step is to learn what a name is not.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

#: Where the pipeline keeps the starts of the writings this step tagged, in ``Doc.user_data``.
REPEATED_KEY = "briefings:repeated"
#: Labels this step copies: those of the names whose kind the text's evidence decides. A
#: place's kind comes from the gazetteer, and a mislabel copied would only add to it.
NAME_LABELS = frozenset({"PERSON", "ORG"})
#: A sentence with at least this share of capitalised words is a heading or a title,
#: where capitals say nothing about names.
_HEADING_SHARE = 0.6


def _name_words(span: Span) -> bool:
    """Whether every word of a span is written as a name's ("Lumenet", "BT", "O'Neill")."""
    return all(t.is_alpha or "'" in t.text or "\u2019" in t.text for t in span) and all(
        t.text[:1].isupper() for t in span
    )


def _inside(words: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """Whether ``words`` are some of the words of the longer name ``longer``, in a row."""
    size = len(words)
    return size < len(longer) and any(
        longer[at : at + size] == words for at in range(len(longer) - size + 1)
    )


def _heading(sentence: Span) -> bool:
    """Whether a sentence is a heading or a title: most of its words are capitalised."""
    words = [t for t in sentence if t.is_alpha]
    capitals = sum(1 for t in words if t.text[:1].isupper())
    return len(words) > 2 and capitals >= _HEADING_SHARE * len(words)


def _free(token: Token | None, tagged: set[int]) -> bool:
    """Whether a neighbour leaves a writing whole: no capitalised word runs into it
    ("Lumenet Broadband" is another name) and no entity touches it."""
    if token is None:
        return True
    if token.i in tagged:
        return False
    return not (token.text[:1].isupper() and token.is_alpha and not token.is_sent_start)


def repeated_names(doc: Doc, known_word: Callable[[str], bool]) -> list[Span]:
    """Every untagged writing of a name the model tagged elsewhere in the doc, labelled as
    the model labelled it most often. A one-word name that is an English word in lower
    case is left: its capital may be the sentence's ("Next month") or an adjective's
    ("Welsh singer" after "the Welsh Office"). So is a part of a longer tagged name.
    """
    labels: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS and _name_words(ent):
            labels[tuple(t.text for t in ent)][ent.label_] += 1
    for words in [w for w in labels if any(_inside(w, longer) for longer in labels)]:
        # "Quillmark" of "Quillmark Research": a short form, which `kinds` weighs against
        # the long name; more writings of it would only tip that.
        del labels[words]
    if not labels:
        return []
    tagged = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in labels:
        by_first[words[0]].append(words)
    found: list[Span] = []
    taken_until = 0
    for token in doc:
        if token.i < taken_until or token.i in tagged or token.text not in by_first:
            continue
        for words in sorted(by_first[token.text], key=len, reverse=True):
            end = token.i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[token.i : end]) != words:
                continue
            if any(i in tagged for i in range(token.i, end)):
                continue
            before = doc[token.i - 1] if token.i > 0 and not token.is_sent_start else None
            after = doc[end] if end < len(doc) else None
            if not (_free(before, tagged) and _free(after, tagged)):
                continue
            if len(words) == 1 and known_word(token.lower_):
                continue
            if _heading(token.sent):
                continue
            label = labels[words].most_common(1)[0][0]
            found.append(Span(doc, token.i, end, label=label))
            taken_until = end
            break
    doc.user_data[REPEATED_KEY] = [span.start for span in found]
    return found
