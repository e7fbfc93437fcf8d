"""Two people's full names joined by "and" that the model read as one name: each a person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_pair_after_a_noun_for_people_read_as_a_title_is_two_people(nlp: Language) -> None:
    """'the poets Aled Brynmor and Cerys Tallow' read as the title 'Brynmor and ...': two poets."""
    text = "The poets Aled Brynmor and Cerys Tallow read new work at the festival on Friday."
    labels = [("Brynmor and Cerys Tallow", "WORK_OF_ART")]
    assert labelled_kinds(nlp, text, labels) == {
        "Aled Brynmor": "person",
        "Cerys Tallow": "person",
    }


def test_a_pair_of_common_given_names_read_as_a_body_is_two_people(nlp: Language) -> None:
    """'Harriet Quillby and Tobias Marrow' read as one body: two people by their given names."""
    text = "The award went to Harriet Quillby and Tobias Marrow at a dinner on Friday."
    labels = [("Harriet Quillby and Tobias Marrow", "ORG")]
    names = labelled_kinds(nlp, text, labels)
    assert names == {"Harriet Quillby": "person", "Tobias Marrow": "person"}


def test_a_body_named_for_two_places_stays_whole(nlp: Language) -> None:
    """'Quarry Hill and Marlow Stone' with no given name nor noun for people is left as read."""
    text = "Shares of Quarry Hill and Marlow Stone rose sharply in London on Friday."
    labels = [("Quarry Hill and Marlow Stone", "ORG")]
    names = labelled_kinds(nlp, text, labels)
    assert "Quarry Hill" not in names
    assert "Marlow Stone" not in names


def test_a_body_whose_name_ends_in_a_body_word_stays_whole(nlp: Language) -> None:
    """'Harriet Quillby and Tobias Marrow Trust': the last word says a body, not two people."""
    text = "A grant came from the Harriet Quillby and Tobias Marrow Trust on Friday."
    labels = [("Harriet Quillby and Tobias Marrow Trust", "ORG")]
    names = labelled_kinds(nlp, text, labels)
    assert "Tobias Marrow" not in names
