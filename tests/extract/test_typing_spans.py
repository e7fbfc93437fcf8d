"""Person names cut to the name: no title before, no honour, hyphenated adjective or work after."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.lexicon import lexicon
from generator.extract.mentions import clean_span


def _people(nlp: Language, text: str) -> list[str]:
    return [e.name for e in extract_entities(nlp(text)) if e.kind == "person"]


def test_dotless_military_and_senate_titles_are_no_part_of_the_name(nlp: Language) -> None:
    """ "Gen Tariq Malik", "Sen Mark Hollis": BBC style writes titles without a full stop."""
    people = _people(
        nlp, "Gen Tariq Malik met Sen Mark Hollis in Washington on Monday to discuss aid."
    )
    assert "Tariq Malik" in people and "Mark Hollis" in people
    assert not any(name.startswith(("Gen ", "Sen ")) for name in people)


def test_letters_of_an_honour_after_a_name_are_dropped(nlp: Language) -> None:
    """ "Guy Lyle QC said" names Guy Lyle; the QC is his standing, not his name."""
    people = _people(nlp, "Guy Lyle QC said the law was unfair to his clients.")
    assert people == ["Guy Lyle"]


def test_a_hyphenated_adjective_after_a_name_is_dropped(nlp: Language) -> None:
    """ "a George Bosk-style tax cut" mentions George Bosk."""
    people = _people(nlp, "Critics warned of a George Bosk-style tax cut for the rich.")
    assert "George Bosk-style" not in people


def test_a_work_after_a_possessive_is_no_part_of_the_owner(nlp: Language) -> None:
    """ "Charles Dunmore's Oliver Pike" is a writer and his character, not one long name."""
    people = _people(nlp, "He compared himself to Charles Dunmore's Oliver Pike in the speech.")
    assert not any("Pike" in name and "Dunmore" in name for name in people)


def test_a_courtesy_title_or_honour_makes_a_person_of_any_label(nlp: Language) -> None:
    """ "Mr Farnley" or "Guy Lyle QC" read as an organization are a person, without the title."""
    doc = nlp("Mr Farnley met Guy Lyle QC on Monday.")
    for start, end, name in ((0, 2, "Farnley"), (3, 6, "Guy Lyle")):
        span = doc[start:end]
        span.label_ = "ORG"
        cleaned = clean_span(span, lexicon())
        assert cleaned is not None
        assert (cleaned.text, cleaned.label_) == (name, "PERSON")
