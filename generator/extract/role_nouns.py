"""Role nouns: which words can say who someone is.

A known title ("minister", "Sen.", "DCI"), a noun for a person by the word lists
("aunt", "oncologist", "fisherman"; not "case" or "background"), a nationality noun or a
capitalised rank the model read as a name; and, before names shared by several people,
the plural of one ("cricketers", "MPs", "Sens."). `role_phrases` builds a role around a
noun that passes these tests.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import Lexicon, lexicon, occupations
from generator.extract.role_tables import NAME_TITLES, role_words

#: Entity labels that end a title read leftwards ("Tuesday", "45", "£3m").
NOT_TITLE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})
#: ... and those that never head a role (a place is no role).
NOT_ROLE_ENTS = NOT_TITLE_ENTS | {"GPE", "LOC"}
#: A party's members in the singular, as a title written before their names ("Senior
#: Tories Jo Roe and Ed Poe"); kept out of the people list, whose nouns also type names.
PARTY_MEMBERS = frozenset(
    {"tory", "conservative", "democrat", "republican", "liberal", "socialist", "unionist"}
)

#: Slots of a noun in which the parser may set a plural title it read as a verb.
_NOUN_SLOTS = frozenset({"compound", "nsubj", "nsubjpass", "dobj", "pobj"})
#: What the model calls a party member's word before a name ("Tory" as the party).
_PARTY_ENTS = frozenset({"ORG", "NORP", ""})


def is_role_word(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is a title ("minister", "Sen.", "Supt")."""
    lower = token.lower_
    return (
        lower in lex.role_words
        or lower.rstrip(".") in lex.role_words
        or not role_words().abbreviations.keys().isdisjoint((lower, token.text))  # "DCI"
        or lower + "." in role_words().abbreviations
        or name_title(token) is not None
    )


def name_title(token: Token) -> str | None:
    """The title in full of a short form that is one only before a person's name ("Del."
    of "Del. Jo Roe" is "Delegate"; of "Dover, Del." Delaware), or None."""
    full = NAME_TITLES.get(token.lower_)
    doc = token.doc
    if full is None or token.i + 1 >= len(doc) or doc[token.i + 1].ent_type_ != "PERSON":
        return None
    return full


def names_someone(token: Token, lex: Lexicon, plural: bool = False) -> bool:
    """Whether ``token`` can head a role: a known title or a noun for a person.

    A plural is one only as a title shared by names ("cricketers Jim Roe and Jon Doe",
    "her aides Jo Ames and Ann Vell"), not as "the staunchest backers" of one person."""
    in_plural = plural and (
        (token.is_lower and singular(token.lower_) in lex.role_words) or plural_initials(token)
    )
    if is_role_word(token, lex) or in_plural:
        return True  # lower case: "Governors" may end an office ("Chair of Governors")
    words = role_words()
    # "a proud Irishman", "the Olympian": a nationality noun is a person; so is a
    # capitalised rank or kin word the model read as a name ("Chief Constable",
    # "the Duke of Wessex") when no entity claims it.
    nationality = token.pos_ == "PROPN" and token.ent_type_ == "NORP"
    # "Tory Jo Roe", "Conservative Jo Roe": a party's member, a word the model may read as
    # the party's own name (ORG) or as a common noun; capitalised, as a member's title is
    party = token.is_title and token.lower_ in PARTY_MEMBERS and token.ent_type_ in _PARTY_ENTS
    # "DJ" and "GP" (of "radio DJ Jo Roe") are written in capitals
    rank = (
        token.pos_ == "PROPN"
        and (token.is_title or (token.is_upper and token.is_alpha))
        and not token.ent_type_
        and token.lower_ in words.people
    )
    # "jockey" the tagger read as a proper noun: a name is not written in lower case.
    misread = token.pos_ == "PROPN" and token.is_lower and token.is_alpha and not token.ent_type_
    if plural and token.pos_ == "VERB" and token.dep_ in _NOUN_SLOTS and token.is_lower:
        # "Wales stars Jo Roe and ..." with "stars" read as a verb; "grandee" of "Tory
        # grandee Jo Roe" read as a past tense (a verb is no compound: the parse hangs it on
        # the name; nor a subject or object: "including England stars Jo Roe" with "stars"
        # the subject of the clause's verb). A verb in a verb's slot ("The film stars Jo
        # Roe", its root) is a verb.
        return plural_title(token) or token.lower_ in words.people
    noun = token.pos_ == "NOUN" or nationality or rank or misread
    if not noun or (token.tag_ == "NNS" and not plural):
        return party and token.tag_ == "NNP"
    if party:
        return True
    if token.ent_type_ in NOT_ROLE_ENTS or token.like_num:
        return False
    if misread and not person_noun(token.lower_):
        return plural and plural_title(token)
    if token.tag_ == "NNS" and singular(token.lower_) in PARTY_MEMBERS:
        # "left-wing liberals Jo Roe and Ed Poe": a party's members in lower case, as a
        # plural only (the singular "liberal" is as often an adjective)
        return True
    return person_noun(singular(token.lower_) if token.tag_ == "NNS" else token.lower_)


def plural_title(token: Token) -> bool:
    """Whether a title before names is plural, each name's: "cricketers", "jockeys" the
    tagger read as a name or a verb, a capitalised title or noun for people ("Harbour
    Commissioners", "Neighbours"), "Sens." (of "Sens. Jo Ames and Ann Vell")."""
    lower = token.lower_
    if token.tag_ == "NNS":
        return True
    if token.is_lower and token.pos_ in ("PROPN", "VERB") and lower.endswith("s"):
        return person_noun(singular(lower)) or singular(lower) in lexicon().role_words
    if token.is_title and token.pos_ == "PROPN" and lower.endswith("s") and lower.isalpha():
        single = singular(lower)
        return single in lexicon().role_words or person_noun(single) or single in PARTY_MEMBERS
    if plural_initials(token):
        return True
    short, abbreviations = lower.rstrip("."), role_words().abbreviations
    return (
        short.endswith("s") and f"{short}." in abbreviations and f"{short[:-1]}." in abbreviations
    )


def plural_initials(token: Token) -> bool:
    """Whether ``token`` is the plural of a title in capitals ("MPs", "CEOs", "GPs")."""
    text = token.text
    initials = text[:-1]
    if len(text) < 3 or text[-1] != "s" or not (initials.isupper() and initials.isalpha()):
        return False
    return initials.lower() in lexicon().role_words or person_noun(initials.lower())


def person_noun(lower: str) -> bool:
    """Whether a lower-case singular noun is one for a person, by the word lists."""
    words = role_words()
    if lower in words.people or lower.split("-")[-1] in words.people or lower in occupations():
        return True
    # "cricketer", "oncologist", "physician", "fisherman", "migrant", "trustee"
    return (
        lower.endswith(words.person_suffixes)
        and not lower.endswith(words.not_person_endings)
        and lower not in words.not_people
    )


def singular(noun: str) -> str:
    """ "cricketers" -> "cricketer", "deputies" -> "deputy", "chairmen" -> "chairman"."""
    for plural, single in (("ies", "y"), ("men", "man"), ("sses", "ss"), ("ches", "ch")):
        if noun.endswith(plural):
            return noun[: -len(plural)] + single
    return noun.removesuffix("s")
