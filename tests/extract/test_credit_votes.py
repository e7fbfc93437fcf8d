"""Entity typing of names credited as a writing's maker: "edited by Ann Roke"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_an_editor_read_as_a_body_is_a_person(nlp: Language) -> None:
    """ "edited by Ann Roke": whoever edits a text is a person, whatever the model says."""
    text = "Her letters from the war, edited by Ann Roke, come out in the spring."
    kinds = labelled_kinds(nlp, text, [("Ann Roke", "ORG")])
    assert kinds.get("Ann Roke") == "person"


def test_a_writer_read_as_a_body_is_a_person(nlp: Language) -> None:
    """ "a memoir written by Tom Vell": the writer of a text is a person."""
    text = "Critics praised a short memoir written by Tom Vell about the harbour."
    kinds = labelled_kinds(nlp, text, [("Tom Vell", "ORG")])
    assert kinds.get("Tom Vell") == "person"


def test_the_name_before_a_publisher_is_the_author(nlp: Language) -> None:
    """ "Glass Roads, by Tom Vell, published by Kite Books": the author, then the publisher."""
    text = "Glass Roads, by Tom Vell, published by Kite Books on May 3, costs twelve pounds."
    kinds = labelled_kinds(nlp, text, [("Tom Vell", "ORG"), ("Kite Books", "ORG")])
    assert kinds.get("Tom Vell") == "person"
    assert kinds.get("Kite Books") == "organization"


def test_a_body_of_an_office_before_a_credit_stays_a_body(nlp: Language) -> None:
    """ "written by Tarland Office minister Tom Vell": the office's name only describes him."""
    text = "The memo was written by Tarland Office minister Tom Vell last spring."
    kinds = labelled_kinds(nlp, text, [("Tarland Office", "ORG"), ("Tom Vell", "PERSON")])
    assert kinds.get("Tarland Office") == "organization"


def test_a_poll_published_by_a_paper_is_no_credit(nlp: Language) -> None:
    """Only "published by" after a name credits an author; a poll's maker is as the model read."""
    # "a poll by Hale Mori, published today".
    text = "A poll by Hale Mori, published today, found most voters undecided."
    kinds = labelled_kinds(nlp, text, [("Hale Mori", "ORG")])
    assert kinds.get("Hale Mori") == "organization"


def test_a_director_read_as_a_body_is_a_person(nlp: Language) -> None:
    """ "the comedy, directed by Ida Penn,": whoever directs a film is a person."""
    text = "The comedy, directed by Ida Penn, opens in forty cinemas next week."
    kinds = labelled_kinds(nlp, text, [("Ida Penn", "ORG")])
    assert kinds.get("Ida Penn") == "person"


def test_a_show_host_read_as_a_body_is_a_person(nlp: Language) -> None:
    """ "the quiz, hosted by Ida Penn,": the host of a show is a person."""
    text = "The late-night quiz, hosted by Ida Penn, lost a third of its viewers."
    kinds = labelled_kinds(nlp, text, [("Ida Penn", "ORG")])
    assert kinds.get("Ida Penn") == "person"
