"""A large city whose name ends in "s" is no people, whatever the model reads."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.lexicon import lexicon
from generator.extract.mentions import GROUP, classify


def test_a_city_ending_in_s_read_as_a_people_is_no_people(nlp: Language) -> None:
    """ "a jibe at Memphis Mayor Kay Lorne": "Memphis" is the large city, not a people's word."""
    # The model may read "Memphis" as a people's word, as it does "Houthis".
    doc = nlp("The slogans were a jibe at Memphis Mayor Kay Lorne, police said.")
    span = doc[6:7]
    span.label_ = "NORP"
    assert span.text == "Memphis"
    assert not any(m.kind == GROUP for m in classify(span, lexicon()))
