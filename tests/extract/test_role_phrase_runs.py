"""A role phrase is the run of words around its head noun; a quote's words are no copula role."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.lexicon import lexicon
from generator.extract.role_phrases import role_phrase
from tests.extract.test_roles import roles_in


def test_adjectives_listed_with_commas_keep_the_head(nlp: Language) -> None:
    """Adjectives listed with commas cut the phrase; the run with its noun is the role."""
    text = "Tom Ames, a quiet, careful harbour pilot, has steered ships for years."
    assert roles_in(nlp, text)["Tom Ames"] == "careful harbour pilot"


def test_caption_without_full_stop_runs_into_next_paragraph(nlp: Language) -> None:
    """A word of the paragraph before, hung from the role noun across a break, is not in it."""
    # A caption with no full stop runs on into the next paragraph.
    words = ["We", "lost", "the", "race", "\n\n", "Its", "captain", ",", "Tom", "Ames", "."]
    spaces = [True, True, True, False, False, True, False, True, True, False, False]
    heads = [1, 1, 3, 6, 3, 6, 1, 6, 9, 6, 1]
    deps = ["nsubj", "ROOT", "det", "nmod", "dep", "poss", "dobj", "punct", "compound"]
    deps += ["appos", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "SPACE", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN"]
    pos += ["PUNCT"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    assert role_phrase(doc[6], range(8, 10), lexicon()) == "captain"


def test_quoted_copula_words_are_no_role(nlp: Language) -> None:
    """'Ames was a "steady ... friend"' gives someone's words of him, not the narrator's."""
    text = (
        'Ann Vell told the board Tom Ames was a "steady, patient and trusted friend to us all". '
        "Tom Ames, a former harbour minister, left the board."
    )
    assert roles_in(nlp, text)["Tom Ames"] == "former harbour minister"
