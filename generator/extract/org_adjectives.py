"""A capitalised adjective or a lone letter the model read as a body: "Primary market
activity fell", "a Tarnish soldier", "Quarterly sales rose"; "N" of "N / A", "I." of "you
and I.".

The model reads a capitalised word that opens a sentence, or a people's adjective, as an
organization's name when it stands before a noun. Its parser still tags the word an
adjective (``JJ``) modifying a common noun (``amod``): a body's name before a noun is a
proper noun (``NNP``) in a compound ("Pellham staff", "the Tarn Gazette's report"). A name
that is such an adjective at every one of its mentions and that the text gives no body's
evidence ("Primary said") names no body. Nor does one letter alone: a body's initials are
two letters at least, and one is a pronoun ("I"), a column's "N / A" or a person's initial.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import lexicon
from generator.extract.mentions import ORG, Mention, organizations_by_key, without_organizations
from generator.extract.nlp import adjectives

#: Body evidence that keeps a name, however it is tagged: one sure sign ("Primary's
#: shareholders", "Primary said") is worth one.
_BODY_EVIDENCE = 1.0
#: Tags of the common nouns an adjective modifies.
_COMMON_NOUNS = frozenset({"NN", "NNS"})


def _adjective(token: Token) -> bool:
    """Whether a word is an English adjective (`nlp.adjectives`) modifying a common noun
    written in lower case after it: "Primary" of "Primary market", not "Atlantic" of "the
    Atlantic's report", nor a party's name before an office ("the Liberal spokesman":
    `Lexicon.role_words`), nor a body's name the tagger took for an adjective ("a thorough
    Tarnstat inspection")."""
    head = token.head
    return (
        token.tag_ == "JJ"
        and token.lower_ in adjectives()
        and token.dep_ == "amod"
        and head.i > token.i
        and head.tag_ in _COMMON_NOUNS
        and head.is_lower
        and head.lower_ not in lexicon().role_words
    )


def _letter(mention: Mention) -> bool:
    """Whether a mention is one letter, with or without its dot: "N", "I."."""
    letters = mention.text.replace(".", "")
    return len(mention.span) == 1 and len(letters) == 1 and letters.isalpha()


def without_adjective_bodies(mentions: list[Mention]) -> list[Mention]:
    """The mentions without those of one-word organizations that are adjectives wherever
    the text writes them and that no evidence calls a body, or that are one letter; a name
    of the tables is kept."""
    names = organizations_by_key(mentions)
    dropped: set[str] = set()
    for key, found in names.items():
        if any(m.fixed or m.named_body or len(m.span) != 1 for m in found):
            continue
        if all(_letter(m) for m in found):
            dropped.add(key)
            continue
        if sum(m.votes.get(ORG, 0.0) for m in found) >= _BODY_EVIDENCE:
            continue
        if all(_adjective(m.span[0]) for m in found):
            dropped.add(key)
    return without_organizations(mentions, dropped)
