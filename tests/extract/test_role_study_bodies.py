"""The author of a study takes the body of its researchers named before them."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_lead_author_takes_the_researchers_body(nlp: Language) -> None:
    """ "Researchers at the University of Dornwick": the lead author named later is at it too."""
    # "... Lead author Harriet Quillby said".
    text = (
        "Researchers at the University of Dornwick looked at 3,000 patients. "
        "Lead author Harriet Quillby said: ‘Most patients do well.’"
    )
    assert roles_in(nlp, text)["Harriet Quillby"] == "Lead author at the University of Dornwick"


def test_study_researcher_takes_the_scientists_body(nlp: Language) -> None:
    """ "Scientists from Kelby College": the study's lead researcher named later is at it too."""
    # "... The study's lead researcher, Harriet Quillby,".
    text = (
        "Scientists from Kelby College found that most did well. "
        "The study's lead researcher, Harriet Quillby, said the results were clear."
    )
    role = roles_in(nlp, text)["Harriet Quillby"]
    assert role == "study's lead researcher at Kelby College"
