"""A name written only before a noun of laws or of a site is a byword for those laws or the
site's name, not a person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


def test_a_name_only_before_laws_is_no_person(nlp: Language) -> None:
    """ "passed new Tam Roke segregation laws": a byword for the laws."""
    text = "The council passed new Tam Roke segregation laws in 1921, the archive shows."
    assert person_labelled_kinds(nlp, text, ["Tam Roke"]).get("Tam Roke") != PERSON


def test_a_person_written_alone_too_stays_a_person(nlp: Language) -> None:
    """ "Orrin Vale said ... the Orrin Vale laws": the person is written on his own too."""
    text = "Orrin Vale said he was proud. The Orrin Vale laws were passed in June."
    kinds = person_labelled_kinds(nlp, text, ["Orrin Vale", "Orrin Vale"])
    assert kinds.get("Orrin Vale") == PERSON


def test_a_name_only_before_a_station_is_a_place(nlp: Language) -> None:
    """ "Trains stop at Marden Mill railway station": the station's name, no person."""
    text = "Trains stop at Marden Mill railway station twice an hour on weekdays."
    kinds = person_labelled_kinds(nlp, text, ["Marden Mill"])
    assert kinds.get("Marden Mill") not in (PERSON, None)
