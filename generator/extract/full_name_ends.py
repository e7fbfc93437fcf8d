"""Whether one word ends a person's full name in the text, read at that word's writings
alone: `doc_words.full_name_surnames` reads the entity columns of the whole document at
each call, which a rule asking of one mention at a time pays for again and again."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.doc_words import tokens_of, words_of


def ends_a_full_name(doc: Doc, word: str) -> bool:
    """Whether ``word`` is in `full_name_surnames` of ``doc``: written somewhere inside a
    PERSON entity, not as its first word, and with no word of that entity after it.

    Read from the entities as they stand at the call, as `full_name_surnames` reads them."""
    tokens = tokens_of(doc)
    for at in words_of(doc).positions.get(word, ()):
        token = tokens[at]
        if token.ent_iob_ != "I" or token.ent_type_ != "PERSON":
            continue
        if at + 1 == len(tokens) or tokens[at + 1].ent_iob_ != "I":
            return True
    return False
