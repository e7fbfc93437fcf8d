"""One person under two role nouns joined by "and": "her old friend and bandmate Ann Lee".

The parser reads "friend" as the subject and the name as a second subject joined to it;
but a role noun with a possessive, joined to a bare role noun right before a name, is
one phrase naming one person: the name is who says.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import lexicon
from generator.extract.role_phrases import person_noun

#: Possessives that role nouns joined by "and" share: "her friend and bandmate" is one
#: person's tie to her; "the mayor and union leader" may well be two people.
_OWNERS = frozenset(["his", "her", "their", "my", "our", "your"])


def _role(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (
        token.lower_ in lexicon().role_words or person_noun(token.lower_)
    )


def joined_role_name(subject: Token, verb: Token) -> Token | None:
    """The name that ends a run of role nouns joined to a definite role noun subject with a
    possessive right before its verb or ending the clause after it, or None: "Her friend
    and bandmate Ann Lee said" and "said her friend and bandmate Ann Lee." are Ann Lee's,
    however the parser hung the name; "her friend and Ann Lee" (no role noun
    before the name), "her friend and a bandmate, Ann Lee" and "the mayor and union leader
    Ann Lee" may be two people."""
    if subject.ent_type_ or not _role(subject) or not subject.is_lower:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in subject.children):
        return None
    doc = subject.doc
    # The phrase runs up to its verb, or after an inverted one ("said her friend and
    # bandmate Ann Lee.") up to the end of the clause.
    end = verb.i if verb.i > subject.i else len(doc)
    at = subject.i + 1
    if at >= end or doc[at].lower_ != "and":
        return None
    at += 1
    lead = at
    while at < end and not doc[at].ent_type_ and doc[at].is_lower and doc[at].is_alpha:
        at += 1
    if at == lead or not any(_role(t) for t in doc[lead:at]):
        return None
    if any(t.pos_ in ("DET", "PRON", "VERB", "AUX", "ADP", "CCONJ") for t in doc[lead:at]):
        return None
    start = at
    while at < end and doc[at].ent_type_ == "PERSON" and doc[at].pos_ == "PROPN":
        at += 1
    if at == start:
        return None
    if end == verb.i and any(t.pos_ not in ("ADV", "AUX", "PART") for t in doc[at:end]):
        return None
    if end != verb.i and at < end and not doc[at].is_punct:
        return None
    held = {t.i for t in subject.subtree}
    return doc[at - 1] if all(i in held for i in range(subject.i, at)) else None
