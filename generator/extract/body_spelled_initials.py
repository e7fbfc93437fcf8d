"""A body's full name that the model left untagged while it read the body's initials:
"GFR" in one sentence, "Green Future Revolt, which ..." in another.

The model often misses a body's long name at a sentence's start or in a headline, and
reads its initials elsewhere as an organization. Capitalised words in no entity whose
first letters spell those initials, in order and all of them, name that body: the span
they make lets `acronyms` read every use of the initials as the body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import SKIPPED_IN_INITIALS

#: Fewest and most letters of initials read this way: two letters spell too many names.
_FEWEST_LETTERS = 3
_MOST_LETTERS = 6


def bodies_of_initials(spans: list[Span]) -> list[Span]:
    """``spans`` with each untagged run of capitalised words that spells the initials of an
    organization span of the text (see the module) added as an ORG span."""
    if not spans:
        return spans
    doc = spans[0].doc
    letters = {
        s.text
        for s in spans
        if s.label_ == "ORG"
        and len(s) == 1
        and s.text.isalpha()
        and s.text.isupper()
        and _FEWEST_LETTERS <= len(s.text) <= _MOST_LETTERS
    }
    spelled = {span.text for span in spans if len(span) >= _FEWEST_LETTERS}
    found: list[Span] = []
    for initials in sorted(letters):
        run = _spelling_run(doc, initials)
        if run is not None and run.text not in spelled:
            found.append(run)
    if not found:
        return spans
    return sorted([*spans, *found], key=lambda s: s.start)


def _spelling_run(doc: Doc, initials: str) -> Span | None:
    """The first run of capitalised words in no entity whose first letters are ``initials``,
    small words between them skipped, and which no capitalised word goes on from."""
    for start, token in enumerate(tokens_of(doc)):
        if not _free_name_word(token) or token.text[0] != initials[0]:
            continue
        if start > 0 and _free_name_word(doc[start - 1]) and not doc[start - 1].is_sent_start:
            continue  # inside a longer run of capitals
        at, spelt = start, 0
        while at < len(doc) and spelt < len(initials):
            word = doc[at]
            if _free_name_word(word) and word.text[0] == initials[spelt]:
                spelt += 1
            elif not (word.lower_ in SKIPPED_IN_INITIALS and word.ent_iob_ == "O" and spelt > 0):
                break
            at += 1
        if spelt == len(initials) and not (at < len(doc) and _free_name_word(doc[at])):
            return Span(doc, start, at, label="ORG")
    return None


def _free_name_word(token: Token) -> bool:
    """A capitalised word in no entity of the model's."""
    return token.is_title and token.is_alpha and token.ent_iob_ == "O"
