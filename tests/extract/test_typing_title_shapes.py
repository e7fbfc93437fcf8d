"""A verb inside a name, a group set off after it and a band credited with "by" make a name
made like a person's a title or a band; the people beside them stay people."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds, person_labelled_kinds


def test_name_holding_a_verb_is_a_title(nlp: Language) -> None:
    """ "Tobin Farrow Finds His Feet", a film's title with a verb inside, is no one."""
    text = (
        "Cinemas will show Gallant Roads and Tobin Farrow Finds His Feet, a comedy starring "
        "the actor Wendell Ostby, from Friday."
    )
    kinds = person_labelled_kinds(nlp, text, ["Tobin Farrow Finds His Feet", "Wendell Ostby"])
    assert kinds.get("Tobin Farrow Finds His Feet") != "person"
    assert kinds["Wendell Ostby"] == "person"


def test_name_set_off_by_a_trio_is_a_band(nlp: Language) -> None:
    """ "Marigold Penn, a trio from Dundee," is a band; names set off by "a duo" stay people."""
    text = (
        "The judges picked Marigold Penn, a trio from Dundee, over the singer Alvar Quist. "
        "Ivo Brenn and Saskia Lund, a duo from Hull, came third."
    )
    names = ["Marigold Penn", "Alvar Quist", "Ivo Brenn", "Saskia Lund"]
    kinds = person_labelled_kinds(nlp, text, names)
    assert kinds.get("Marigold Penn") != "person"
    assert [kinds.get(name) for name in names[1:]] == ["person"] * 3


def test_song_credited_to_a_band_is_no_one(nlp: Language) -> None:
    """ "Dolly Harker by the indie band The Wrens" is a song; the singer it trails a person."""
    text = (
        "Grime star Oskar Lent is back at number one. His single held off Dolly Harker by the "
        "indie band The Wrens for a second week."
    )
    kinds = person_labelled_kinds(nlp, text, ["Oskar Lent", "Dolly Harker"])
    assert kinds.get("Dolly Harker") != "person"
    assert kinds["Oskar Lent"] == "person"


def test_song_credited_after_of_names_its_subject(nlp: Language) -> None:
    """A name after "about" is a song's subject, a person; one credited "by the band" is a song."""
    text = (
        "Grime star Oskar Lent is back at number one. His single held off Dolly Harker by the "
        "indie band The Wrens, a song about Hester Rawle by the band The Wrens."
    )
    kinds = person_labelled_kinds(nlp, text, ["Oskar Lent", "Dolly Harker", "Hester Rawle"])
    assert kinds.get("Dolly Harker") != "person"
    assert kinds["Hester Rawle"] == "person"


def test_album_set_off_with_a_greeting_word_is_no_one(nlp: Language) -> None:
    """ "The album, Dear Marguerite," is a record: "Dear" opens its title and greets no one."""
    text = (
        "Rosalind Tey has finished her new record. The album, Dear Marguerite, is due in shops "
        "next month."
    )
    kinds = labelled_kinds(
        nlp, text, [("Rosalind Tey", "PERSON"), ("Dear Marguerite", "WORK_OF_ART")]
    )
    assert kinds.get("Marguerite") != "person"
    assert kinds["Rosalind Tey"] == "person"


def test_a_group_set_off_later_is_not_the_name(nlp: Language) -> None:
    """A group noun in a name's later apposition ("a member of the board, the group") is no band."""
    text = (
        "The judges picked Marigold Penn, a trio from Dundee. The visit by Lorcan Ashe, a "
        "member of the board, the group of nine men who run the fund, was a surprise."
    )
    kinds = person_labelled_kinds(nlp, text, ["Marigold Penn", "Lorcan Ashe"])
    assert kinds.get("Marigold Penn") != "person"
    assert kinds["Lorcan Ashe"] == "person"
