"""Kin listed with one surname after the last: "her sisters Dana and Mairead Quill"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_sisters_listed_are_two_people_of_one_surname(nlp: Language) -> None:
    """'sisters Aoife and Grainne Tolan' read as two bodies: two people named Tolan."""
    text = "The letter demanded the release of two activists, sisters Aoife and Grainne Tolan."
    assert labelled_kinds(nlp, text, [("Aoife", "ORG"), ("Grainne Tolan", "ORG")]) == {
        "Aoife Tolan": "person",
        "Grainne Tolan": "person",
    }


def test_names_listed_without_kin_keep_their_own_names(nlp: Language) -> None:
    """'fans of Dana and Mairead Quill', 'Dana' read as a body: 'Dana' gets no surname."""
    text = "Fans of Dana and Mairead Quill queued outside the theatre on Friday."
    names = list(labelled_kinds(nlp, text, [("Dana", "ORG"), ("Mairead Quill", "PERSON")]))
    assert "Dana Quill" not in names


def test_a_listed_first_name_left_unread_is_a_person(nlp: Language) -> None:
    """'brothers Cathal and Eoin Brady' with 'Cathal' left unread: still a person."""
    text = "The court heard from his brothers Cathal and Eoin Brady on Tuesday."
    assert labelled_kinds(nlp, text, [("Eoin Brady", "ORG")]) == {
        "Cathal Brady": "person",
        "Eoin Brady": "person",
    }


def test_kin_opening_a_sentence_is_no_part_of_the_first_name(nlp: Language) -> None:
    """'Brothers Liam and Noel Ferris said': 'Brothers Liam' is Liam Ferris."""
    text = "Brothers Liam and Noel Ferris said they were pleased with the verdict."
    assert labelled_kinds(nlp, text, [("Brothers Liam", "PERSON"), ("Noel Ferris", "PERSON")]) == {
        "Liam Ferris": "person",
        "Noel Ferris": "person",
    }


def test_kin_listed_with_a_particle_surname_share_all_of_it(nlp: Language) -> None:
    """'sons Ned and Olaf Van Brakel': both are Van Brakel, the particle included."""
    text = "He is survived by his sons Ned and Olaf Van Brakel and by his sister."
    labels = [("Ned", "PERSON"), ("Olaf Van Brakel", "PERSON")]
    assert labelled_kinds(nlp, text, labels) == {
        "Ned Van Brakel": "person",
        "Olaf Van Brakel": "person",
    }


def test_kin_listed_with_a_lower_case_particle_surname(nlp: Language) -> None:
    """'daughters Ines and Marta de Quellar' with 'Ines' left unread: Ines de Quellar."""
    text = "She leaves her daughters Ines and Marta de Quellar and a grandson."
    names = labelled_kinds(nlp, text, [("Marta de Quellar", "PERSON")])
    assert names == {"Ines de Quellar": "person", "Marta de Quellar": "person"}
