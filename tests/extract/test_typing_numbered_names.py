"""A name written with a numeral in it is no person's name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from generator.extract.typing_numbered_names import numbered_name
from tests.extract.conftest import labelled


def test_a_channel_in_a_listing_is_no_person(nlp: Language) -> None:
    """ "Channel 7" at the end of a programme listing names a broadcaster, not a person."""
    text = "Harbour Garden, 9pm, Wednesdays, Channel 7."
    doc = labelled(nlp, text, [("Channel 7", "ORG")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Channel 7") != PERSON


def test_a_number_alone_may_open_a_stage_name(nlp: Language) -> None:
    """ "40 Crowns" may open with a number, as a stage name may; "Henry V", "Radio 3", "E9" too."""
    # "Henry V" counts in letters; "Radio 3" and "E9" hold a numeral.
    doc = nlp("40 Crowns met Henry V on Radio 3 and E9.")
    assert not numbered_name(doc[0:2])
    assert not numbered_name(doc[3:5])
    assert numbered_name(doc[6:8])
    assert numbered_name(doc[9:10])
