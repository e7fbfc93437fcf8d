"""A name introduced by its owner's work noun or listed among works is no person: "the band's
new single, Paper Kites,", "their hits include Paper Kites and Glass Roads"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_title_set_off_after_an_owned_single_is_no_person(nlp: Language) -> None:
    """ "The band's new single, Paper Kites, has gone to number one": a song."""
    text = "The band's new single, Paper Kites, has gone straight to number one in the chart."
    kinds = person_labelled_kinds(nlp, text, ["Paper Kites"])
    assert kinds.get("Paper Kites") != "person"


def test_a_person_set_off_after_a_show_as_a_time_stays(nlp: Language) -> None:
    """ "After his show, Tom Vell, 45, said": the show only dates what the person said."""
    text = "After his show, Tom Vell, 45, said he was tired."
    kinds = person_labelled_kinds(nlp, text, ["Tom Vell"])
    assert kinds.get("Tom Vell") == "person"


def test_songs_listed_after_hits_include_are_no_people(nlp: Language) -> None:
    """ "Their hits include Dune Riders and Harbour Glass": both are songs."""
    text = "The Kestrels split up on Monday. Their hits include Dune Riders and Harbour Glass."
    kinds = person_labelled_kinds(nlp, text, ["Dune Riders", "Harbour Glass"])
    assert kinds.get("Dune Riders") != "person"
    assert kinds.get("Harbour Glass") != "person"


def test_guests_listed_after_include_stay_people(nlp: Language) -> None:
    """ "Guests include Ann Roke": guests are people, whatever the list."""
    text = "The show returns on Friday. Guests include Ann Roke and Tom Vell."
    kinds = person_labelled_kinds(nlp, text, ["Ann Roke", "Tom Vell"])
    assert kinds.get("Ann Roke") == "person"


def test_an_owner_of_listed_films_stays_a_person(nlp: Language) -> None:
    """ "Ann Roke's films include Moon Quest": the list is after the verb, the owner before."""
    text = "Ann Roke's films include Moon Quest and Salt Road. Roke said she was proud."
    kinds = person_labelled_kinds(nlp, text, ["Ann Roke", "Moon Quest"])
    assert kinds.get("Ann Roke") == "person"
    assert kinds.get("Moon Quest") != "person"


def test_a_host_named_inside_a_listed_title_stays_a_person(nlp: Language) -> None:
    """ "Her shows include Star Quest, hosted by Tom Vell": the host is no title of the list."""
    text = "Her shows include Star Quest, hosted by Tom Vell. Vell said he was proud."
    kinds = person_labelled_kinds(nlp, text, ["Star Quest", "Tom Vell"])
    assert kinds.get("Tom Vell") == "person"


def test_a_title_after_one_that_opens_with_a_verb_is_no_person(nlp: Language) -> None:
    """ "whose hits include Dancing in Tin and Harbour Glass": the verb opens a title."""
    text = (
        "Kestrel Road, whose hits include Dancing in Tin and Harbour Glass, sold more than "
        "5 million albums. Harbour Glass reached number two in 2003."
    )
    kinds = person_labelled_kinds(nlp, text, ["Harbour Glass", "Harbour Glass"])
    assert kinds.get("Harbour Glass") != "person"


def test_shows_listed_after_stage_appearances_are_no_people(nlp: Language) -> None:
    """ "Her stage appearances included Harbour Lights and Marrow, Marrow, Pell Rook": shows."""
    text = (
        "Her stage appearances included Harbour Lights, Candlewick and Marrow, Marrow, "
        "Pell Rook, She also directed the revival."
    )
    kinds = person_labelled_kinds(nlp, text, ["Pell Rook"])
    assert kinds.get("Pell Rook") != "person"
