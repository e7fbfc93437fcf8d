"""Roles of names the parser splits, and "PM" as a title before a name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.lexicon import lexicon
from generator.extract.roles import appositive, name_root
from tests.extract.test_roles import roles_in

#: "Ivo Quist, chief of the Norport Trust, said so." with "Ivo" parsed as a verb.
WORDS = ["Ivo", "Quist", ",", "chief", "of", "the", "Norport", "Trust", ",", "said", "so", "."]
HEADS = [9, 9, 1, 1, 3, 7, 7, 4, 1, 9, 9, 9]
DEPS = ["advcl", "nsubj", "punct", "appos", "prep", "det", "compound", "pobj"]
DEPS += ["punct", "ROOT", "advmod", "punct"]
TAGS = ["VB", "NNP", ",", "NN", "IN", "DT", "NNP", "NNP", ",", "VBD", "RB", "."]
POS = ["VERB", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PROPN"]
POS += ["PUNCT", "VERB", "ADV", "PUNCT"]
ENTS = ["B-PERSON", "I-PERSON", *["O"] * 3, "B-ORG", *["I-ORG"] * 2, *["O"] * 4]


def split_name(nlp: Language) -> Doc:
    """The sentence as the parser reads it when it takes the given name for a verb."""
    spaces = [True] * len(WORDS)
    spaces[1] = spaces[7] = spaces[10] = False
    return Doc(
        nlp.vocab,
        words=WORDS,
        spaces=spaces,
        heads=HEADS,
        deps=DEPS,
        tags=TAGS,
        pos=POS,
        ents=ENTS,
    )


def test_name_root_is_the_surname_the_sentence_hangs_from(nlp: Language) -> None:
    """A given name parsed as a verb: the name's root is still its surname."""
    doc = split_name(nlp)
    assert name_root(doc[0:2]).text == "Quist"


def test_appositive_of_a_split_name(nlp: Language) -> None:
    """ "Ivo Quist, chief of the Norport Trust," keeps its role though "Ivo" is a verb."""
    doc = split_name(nlp)
    assert appositive(doc[0:2], lexicon()) == "chief of the Norport Trust"


def test_pm_before_a_name_is_a_title(nlp: Language) -> None:
    """ "former Norland PM Tom Ames" gives the title as written, then the post he is hired as."""
    text = "The board hired former Norland PM Tom Ames as an adviser."
    assert roles_in(nlp, text)["Tom Ames"] == "former Norland PM, adviser"


def test_pm_of_a_time_is_no_title(nlp: Language) -> None:
    """ "At 5 pm Ann Vell left": the time before the name is no role."""
    assert roles_in(nlp, "At 5 pm Ann Vell left the shop.")["Ann Vell"] is None
