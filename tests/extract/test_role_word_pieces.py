"""A title before a name never starts inside a word the tokenizer split, and a role
written with a hyphen keeps all its pieces."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.lexicon import lexicon
from generator.extract.role_titles import title_before
from tests.extract.test_roles import roles_in


def test_split_verb_tail_is_not_in_the_title(nlp: Language) -> None:
    """ "She wed garden designer Tom Vell": "wed" split as "we" + "d"; no "d" in the title."""
    text = "She wed garden designer Tom Vell in a small chapel near Tarland."
    assert roles_in(nlp, text)["Tom Vell"] == "garden designer"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The co-founder of Brightmill, Tom Vell, said the firm would grow.",
            "Tom Vell",
            "co-founder of Brightmill",
        ),
        ("His ex-wife, Ann Roke, said he had left.", "Ann Roke", "former wife"),
        ("The ex-chairman Tom Vell said no.", "Tom Vell", "former chairman"),
        # the parser hung "soldier" from "ex" as a clause of its own
        ("Tom Vell, an ex-soldier, said no.", "Tom Vell", "former soldier"),
        (
            "Ex-Tarland Council press chief Ann Roke said the plan was bad.",
            "Ann Roke",
            "former Tarland Council press chief",
        ),
        ("Ann Roke is co-owner of the Tarland Arms.", "Ann Roke", "co-owner of the Tarland Arms"),
        (
            "Ann Roke is vice-chair of the Tarland group.",
            "Ann Roke",
            "vice-chair of the Tarland group",
        ),
        (
            "Ann Roke, a poet and co-editor of the Tarland Review, said it was fine.",
            "Ann Roke",
            "poet and co-editor of the Tarland Review",
        ),
        (
            "Tarland vice-captain Tom Vell said the game was lost.",
            "Tom Vell",
            "Tarland vice-captain",
        ),
    ],
)
def test_front_of_a_hyphened_role_stays(nlp: Language, text: str, name: str, expected: str) -> None:
    """A hyphened role keeps its front ("co-", "ex-" as former, "vice-") parsed side by side."""
    # Where the parser hung the pieces side by side.
    assert roles_in(nlp, text)[name] == expected


def test_hyphened_role_after_a_comma_is_written_once(nlp: Language) -> None:
    """An appositive cut into pieces gives its front once: no "acting vice-acting vice-"."""
    text = "Ann Roke, the acting vice-chair of the Tarland group, agreed."
    assert roles_in(nlp, text)["Ann Roke"] == "acting vice-chair of the Tarland group"


def test_plural_hyphened_title_before_listed_names(nlp: Language) -> None:
    """ "Her co-hosts Tom Ames and Ed Poe agreed": the plural hyphened title is each name's."""
    # Parsed with "hosts" hung from the hyphen, as the model does at times.
    words = ["Her", "co", "-", "hosts", "Tom", "Ames", "and", "Ed", "Poe", "agreed", "."]
    spaces = [True, False, False, True, True, True, True, True, True, False, False]
    heads = [1, 9, 9, 2, 5, 9, 5, 8, 5, 9, 9]
    deps = ["poss", "nsubj", "advcl", "appos", "compound", "nsubj", "cc", "compound", "conj"]
    deps += ["ROOT", "punct"]
    pos = ["PRON", "NOUN", "NOUN", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB"]
    pos += ["PUNCT"]
    tags = ["PRP$", "NN", "NNS", "NNS", "NNP", "NNP", "CC", "NNP", "NNP", "VBD", "."]
    ents = ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(
        nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents
    )
    assert title_before(doc[4:6], lexicon()) == "co-host"
    assert title_before(doc[7:9], lexicon()) == "co-host"
