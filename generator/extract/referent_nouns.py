"""What a noun of a description says: one person or not, and the age it states.

"the 26-year-old winger", "the 44-year-old" (headed by "old"), "the Chancellor" (an
office written with a capital), "the Canadian" (a member of a people): the nouns
`referent_descriptions.Descriptions` and the pronoun search read as one person a pronoun
or a description may refer back to.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.family_names import KIN_NOUNS
from generator.extract.lexicon import Lexicon, normalize
from generator.extract.referent_role_synonyms import SYNONYM_NOUNS
from generator.extract.role_phrases import person_noun
from generator.extract.speaker_names import MAX_AGE
from generator.extract.speech import MALE, is_role_noun, words

__all__ = [
    "age_number",
    "age_of",
    "definite_age",
    "definite_family",
    "family_noun",
    "family_of_number",
    "kin_head",
    "kin_word",
    "member_noun",
    "one_person",
    "own_kin",
    "owned_by",
    "singular",
]

#: Nouns that head a family description written with hyphens ("mother-of-three").
PARENT_NOUNS = frozenset(
    ["father", "mother", "dad", "mum", "mom", "grandfather", "grandmother", "gran", "grandad"]
)

#: Informal words for a relative and the word they mean.
KIN_FORMS = {"mum": "mother", "mom": "mother", "dad": "father"}

#: Words after which a role's noun is done: "mother of two from Kelby" is a mother.
ROLE_ENDS = frozenset(["of", "from", "in", "at", "with", "for", "to"])


def one_person(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun can name the one person a pronoun refers to: singular, and a noun
    for a person, a role, a member of a people or party, or an age ("the 26-year-old")."""
    if not singular(noun, lex):
        return False
    aged = _aged(noun) or age_of(noun) is not None
    if aged or person_noun(noun.lower_) or is_role_noun(noun, lex) or member_noun(noun, lex):
        return True
    return noun.lower_ in SYNONYM_NOUNS  # "the cook": a trade named in other words


def singular(noun: Token, lex: Lexicon) -> bool:
    """A singular common noun, an office British style writes with a capital ("the
    Chancellor", "the Prime Minister"), which the tagger calls a proper noun, or an age
    that stands for a person ("the 44-year-old", headed by the adjective "old"); also a
    family description the tagger calls a name ("the father-of-two")."""
    if noun.tag_ == "NNP":
        return is_role_noun(noun, lex) or member_noun(noun, lex) or family_noun(noun)
    return noun.tag_ == "NN" or (noun.lower_ == "old" and age_of(noun) is not None)


def family_noun(noun: Token) -> bool:
    """Whether a noun heads a family description written with hyphens: "father-of-two",
    "mother-of-three" (five tokens to the parser, which may call the noun a name)."""
    after = [t.lower_ for t in noun.doc[noun.i + 1 : noun.i + 4]]
    return noun.lower_ in PARENT_NOUNS and after == ["-", "of", "-"]


def family_of_number(token: Token) -> Token:
    """The parent noun of a family description whose number the parser made its head ("the
    mum-of-two said": "two" the subject, "the" and "mum" hung on it), else the token: the
    noun, not the number, names the person, as the parser reads "mother-of-two"."""
    if token.pos_ != "NUM" or token.i < 4:
        return token
    noun = token.doc[token.i - 4]
    whole = token.doc[noun.i : token.i + 1]
    closed = all(not t.whitespace_ for t in whole[:-1])
    return noun if closed and family_noun(noun) and noun.head.i == token.i else token


def definite_family(noun: Token) -> bool:
    """Whether a family noun read off its number (`family_of_number`) has "the" on it: the
    parser hangs the article on the number ("the mum-of-two")."""
    head = noun.head
    return (
        family_noun(noun)
        and head.i == noun.i + 4
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    )


def own_kin(noun: Token, pronoun: str) -> bool:
    """Whether a noun is a relative of the pronoun's sex owned by that same pronoun, no
    name given: "his father" for "he", "her mother" for "she". Either the relative or the
    one they belong to may be whom the pronoun after it refers to."""
    male = pronoun in MALE
    own = words().male_nouns if male else words().female_nouns
    if noun.pos_ != "NOUN" or noun.lower_ not in KIN_NOUNS or noun.lower_ not in own:
        return False
    owner = ("his",) if male else ("her",)
    return any(c.dep_ == "poss" and c.lower_ in owner for c in noun.children)


def member_noun(noun: Token, lex: Lexicon) -> bool:
    """Whether a capitalised singular noun names one member of a people or a party ("the
    Canadian", "the Vermont Democrat"): the model calls it a nationality or group, and
    the tables know its plural ("Canadians", "Democrats"); "the French" has none."""
    if noun.tag_ != "NNP" or noun.ent_type_ != "NORP":
        return False
    plural = normalize(noun.text + "s")
    return plural in lex.demonyms or plural in lex.groups


def age_of(noun: Token) -> int | None:
    """The age written in a phrase up to its head: 44 in "the 44-year-old" (five tokens
    to the parser) and in "the 44-year-old winger"."""
    doc = noun.doc
    for token in doc[noun.left_edge.i : noun.i + 1]:
        if token.like_num and [t.lower_ for t in doc[token.i + 1 : token.i + 3]] in (
            ["-", "year"],
            ["year", "old"],
        ):
            return age_number(token)
    return None


def definite_age(noun: Token) -> bool:
    """Whether "the" opens an age that stands for a person ("the 58-year-old wrote"), which
    the parser may hang on the verb rather than on "old"."""
    if noun.lower_ != "old" or age_of(noun) is None:
        return False
    doc = noun.doc
    number = next(t for t in doc[noun.left_edge.i : noun.i + 1] if t.like_num)
    return number.i > 0 and doc[number.i - 1].lower_ in ("the", "this")


def age_number(token: Token) -> int | None:
    """A number written in digits that can be a person's age."""
    return int(token.text) if token.text.isdigit() and 0 < int(token.text) < MAX_AGE else None


def _aged(noun: Token) -> bool:
    """Whether an age stands before a noun ("the 26-year-old winger")."""
    return "old" in {t.lower_.rsplit("-", 1)[-1] for t in noun.doc[noun.left_edge.i : noun.i]}


def kin_word(word: str) -> str:
    """The one word for a relative that an informal one means ("mum" of "mother"): "her mum"
    refers back to the person the story named as "her mother"."""
    return KIN_FORMS.get(word, word)


def kin_head(role: str) -> str:
    """The noun a stated role's first phrase names its person by, lower-cased: its last word
    before any preposition ("eldest sister"; "mother" of "mother of two from Kelby" and
    of "mother-of-two")."""
    words = role.split(",")[0].lower().split()
    cut = next((i for i, w in enumerate(words) if w in ROLE_ENDS and i > 0), len(words))
    last = words[cut - 1] if cut > 0 else ""
    return last.split("-of-")[0]


def owned_by(subject: Token, pronoun: str) -> bool:
    """Whether a common noun has the possessive of a subject pronoun ("his" for "he"):
    "His letters", "her remarks"."""
    owner = "his" if pronoun == "he" else "her"
    return subject.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ == owner for c in subject.children
    )
