"""A double quote mark glued to the words around it ('complete,"Tamsin Orrell said') is read
as its own token, with the stop or comma before it, as if the spaces were there."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_designations import record


def test_a_glued_mark_and_its_comma_are_tokens_of_their_own(nlp: Language) -> None:
    """'complete,"he' is four tokens; 'Mr."Big"' keeps the title's stop."""
    doc = nlp('The work is complete,"he said. Mr."Big" left.')
    words = [t.text for t in doc]
    assert words[:8] == ["The", "work", "is", "complete", ",", '"', "he", "said"]
    assert words[9:12] == ["Mr.", '"', "Big"]


def test_curly_marks_glued_to_words_split_too(nlp: Language) -> None:
    """A closing curly mark glued to the next word and an opening one after a colon split."""
    doc = nlp("He said:\u201cNo,\u201dshe said.")
    assert [t.text for t in doc] == [
        "He",
        "said",
        ":",
        "\u201c",
        "No",
        ",",
        "\u201d",
        "she",
        "said",
        ".",
    ]


def test_a_name_after_a_glued_mark_is_a_person_who_speaks() -> None:
    """The speaker named right after a glued closing mark is found whole and speaks."""
    found = record('"The work is finally complete,"Tamsin Orrell said after the vote.')
    assert [p["name"] for p in found["people"]] == ["Tamsin Orrell"]
    assert [q["speaker"] for q in found["quotes"]] == ["Tamsin Orrell"]
