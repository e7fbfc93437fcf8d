"""Programs and malware given names as people are: "a computer worm called Lena Voss"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


def test_a_worm_called_a_name_is_no_person(nlp: Language) -> None:
    """ "A computer worm called Lena Voss has spread": the worm's name, no one's."""
    text = "A computer worm called Lena Voss has infected thousands of PCs, said Tom Ames."
    kinds = person_labelled_kinds(nlp, text, ["Lena Voss", "Tom Ames"])
    assert kinds.get("Lena Voss") != PERSON
    assert kinds.get("Tom Ames") == PERSON


def test_an_app_called_a_name_is_no_person(nlp: Language) -> None:
    """ "a new app called Juno Marsh": software named as a person is not one."""
    text = "Vireo has launched a new app called Juno Marsh for its users, said Tom Ames."
    kinds = person_labelled_kinds(nlp, text, ["Juno Marsh", "Tom Ames"])
    assert kinds.get("Juno Marsh") != PERSON


def test_a_virus_set_off_after_its_noun_is_no_person(nlp: Language) -> None:
    """ "The virus, Dana Kell, arrived": the apposition names the virus."""
    text = "The virus, Dana Kell, arrived as an e-mail on Monday. Dana Kell deletes files."
    kinds = person_labelled_kinds(nlp, text, ["Dana Kell", "Dana Kell"])
    assert kinds.get("Dana Kell") != PERSON
