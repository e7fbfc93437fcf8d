"""Styles by which a name is addressed (a priest's "Father", a judge's "Justice") and the
role a text states beside them."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_clergy_style_after_a_job_is_no_part_of_it(nlp: Language) -> None:
    """ "Army chaplain Father Ned Moyle": a chaplain, addressed as Father."""
    text = "Army chaplain Father Ned Moyle will lead a service at the garrison."
    assert roles_in(nlp, text)["Ned Moyle"] == "Army chaplain"


def test_honour_of_a_judge_style_is_no_part_of_the_title(nlp: Language) -> None:
    """ "His Honour Judge Piers Lumb": a Judge, "Honour" being his style."""
    text = "His Honour Judge Piers Lumb said the defendant had shown remorse."
    assert roles_in(nlp, text)["Piers Lumb"] == "Judge"


def test_title_before_name_with_office_letters(nlp: Language) -> None:
    """ "Recorder Simon Gale QC": the parse ties the title to the letters after the name."""
    text = "Recorder Simon Gale QC adjourned the case until March."
    assert "Recorder" in (roles_in(nlp, text)["Simon Gale"] or "")


def test_councillor_after_a_role_is_address(nlp: Language) -> None:
    """ "Council leader Cllr Wyn Tallis": a council leader, not "Council leader Councillor"."""
    text = "Council leader Cllr Wyn Tallis said the depot would close in June."
    assert roles_in(nlp, text)["Wyn Tallis"] == "Council leader"
