"""A writing or message that a pronoun owns speaks for the pronoun's person.

"Her statement read: ...", "his latest note reads: ...", "her caption read: ...": the
words are those of whoever "his" or "her" refers back to. The writings are the table's
document nouns and the messages people post, which the document table leaves out
because a bare one ("the message said") names no writer; a person who speaks for the
owner ("his spokesman", "her representative") is someone else.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.speech import POSSESSIVE_PRONOUNS, words

__all__ = ["owning_pronoun"]

#: Messages people post or send: spoken for by their owner only ("her tweet read").
#: An apology, a tribute or a plea is an act of its owner's too ("his apology read").
_MESSAGES = frozenset(
    [
        "message",
        "tweet",
        "caption",
        "text",
        "entry",
        "reply",
        "response",
        "apology",
        "tribute",
        "plea",
        "confession",
    ]
)


def owning_pronoun(subject: Token) -> Token | None:
    """The "his" or "her" that owns a writing or message subject ("her tweet read"), or
    None for any other subject."""
    # Only writings: "his spokesman" or "her representative" is another person, who
    # speaks for the owner ("his representative said" is not his words).
    if subject.lower_ not in words().document_nouns | _MESSAGES:
        return None
    owner = next((c for c in subject.children if c.lower_ in POSSESSIVE_PRONOUNS), None)
    if owner is None and subject.dep_ == "compound":
        # "His latest apology read: '...'": with "apology read" taken for one noun, the
        # possessive hangs on "read", before the writing.
        owner = next(
            (
                c
                for c in subject.head.children
                if c.dep_ == "poss" and c.i < subject.i and c.lower_ in POSSESSIVE_PRONOUNS
            ),
            None,
        )
    before = subject.doc[subject.i - 1] if subject.i > 0 else None
    if owner is None and before is not None and before.lower_ in POSSESSIVE_PRONOUNS:
        # "'...,' her caption read.": the tagger took "caption read" for one noun and
        # hung "her" on "read"; the possessive right before still owns the caption.
        return before if before.dep_ == "poss" else None
    return owner
