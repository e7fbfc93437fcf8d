"""A trade word before a name: opening a sentence, an object hung apart, an office with 'of'."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from generator.extract.lexicon import lexicon
from generator.extract.role_titles import title_before
from tests.extract.test_roles import roles_in


def test_trade_word_opening_a_sentence(nlp: Language) -> None:
    """A capitalised common noun for a person that opens the sentence says what she does."""
    text = "Florist Ann Vell said: 'Trade is slow this winter.'"
    assert roles_in(nlp, text)["Ann Vell"] == "Florist"


def test_listed_trade_the_model_took_into_the_name(nlp: Language) -> None:
    """A listed noun for a person opening a sentence, taken into the name's span, is a role."""
    text = "Barista Tom Vell said the queue reached the door by eight."
    assert roles_in(nlp, text)["Tom Vell"] == "Barista"


def test_noun_given_name_opening_a_sentence_is_no_trade(nlp: Language) -> None:
    """A given name that is also a noun for a person is not read as a trade."""
    text = "Hunter Ann Vell said: 'Trade is slow this winter.'"
    assert "Hunter" not in (roles_in(nlp, text).get("Ann Vell") or "")


def test_occupation_before_name(nlp: Language) -> None:
    """An occupation of the word lists with no person's ending ("supermodel") is a role."""
    text = "He is now dating supermodel Ann Vell, his friends say."
    assert roles_in(nlp, text)["Ann Vell"] == "supermodel"


def test_object_before_subject_is_no_title(nlp: Language) -> None:
    """An object noun before a name that starts a clause of its own is no title."""
    text = "She told the nurse Ann Vell had gone home."
    assert roles_in(nlp, text).get("Ann Vell") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "'It is late,' said Norport Council chief of staff Tom Ames.",
            "Norport Council chief of staff",
        ),
        ("'It is late,' said Ann Vell's chief of staff Tom Ames.", "Ann Vell's chief of staff"),
    ],
)
def test_office_with_of_before_name(nlp: Language, text: str, expected: str) -> None:
    """A lower-case office joined by 'of' to a bare noun is read whole."""
    assert roles_in(nlp, text)["Tom Ames"] == expected


def test_office_of_a_titled_noun_stays_short(nlp: Language) -> None:
    """'the president Tom Ames' is the president, not the holder of the office before it."""
    text = "'It is late,' said the wife of the president Tom Ames."
    assert roles_in(nlp, text)["Tom Ames"] == "president"


def test_person_noun_before_name_hung_elsewhere(nlp: Language) -> None:
    """A person noun right before a name is its title, though the name hangs from another noun."""
    # "a verse by poet Ann Vell", the name tied to "verse" as its appositive.
    words = ["It", "ends", "on", "a", "verse", "by", "poet", "Ann", "Vell", "."]
    heads = [1, 1, 1, 4, 2, 4, 5, 8, 4, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "compound", "appos", "punct"]
    pos = ["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "PROPN", "PROPN", "PUNCT"]
    tags = ["PRP", "VBZ", "IN", "DT", "NN", "IN", "NN", "NNP", "NNP", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [Span(doc, 7, 9, label="PERSON")]
    assert title_before(doc[7:9], lexicon()) == "poet"


def test_trade_word_opening_a_sentence_before_a_courtesy_title(nlp: Language) -> None:
    """A trade word opening the sentence is a role before "Dr" too, when parsed as hung from it."""
    words = ["Surgeon", "Dr", "Ann", "Vell", "said", "."]
    heads = [1, 3, 3, 4, 4, 4]
    deps = ["compound", "compound", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    tags = ["NNP", "NNP", "NNP", "NNP", "VBD", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [Span(doc, 2, 4, label="PERSON")]
    assert title_before(doc[2:4], lexicon()) == "Surgeon"


def test_capitalised_plural_title_is_each_name_s(nlp: Language) -> None:
    """A capitalised plural title before two names, one with "Sir", is each one's."""
    text = "Former Harbour Commissioners Sir Tom Ames and Ian Vell signed the letter on Monday."
    roles = roles_in(nlp, text)
    assert roles["Tom Ames"] == "Former Harbour Commissioner"
    assert roles["Ian Vell"] == "Former Harbour Commissioner"


def test_capitalised_trade_after_a_rank_ends_the_title(nlp: Language) -> None:
    """ "Acme Chief Engineer Tom Vell": the trade after "Chief" is the title's head."""
    text = "Ann Roke met Acme Chief Engineer Tom Vell at the Tarland depot on Monday."
    assert roles_in(nlp, text)["Tom Vell"] == "Acme Chief Engineer"


def test_trade_word_the_model_read_into_a_body_with_the_name(nlp: Language) -> None:
    """A trade opening the sentence is a role when the model read it and the name as a body."""
    words = ["Widower", "Osric", "Pellam", "was", "found", "safe", "."]
    heads = [2, 2, 4, 4, 4, 4, 4]
    deps = ["compound", "compound", "nsubjpass", "auxpass", "ROOT", "oprd", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "AUX", "VERB", "ADJ", "PUNCT"]
    tags = ["NNP", "NNP", "NNP", "VBD", "VBN", "JJ", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    assert title_before(doc[1:3], lexicon()) == "Widower"


def test_trade_word_read_into_a_body_gives_the_role_with_the_age(nlp: Language) -> None:
    """ "Grandmother Maren Challons, 72," read as one body: she is a grandmother, 72."""
    text = "Grandmother Maren Challons, 72, was found safe on Tuesday."
    assert roles_in(nlp, text)["Maren Challons"] == "Grandmother, 72"
