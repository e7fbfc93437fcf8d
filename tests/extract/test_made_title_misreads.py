"""Titles made from a long lead that the parser misread, or whose cuts would split a word."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.nlp import load_nlp
from generator.extract.title import headline_from
from generator.extract.title_bound_words import bound_to_neighbours
from generator.extract.title_misreads import misparsed


def _title(sentence: str) -> str:
    return headline_from(next(load_nlp()(sentence).sents))


def test_a_misread_lead_gives_its_opening_words() -> None:
    """With "so she could make" read as the main clause, cutting the middle garbles."""
    lead = (
        "The methods used by council leader Orla Penhick to persuade residents to hand over "
        "savings so she could make them rich beyond belief have been revealed."
    )
    assert misparsed(next(load_nlp()(lead).sents))
    assert _title(lead) == (
        "The methods used by council leader Orla Penhick to persuade residents to hand over savings"
    )


def test_words_quoted_after_a_colon_are_not_the_title() -> None:
    """A caption quoted after "with the caption:" is no part of the title."""
    lead = (
        "She became famous as the Singing Postwoman after three clips of her were shared on "
        "the internet with the caption: 'Heard this lady trying to sing last week. She "
        "stopped when she saw us.' But now she has been found."
    )
    assert _title(lead) == (
        "She became famous as the Singing Postwoman after three clips of her were shared on "
        "the internet"
    )


def test_a_hyphenated_word_is_never_split_and_a_verb_keeps_its_object() -> None:
    """No "-aware policies", and no "to develop" left without what it develops."""
    lead = (
        "Police bosses are setting up a new Equality and Inclusion Directorate to develop "
        "socially-aware policies – and are hiring a 30-strong team of diversity specialists "
        "to transform the culture of station canteens."
    )
    assert _title(lead) == "Police bosses are setting up a new Equality and Inclusion Directorate"


def test_a_word_inside_a_capitalised_name_is_bound() -> None:
    """ "Inclusion" of "Equality and Inclusion Directorate" is bound; a second name is not."""
    nlp = load_nlp()
    name = nlp("Police bosses set up a new Equality and Inclusion Directorate last week.")
    assert bound_to_neighbours(next(t for t in name if t.text == "Inclusion"))
    pair = nlp("The mayor met Orla Penhick and Councillor Tam Vell of Tarnmouth.")
    assert not bound_to_neighbours(next(t for t in pair if t.text == "Vell"))


def test_a_name_beside_its_noun_without_a_comma_is_bound() -> None:
    """ "giant Quellbet" says which giant; "giant, Quellbet," is an aside that may go."""
    words = ["Betting", "giant", "Quellbet", "was", "fined"]
    close = Doc(
        load_nlp().vocab,
        words=words,
        heads=[1, 4, 1, 4, 4],
        deps=["compound", "nsubjpass", "appos", "auxpass", "ROOT"],
        pos=["NOUN", "NOUN", "PROPN", "AUX", "VERB"],
    )
    assert bound_to_neighbours(close[2])
    words = ["Betting", "giant", ",", "Quellbet", ",", "was", "fined"]
    set_off = Doc(
        load_nlp().vocab,
        words=words,
        heads=[1, 6, 1, 1, 1, 6, 6],
        deps=["compound", "nsubjpass", "punct", "appos", "punct", "auxpass", "ROOT"],
        pos=["NOUN", "NOUN", "PUNCT", "PROPN", "PUNCT", "AUX", "VERB"],
    )
    assert not bound_to_neighbours(set_off[3])
