"""Person names cut to the name: no title before, no honour, hyphenated adjective or work after."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.lexicon import lexicon
from generator.extract.name_spans import clean_span
from generator.extract.people import person_parts


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


def _parts(nlp: Language, text: str, start: int, end: int) -> list[str]:
    """`person_parts` of the tokens start:end of a text, read as one PERSON span."""
    span = nlp(text)[start:end]
    span.label_ = "PERSON"
    return [part.text for part in person_parts(span, lexicon())]


def test_an_adverb_or_gerund_opening_a_sentence_is_no_part_of_a_name(nlp: Language) -> None:
    """ "Afterwards Jo Ames left": the model runs the adverb into the name."""
    assert _parts(nlp, "Afterwards Jo Ames left the room in silence.", 0, 3) == ["Jo Ames"]


def test_a_title_inside_a_span_leaves_the_full_name_after_it(nlp: Language) -> None:
    """ "Kent County Sheriff Mia Lorne" names Mia Lorne; "Jo King Jr." keeps its King."""
    text = "Kent County Sheriff Mia Lorne said the road was closed."
    assert _parts(nlp, text, 0, 5) == ["Mia Lorne"]
    assert _parts(nlp, "Reverend Jo King Jr. spoke at the rally.", 1, 4) == ["Jo King Jr."]


def test_a_comma_or_and_before_a_courtesy_title_parts_two_people(nlp: Language) -> None:
    """ "Tom Vale, Kim" and "Hale and Mr Orrin" are two people; "Jr." alone is nobody."""
    assert _parts(nlp, "They met Tom Vale, Kim and the others.", 2, 6) == ["Tom Vale", "Kim"]
    assert _parts(nlp, "Hale and Mr Orrin were both charged.", 0, 4) == ["Hale", "Mr Orrin"]
    assert _parts(nlp, "The Rev Jo King, Jr. preached.", 2, 6) == ["Jo King"]


def test_a_verb_in_lower_case_ends_a_name(nlp: Language) -> None:
    """ "Edwin loathed Marlow": the model read a clause as one name."""
    assert _parts(nlp, "Edwin loathed Marlow from the first day.", 0, 3) == ["Edwin"]


def test_a_possessive_ends_a_name_before_a_body_word(nlp: Language) -> None:
    """ "Jo Ames's Government" mentions Jo Ames; it names no organization of its own."""
    doc = nlp("Critics say Jo Ames's Government has failed the north.")
    span = doc[2:6]
    span.label_ = "PERSON"
    cleaned = clean_span(span, lexicon())
    assert cleaned is not None and cleaned.text == "Jo Ames"


def test_dashes_opening_a_span_are_no_part_of_the_name(nlp: Language) -> None:
    """A span the model began at a dash ("-- Jo Ames") is cut to the name."""
    doc = nlp("Prices were steady, a trader said. -- Jo Ames, Oslo Newsroom +47 22 00 00 00")
    span = doc[8:11]
    assert span.text == "-- Jo Ames"
    span.label_ = "PERSON"
    cleaned = clean_span(span, lexicon())
    assert cleaned is not None and cleaned.text == "Jo Ames"


def test_a_hyphenated_given_name_stays_with_its_surname(nlp: Language) -> None:
    """ "Lee In-ae": a hyphenated given name cut at the hyphen stays whole; "Co-op" is not one."""
    # A given name of two syllables joined by a hyphen is part of the name; a company form after a
    # name ("Co-op") is not.
    assert _people(nlp, "Lee In-ae scored twice for the home side on Sunday.") == ["Lee In-ae"]
    assert "Jo Ames Co-op" not in _people(nlp, "Jo Ames Co-op said it would close.")


def test_the_end_of_a_title_in_charge_is_no_part_of_the_name(nlp: Language) -> None:
    """ "Senior Agent in Charge Rhea Volk": "Charge" ends her title, not her name."""
    doc = nlp("Senior Agent in Charge Rhea Volk said the raid had gone to plan.")
    start = [t.text for t in doc].index("Charge")
    span = doc[start : start + 3]
    span.label_ = "PERSON"
    cleaned = clean_span(span, lexicon())
    assert cleaned is not None and cleaned.text == "Rhea Volk"
