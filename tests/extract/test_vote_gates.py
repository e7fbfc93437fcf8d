"""The votes `vote_gates` skips for a whole text: only where none of their words is written."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.character_votes import character_votes
from generator.extract.predicate_votes import animal_votes
from generator.extract.typing_racehorses import racehorse_votes
from generator.extract.vote_gates import closed_votes


def test_a_text_of_neither_films_nor_racing_closes_both_votes(nlp: Language) -> None:
    """A council's news writes no word of a story, a race or an animal: all are skipped."""
    doc = nlp("Dornwick Council said the bridge would reopen on Monday after repairs.")
    assert closed_votes(doc) == {character_votes, racehorse_votes, animal_votes}


def test_a_story_word_in_capitals_still_opens_the_part_vote(nlp: Language) -> None:
    """ "SITCOM" is read in lower case, as `character_votes` reads it: the vote runs."""
    doc = nlp("Tovan Brisk plays Mabel Quint in the new SITCOM, which airs on Fridays.")
    assert character_votes not in closed_votes(doc)
    assert racehorse_votes in closed_votes(doc)


def test_a_betting_word_opens_the_racehorse_vote(nlp: Language) -> None:
    """ "the 9-2 favourite" opens `racehorse_votes`; no story word keeps the part vote shut."""
    doc = nlp("Gorsefield Lad, the 9-2 favourite, was ridden by Pell Harrow at Kelbury.")
    assert racehorse_votes not in closed_votes(doc)
    assert character_votes in closed_votes(doc)


def test_an_animal_noun_in_the_plural_opens_the_animal_vote(nlp: Language) -> None:
    """ "spaniels" is an animal's noun in the plural, as `animal_votes` reads it: it runs."""
    doc = nlp("Her two spaniels, Biscuit and Rook, ran along the beach at Kelbury.")
    assert animal_votes not in closed_votes(doc)
    assert character_votes in closed_votes(doc)


def test_a_naming_word_opens_the_animal_vote(nlp: Language) -> None:
    """ "a rover named Pebble": "named" leads to a machine's name, so the vote runs."""
    doc = nlp("The agency sent a rover named Pebble to the crater last spring.")
    assert animal_votes not in closed_votes(doc)
