"""An "and" inside the names that open a title before a person stays in the title."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.lexicon import lexicon
from generator.extract.role_titles import title_before
from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Tarland and Wessex Conservative MP Tom Ames said the plan was wrong.",
            "Tarland and Wessex Conservative MP",
        ),
        ("The Tarland and Wessex MP Tom Ames said so.", "Tarland and Wessex MP"),
        ("Trade and Industry Secretary Tom Ames said so.", "Trade and Industry Secretary"),
        ("Police and Crime Commissioner Tom Ames said so.", "Police and Crime Commissioner"),
        (
            "Tarland and Wessex Police chief constable Tom Ames said so.",
            "Tarland and Wessex Police chief constable",
        ),
    ],
)
def test_two_names_joined_by_and_qualify_the_title(nlp: Language, text: str, role: str) -> None:
    """A constituency or office of two names joined by "and" stays whole, not cut to its second."""
    assert roles_in(nlp, text)["Tom Ames"] == role


def test_and_after_a_person_joins_two_people(nlp: Language) -> None:
    """ "Vell and Tarland MP Tom Ames": she is someone else, not a word of his title."""
    assert roles_in(nlp, "Vell and Tarland MP Tom Ames met.")["Tom Ames"] == "Tarland MP"


def test_and_between_words_in_lower_case_joins_no_name(nlp: Language) -> None:
    """ "Her mother and designer father Tom Vell": two people, no name joined by "and"."""
    text = "Her mother and designer father Tom Vell came."
    assert roles_in(nlp, text)["Tom Vell"] == "designer father"


def test_title_before_and_is_another_persons(nlp: Language) -> None:
    """ "the Cardinal and Archbishop of Tarland Dr Tom Ames": the Cardinal is someone else."""
    text = "At noon the Cardinal and Archbishop of Tarland Dr Tom Ames led prayers."
    assert roles_in(nlp, text)["Tom Ames"] == "Archbishop of Tarland"


def test_first_place_hung_from_the_name_and_the_second_coordinated(nlp: Language) -> None:
    """ "Tarland" hung from the name with "Wessex" as its conjunct keeps the constituency whole."""
    words = ["Tarland", "and", "Wessex", "Conservative", "MP", "Tom", "Ames", "condemned"]
    words += ["it", "."]
    heads = [6, 0, 0, 4, 6, 6, 7, 7, 7, 7]
    deps = ["nmod", "cc", "conj", "compound", "compound", "compound", "nsubj", "ROOT"]
    deps += ["dobj", "punct"]
    pos = ["PROPN", "CCONJ", *["PROPN"] * 5, "VERB", "PRON", "PUNCT"]
    ents = [*["O"] * 5, "B-PERSON", "I-PERSON", "O", "O", "O"]
    spaces = [True] * 8 + [False, False]
    doc = Doc(nlp.vocab, words, spaces, pos=pos, heads=heads, deps=deps, ents=ents)
    assert title_before(doc.ents[0], lexicon()) == "Tarland and Wessex Conservative MP"
