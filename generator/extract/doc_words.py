"""Words around a mention read by position, with no error outside the document; a doc's
tokens (`tokens_of`, `tokens_in`) and its words as strings (`words_of`), each made once per
doc; and what rules read from them."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span, Token

#: Forms of "be", which several rules read by the word (the pipeline runs no lemmatizer).
BE_FORMS = frozenset({"be", "is", "are", "am", "was", "were", "been", "being"})
BE_FORMS |= {"'s", "\u2019s", "'m"}
#: ``ENT_IOB``'s value for a word inside an entity that does not open it.
_INSIDE = 1
#: Possessive endings as the tokenizer splits them off: "Tolland" "'s".
POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s"})


def token_at(doc: Doc, i: int) -> Token | None:
    """The token at ``i``, or None outside the document."""
    tokens = tokens_of(doc)
    return tokens[i] if 0 <= i < len(tokens) else None


def lower_at(doc: Doc, i: int) -> str:
    """The lower-case word at ``i`` without a final full stop; "" outside the document."""
    lowers = words_of(doc).lowers
    return lowers[i].rstrip(".") if 0 <= i < len(lowers) else ""


def full_name_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the people the model named in more than one word ("Ames" of "Jo
    Ames"): a lone word among them is someone's surname, not a place's or a firm's name.

    Read from the entity columns as they stand (``doc.ents`` would make a Span of every
    entity at each call): such a word is inside a PERSON entity and not its first word,
    and the word after it does not go on with the entity."""
    columns = doc.to_array([ENT_IOB, ENT_TYPE])
    inside = (columns[:, 0] == _INSIDE) & (columns[:, 1] == doc.vocab.strings["PERSON"])
    goes_on = np.append(columns[1:, 0] == _INSIDE, False)
    texts = words_of(doc).texts
    return frozenset(texts[i] for i in np.flatnonzero(inside & ~goes_on))


#: Letters of a word in capitals that may be a body's initials ("NHS", "DVLA"): two letters
#: spell too many other words.
_INITIALS_LETTERS = range(3, 9)


def capital_words(doc: Doc) -> frozenset[str]:
    """The words ``doc`` writes in capitals of three to eight letters, as a body's initials
    are written: what a long name's first letters are looked up in."""
    return frozenset(
        t.text
        for t in tokens_of(doc)
        if t.is_alpha and t.is_upper and len(t.text) in _INITIALS_LETTERS
    )


#: Where `words_of` keeps a doc's words in ``Doc.user_data``.
_WORDS_KEY = "doc_words.words"
#: Where `tokens_of` keeps a doc's tokens in ``Doc.user_data``.
_TOKENS_KEY = "doc_words.tokens"

_Kept = TypeVar("_Kept")


def kept_per_doc(doc: Doc, key: str, make: Callable[[Doc], _Kept]) -> _Kept:
    """What ``make`` reads from ``doc``, made on the first call and kept under ``key`` in
    ``Doc.user_data``.

    The entry holds a weak reference to the doc it was made from: a doc rebuilt with
    ``user_data`` copied (`nlp.with_text` writes some characters anew) reads nothing of the
    other doc's but makes its own. Not for pipeline components: a doc parsed in another
    process crosses with its ``user_data`` serialized, which a weak reference cannot be.
    """
    entry = doc.user_data.get(key)
    if isinstance(entry, tuple) and entry[0]() is doc:
        found: _Kept = entry[1]
        return found
    made = make(doc)
    doc.user_data[key] = (weakref.ref(doc), made)
    return made


def tokens_of(doc: Doc) -> tuple[Token, ...]:
    """``doc``'s tokens, made on the first call and kept in ``Doc.user_data``: ``doc[i]``
    and ``for token in doc`` make a new spaCy Token at every read, which the rules that
    read a whole document, or read by position around every mention, pay for again and again.

    A Token reads its words, tags and labels from the doc when asked, so the kept ones
    stay true while the entities change; the pipeline never merges or splits tokens after
    the parse. Not for pipeline components (`kept_per_doc`).
    """
    return kept_per_doc(doc, _TOKENS_KEY, tuple)


@dataclass(frozen=True)
class DocWords:
    """A doc's words as strings, read once, so that a rule scanning the whole document
    compares strings instead of making a spaCy Token at every position.

    Only what the text fixes is kept: a token's writing never changes after the parse,
    while its entity label may (so no label is kept here).
    """

    #: Each token's text, by position.
    texts: tuple[str, ...]
    #: Each token's lower-case form, by position.
    lowers: tuple[str, ...]
    #: The lower-case forms of the words the document writes all in lower case ("mobile").
    written_lower: frozenset[str]
    #: The positions where each text is written, in text order.
    positions: dict[str, tuple[int, ...]]

    def starts_of(self, words: Sequence[str]) -> list[int]:
        """The positions, in text order, where the texts ``words`` are written in a row."""
        size = len(words)
        if not size:
            return []
        texts = self.texts
        target = tuple(words)
        return [at for at in self.positions.get(target[0], ()) if texts[at : at + size] == target]


def tokens_in(span: Span) -> tuple[Token, ...]:
    """The span's tokens, from its doc's `tokens_of`."""
    return tokens_of(span.doc)[span.start : span.end]


def words_of(doc: Doc) -> DocWords:
    """``doc``'s `DocWords`, made on the first call and kept in ``Doc.user_data`` (`kept_per_doc`:
    not for pipeline components)."""
    return kept_per_doc(doc, _WORDS_KEY, _read_words)


def _read_words(doc: Doc) -> DocWords:
    """``doc``'s words, read from its tokens."""
    texts: list[str] = []
    lowers: list[str] = []
    written_lower: set[str] = set()
    positions: dict[str, list[int]] = {}
    for at, token in enumerate(tokens_of(doc)):
        text, lower = token.text, token.lower_
        texts.append(text)
        lowers.append(lower)
        if token.is_lower:
            written_lower.add(lower)
        positions.setdefault(text, []).append(at)
    return DocWords(
        texts=tuple(texts),
        lowers=tuple(lowers),
        written_lower=frozenset(written_lower),
        positions={text: tuple(at) for text, at in positions.items()},
    )
