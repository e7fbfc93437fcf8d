"""Titles of works that read like people's names: a title inside a work's name, a title
ending in a verb's participle, a programme's hour."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds


def test_a_courtesy_title_after_a_work_noun_is_part_of_the_title(nlp: Language) -> None:
    """ "the cartoon Mr Wobbleton": the title names the cartoon, not a man."""
    text = "Children in Kelby still watch the cartoon Mr Wobbleton every morning."
    assert labelled_kinds(nlp, text, [("Wobbleton", "PERSON")]).get("Wobbleton") != PERSON


def test_a_title_ending_in_a_participle_is_a_work(nlp: Language) -> None:
    """ "Harbour Lights Unmasked": a book's title, no one is called "Unmasked"."""
    text = "Her memoir, Harbour Lights Unmasked, sold well in Pellham last winter."
    kinds = labelled_kinds(nlp, text, [("Harbour Lights Unmasked", "PERSON")])
    assert kinds.get("Harbour Lights Unmasked") != PERSON


def test_a_programmes_hour_is_no_person(nlp: Language) -> None:
    """ "the Pellham Hour": a radio programme, named for its slot."""
    text = "Listeners of the Pellham Hour heard the minister defend the bridge tolls."
    assert labelled_kinds(nlp, text, [("Pellham Hour", "PERSON")]).get("Pellham Hour") != PERSON


def test_a_person_after_a_courtesy_title_stays_a_person(nlp: Language) -> None:
    """ "the judge told Mr Mara Quill": a work noun must come right before the title."""
    text = "The film crew waited while Mr Mara Quill signed the forms."
    assert labelled_kinds(nlp, text, [("Mara Quill", "PERSON")]).get("Mara Quill") == PERSON


def test_a_quoted_title_with_the_stop_inside_its_marks_is_a_work(nlp: Language) -> None:
    """ "the clumsy prose of 'Harbour Nights.'": American style puts the stop inside the marks."""
    text = "Few readers got past the clumsy prose of \u2018Harbour Nights.\u2019 It sold well."
    kinds = labelled_kinds(nlp, text, [("Harbour Nights", "PERSON")])
    assert kinds.get("Harbour Nights") != PERSON


def test_a_title_credited_after_a_comma_is_a_work(nlp: Language) -> None:
    """ "King Oskar Unmasked, by Pia Kestrel, published by": the credit makes it a work."""
    # "an excerpt from King Oskar Unmasked, by Pia Kestrel, published by": the credit after the
    # comma outweighs the title the work's name opens with.
    text = (
        "This is an excerpt from King Oskar Unmasked, by Pia Kestrel, published by Tarvik "
        "Press on May 2 at \u00a320."
    )
    labels = [("Oskar Unmasked", "PERSON"), ("Pia Kestrel", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Oskar Unmasked") != PERSON


def test_a_name_a_network_renewed_is_a_series(nlp: Language) -> None:
    """ "The network renewed Lucky Fenwick for a second season": a series, not a person."""
    text = "The network renewed Lucky Fenwick for a second season on Tuesday."
    kinds = labelled_kinds(nlp, text, [("Lucky Fenwick", "PERSON")])
    assert kinds.get("Lucky Fenwick") != PERSON


def test_a_name_before_a_kin_noun_and_a_person_describes_the_person(nlp: Language) -> None:
    """ "Blue Pennant father Jo Ames": the name before "father" says who he is, no one else."""
    text = "Blue Pennant father Jo Ames spoke at the memorial on Sunday."
    kinds = labelled_kinds(nlp, text, [("Blue Pennant", "PERSON"), ("Jo Ames", "PERSON")])
    assert kinds.get("Blue Pennant") != PERSON
    assert kinds.get("Jo Ames") == PERSON
