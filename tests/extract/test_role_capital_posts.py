"""A post written with capitals after "served as", "works as" or "is" is the person's role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_served_as_a_capitalised_office(nlp: Language) -> None:
    """ "who served as Harbour Chief of Kelby": a former post, though tagged a name."""
    text = "Albert Manning, who served as Harbour Chief of Kelby, retired to a farm near Ayr."
    assert roles_in(nlp, text)["Albert Manning"] == "former Harbour Chief of Kelby"


def test_works_as_a_capitalised_office(nlp: Language) -> None:
    """ "who works as Chief Executive of Tarland Water": a post still held."""
    text = "Ann Vell, who works as Chief Executive of Tarland Water, said the pipes were old."
    assert roles_in(nlp, text)["Ann Vell"] == "Chief Executive of Tarland Water"


def test_acting_as_a_name_is_no_post(nlp: Language) -> None:
    """ "acted as Santa": a name after "as" is no post."""
    text = "Tom Vell, who once acted as Santa at the school fair, said he was sad."
    assert roles_in(nlp, text)["Tom Vell"] is None


def test_is_a_capitalised_office_past_an_aside(nlp: Language) -> None:
    """ "who, according to LinkedIn, is the Vice President of Sales at Corvel": her post."""
    text = (
        "The letter was first listed as written by Maren Holtby, who, according to "
        "LinkedIn, is the Vice President of Sales at Corvel."
    )
    assert roles_in(nlp, text)["Maren Holtby"] == "Vice President of Sales at Corvel"


def test_is_a_person_named_is_no_post(nlp: Language) -> None:
    """ "who is Maren Holtby": a name after "is" says who someone is, not what."""
    text = "Corin Vane, who is Maren Holtby, said the prize was a shock."
    assert "Holtby" not in (roles_in(nlp, text).get("Corin Vane") or "")
