"""A body named in full and then written short speaks under its full name."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_spokesman_of_the_names_first_word_is_the_body_named_in_full() -> None:
    """ "an Office spokesman" after "the Office for Canal and River Safety" is that office."""
    text = (
        "The Office for Canal and River Safety (OCRS) has opened an inquiry into the lock.\n\n"
        '"The gates should never have been left open," an Office spokesman said.'
    )
    assert speakers(text) == [
        ("The gates should never have been left open", "Office for Canal and River Safety")
    ]


def test_words_from_inside_a_longer_name_are_that_body() -> None:
    """ "A River Safety spokeswoman", "a Federation spokesman" write the one earlier body short."""
    # The words are in its order though not side by side.
    text = (
        "The Office for Canal and River Safety said the lock would stay shut.\n\n"
        'A River Safety spokeswoman added: "Our engineers arrive on Monday morning."\n\n'
        "The National Federation of Glovers warned of higher prices.\n\n"
        '"Leather has doubled in price since the spring," a Federation spokesman said.'
    )
    assert speakers(text) == [
        ("Our engineers arrive on Monday morning.", "Office for Canal and River Safety"),
        ("Leather has doubled in price since the spring", "National Federation of Glovers"),
    ]


def test_a_committee_of_a_body_is_not_the_body_its_first_word_names() -> None:
    """ "a Treasury spokesman" after only "the Treasury Select Committee" names nobody."""
    # The committee may be a part of another body.
    text = (
        "The Treasury Select Committee met on Tuesday to question the bank.\n\n"
        '"We will not comment on the hearing today," a Treasury spokesman said.'
    )
    assert speakers(text) == [("We will not comment on the hearing today", None)]


def test_a_short_form_the_entities_kept_is_the_body_named_in_full() -> None:
    """ "a spokesperson for the Society" is "the British Falconry Society" named before in full."""
    # The Society the entities keep as a body of its own is the body named before.
    text = (
        "The British Falconry Society (BFS) said it would review its guidance.\n\n"
        '"Our thoughts are with the family," a BFS spokesman said.\n\n'
        'A spokesperson for the Society added: "We will study the findings carefully."'
    )
    assert speakers(text) == [
        ("Our thoughts are with the family", "British Falconry Society"),
        ("We will study the findings carefully.", "British Falconry Society"),
    ]


def test_a_definite_capitalised_body_after_for_is_the_one_it_ends() -> None:
    """ "a spokesperson for the Team": capitals after "for the" end a body's name, the one named."""
    # "the North Fell Mountain Rescue Team" is the only body named.
    text = (
        "The North Fell Mountain Rescue Team said it would look again at its rules.\n\n"
        'A spokesperson for the Team added: "We will study the findings with great care."'
    )
    assert speakers(text) == [
        ("We will study the findings with great care.", "North Fell Mountain Rescue Team")
    ]


def test_a_palace_spokesman_is_the_palace_named_before() -> None:
    """ "a palace spokesman" after "Ardley Palace said": the one body named whose name holds it."""
    # In lower case; as "a council spokesman" is the council's.
    text = (
        "Ardley Palace said the duchess had followed the charity's work for years.\n\n"
        '"She has long admired what the nurses do," a palace spokesman said.'
    )
    assert speakers(text) == [("She has long admired what the nurses do", "Ardley Palace")]
