"""A town after a person's name and "of", set off by commas with no age, is a home town."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_home_town_read_as_a_body_is_a_place(nlp: Language) -> None:
    """ "Dan Orrel, of Rochdale, said": the town he comes from, not a body."""
    text = "Dan Orrel, of Rochdale, said the new bus fares were too high."
    kinds = labelled_kinds(nlp, text, [("Dan Orrel", "PERSON"), ("Rochdale", "ORG")])
    assert kinds.get("Rochdale") == "place"


def test_a_home_town_at_the_end_of_a_sentence_is_a_place(nlp: Language) -> None:
    """ "said Pia Venn, of Swindon.": the town closes the sentence."""
    text = "Prices are far too high, said Pia Venn, of Swindon."
    kinds = labelled_kinds(nlp, text, [("Pia Venn", "PERSON"), ("Swindon", "ORG")])
    assert kinds.get("Swindon") == "place"


def test_a_body_after_of_stays_a_body(nlp: Language) -> None:
    """ "Kit Arden, of Tarvell Holdings,": no town the gazetteer knows, so a body."""
    text = "Kit Arden, of Tarvell Holdings, said trade was slow."
    kinds = labelled_kinds(nlp, text, [("Kit Arden", "PERSON"), ("Tarvell Holdings", "ORG")])
    assert kinds.get("Tarvell Holdings") == "organization"
