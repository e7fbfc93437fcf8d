"""Cuts that would leave a summary leaning on what they took: an adverb without its phrase,
a pronoun without the thing it stands for, a noun the parser left outside the clause."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.sentence_cuts import cut


@pytest.mark.parametrize(
    ("sentence", "adverb"),
    [
        ("A boy who found a purse on a tram handed it straight to the driver.", "straight"),
        (
            "Most of the money raised at the village auction last weekend went mainly to "
            "the children's hospice.",
            "mainly",
        ),
    ],
)
def test_a_closing_cut_keeps_the_phrase_a_focus_adverb_points_at(
    nlp: Language, sentence: str, adverb: str
) -> None:
    """Cutting the closing phrase never leaves "straight." or "mainly." at the end."""
    summary = cut(next(iter(nlp(sentence).sents)), {"closing"})
    assert summary is None or not summary.endswith(f" {adverb}.")


@pytest.mark.parametrize(
    "sentence",
    [
        "A boy who found a purse on a tram handed it to the driver.",
        "A pensioner who lost her keys in the park was given them back by a jogger.",
        "A hiker who dropped his phone down a cliff has been reunited with it.",
    ],
)
def test_a_subjects_clause_stays_when_a_pronoun_takes_up_its_thing(
    nlp: Language, sentence: str
) -> None:
    """A clause on the subject that names what a later "it" or "them" stands for stays."""
    assert cut(next(iter(nlp(sentence).sents)), {"relative", "defining"}) is None


def test_a_subjects_clause_without_such_a_pronoun_still_goes(nlp: Language) -> None:
    """Without a pronoun after it, the subject's clause is cut as before."""
    sentence = "A boy who found a purse on a tram has been praised by the driver."
    summary = cut(next(iter(nlp(sentence).sents)), {"relative", "defining"})
    assert summary == "A boy has been praised by the driver."


def test_a_subjects_clause_the_parser_ran_short_stays(nlp: Language) -> None:
    """A subject's clause the parser ended early stays, not "The girl 'game' has been named"."""
    # "The girl who died in a media | 'game' has been named", with "game" read as the subject.
    written = "The girl who died in a media \u2018 game \u2019 has been named ."
    words = written.split(" ")
    heads = [1, 8, 3, 1, 3, 6, 4, 8, 12, 8, 12, 12, 12, 12]
    deps = ["det", "nsubj", "nsubj", "relcl", "prep", "det", "pobj", "punct", "nsubjpass"]
    deps += ["punct", "aux", "auxpass", "ROOT", "punct"]
    tags = ["DT", "NN", "WP", "VBD", "IN", "DT", "NN", "``", "NN", "''", "VBZ", "VBN", "VBN", "."]
    pos = ["DET", "NOUN", "PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT", "NOUN", "PUNCT"]
    pos += ["AUX", "AUX", "VERB", "PUNCT"]
    spaces = [True] * 7 + [False, False, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos)
    assert cut(doc[:], {"relative", "defining"}) is None
