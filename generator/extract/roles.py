"""Roles of people, as the text states them.

Two patterns carry nearly all roles in news copy:

* a title before the name: "Iraqi Foreign Minister Fuad Hussein", "the IS
  leader Abdullah ..." (the words left of the name up to a determiner,
  punctuation or verb, ending in a role word such as "minister");
* an appositive: "Asaad al-Shaibani, Syria's interim foreign minister," or
  the reverse "Syria's interim foreign minister, Asaad al-Shaibani," (read
  from the dependency parse, cut before any clause hanging off it).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon, lexicon

MAX_ROLE_WORDS = 9
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
#: Dependents that start a clause or comment, not part of the role itself.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "parataxis"})


def _is_role_word(token: Token, lex: Lexicon) -> bool:
    return token.lower_ in lex.role_words or token.lower_.rstrip(".") in lex.role_words


def _clean(text: str) -> str:
    # Roles are compared and searched as plain text: straight apostrophes.
    return " ".join(text.replace("\u2019", "'").split())


def title_before(span: Span, lex: Lexicon) -> str | None:
    """ "Iraqi Prime Minister" in "Iraqi Prime Minister Mohammed Shia al-Sudani"."""
    doc = span.doc
    end = span.start
    while end > 0 and doc[end - 1].lower_ in lex.honorifics:
        end -= 1  # "Former chancellor Mr Clarke": skip the courtesy title
    if end == 0 or not _is_role_word(doc[end - 1], lex):
        return None
    start = end
    while start > 0:
        token = doc[start - 1]
        possessive = token.tag_ == "POS" or token.dep_ == "case"
        if token.ent_type_ == "PERSON" or token.ent_type_ in ("DATE", "TIME", "CARDINAL"):
            break
        if not (possessive or token.pos_ in _TITLE_POS or _is_role_word(token, lex)):
            break
        if token.is_sent_start and token.pos_ != "PROPN" and not _is_role_word(token, lex):
            start -= 1  # a capitalised first word of a sentence can still be part of the title
            break
        start -= 1
    # A possessive needs its owner ("Syria's"); a lone "'s" at the edge is dropped.
    while start < end and (doc[start].tag_ == "POS" or doc[start].dep_ == "case"):
        start += 1
    if end - start > MAX_ROLE_WORDS or start == end:
        return None
    return _clean(doc[start:end].text)


def _role_phrase(head: Token, skip: Span | None, lex: Lexicon) -> str | None:
    """The noun phrase headed by ``head``, without clauses, determiners or ``skip``."""
    if not _is_role_word(head, lex):
        return None
    tokens = [head]
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPS:
            continue
        tokens.extend(t for t in child.subtree)
    if skip is not None:
        tokens = [t for t in tokens if not (skip.start <= t.i < skip.end)]
    tokens = sorted(tokens, key=lambda t: t.i)
    # "his Iraqi counterpart" -> "Iraqi counterpart": determiners and
    # possessive pronouns belong to the sentence, not to the role.
    while tokens and (
        tokens[0].dep_ == "det"
        or tokens[0].is_punct
        or (tokens[0].dep_ == "poss" and tokens[0].pos_ == "PRON")
    ):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens or len(tokens) > MAX_ROLE_WORDS:
        return None
    # The phrase must be contiguous to read as the text states it.
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None
    doc = head.doc
    return _clean(doc[tokens[0].i : tokens[-1].i + 1].text)


def appositive(span: Span, lex: Lexicon) -> str | None:
    """ "Syria's interim foreign minister" around "Asaad al-Shaibani" in either order."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            role = _role_phrase(child, span, lex)
            if role:
                return role
    if root.dep_ == "appos" and root.head.i < span.start:
        return _role_phrase(root.head, span, lex)
    return None


def role_of(entity: Entity, lex: Lexicon | None = None) -> str | None:
    """The first role the text states for a person, or None."""
    lex = lex or lexicon()
    if entity.kind != PERSON:
        return None
    found: list[str] = []
    for mention in sorted(entity.mentions, key=lambda m: m.span.start_char):
        found.extend(
            role
            for role in (title_before(mention.span, lex), appositive(mention.span, lex))
            if role
        )
    # A bare title ("General") says less than a described one stated later
    # ("Secretary General of the Turkish General Staff").
    described = [role for role in found if " " in role]
    chosen = described or found
    return chosen[0] if chosen else None
