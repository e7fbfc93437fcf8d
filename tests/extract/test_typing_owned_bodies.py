"""A body's name the model ran on from its owner's possessive is cut after the possessive."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG
from tests.extract.conftest import labelled


def test_an_owners_possessive_opens_no_bodys_name(nlp: Language) -> None:
    """ "Quarrie's Tarn Media Group": the group is "Tarn Media Group", Quarrie its owner."""
    text = "Quarrie's Tarn Media Group is moving its offices to Leeds next year."
    doc = labelled(nlp, text, [("Quarrie's Tarn Media Group", "ORG")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tarn Media Group") == ORG
    assert "Quarrie's Tarn Media Group" not in kinds


def test_a_name_ending_in_a_possessive_stays_whole(nlp: Language) -> None:
    """ "Quarrie's of Leeds" has no body's word after the possessive: one name."""
    text = "Quarrie's of Leeds said its sales rose in the spring."
    doc = labelled(nlp, text, [("Quarrie's of Leeds", "ORG")])
    assert "Quarrie's of Leeds" in {e.name for e in extract_entities(doc)}


def test_a_bare_bodys_word_after_a_possessive_stays_whole(nlp: Language) -> None:
    """ "Tarnbrook's Hospital": one name, not a body called "Hospital" and its owner."""
    text = "The injured climber was flown to Tarnbrook's Hospital in Dunmarrow on Sunday."
    doc = labelled(nlp, text, [("Tarnbrook's Hospital", "ORG"), ("Dunmarrow", "GPE")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tarnbrook's Hospital") == ORG
    assert "Hospital" not in kinds


def test_words_of_a_bodys_kind_after_a_possessive_stay_whole(nlp: Language) -> None:
    """ "Orla Children's Medical Center": "Medical Center" says what it is, names nothing."""
    text = "She was taken to Orla Children's Medical Center in Dunmarrow that night."
    labels = [("Orla Children's Medical Center", "ORG"), ("Dunmarrow", "GPE")]
    kinds = {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}
    assert kinds.get("Orla Children's Medical Center") == ORG
    assert "Medical Center" not in kinds


def test_a_body_named_for_whom_it_serves_stays_whole(nlp: Language) -> None:
    """ "Quarrie's Investors Service" is one body, not "Quarrie" and "Investors Service"."""
    # A plural common noun after the possessive opens no firm's own name.
    text = "Quarrie's Investors Service cut the bank's rating by one notch on Friday."
    doc = labelled(nlp, text, [("Quarrie's Investors Service", "ORG")])
    names = {e.name for e in extract_entities(doc)}
    assert "Investors Service" not in names
    assert any(name.endswith("Investors Service") for name in names)
