"""A work's noun opening a sentence takes up no name when the text used it before."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds, person_labelled_kinds

EARLIER = (
    "The film opened in 40 cinemas on Friday, a week after a row over its funding with Ivo Marsh. "
    "The film took £2m in its first weekend."
)


def test_a_noun_used_before_takes_up_no_name(nlp: Language) -> None:
    """A work's noun the text used before the name has its referent: the name is not it."""
    assert "Ivo Marsh" in entity_kinds(nlp, EARLIER)  # whatever it is, it is no work


def test_a_show_noun_after_a_subject_takes_it_up(nlp: Language) -> None:
    """ "Harlan Vey follows a family of farmers. The show drew ...": the subject is the show."""
    text = (
        "Harlan Vey follows a family of farmers in the hills. "
        "The show drew 8 million viewers last year."
    )
    kinds = person_labelled_kinds(nlp, text, ["Harlan Vey"])
    assert kinds.get("Harlan Vey") != "person"


def test_a_work_named_after_the_subject_is_taken_up_instead(nlp: Language) -> None:
    """ "Orla Thring is back in a new comedy. The show ...": the noun takes up the comedy."""
    text = "Orla Thring is back in a new comedy about farmers. The show starts in May."
    kinds = person_labelled_kinds(nlp, text, ["Orla Thring"])
    assert kinds.get("Orla Thring") == "person"


def test_a_subject_who_made_the_work_stays_a_person(nlp: Language) -> None:
    """ "Kenzo Brannock directed it in Spain. The film took ...": the maker is no film."""
    text = "Kenzo Brannock directed it in Spain last summer. The film took $20m in a week."
    kinds = person_labelled_kinds(nlp, text, ["Kenzo Brannock"])
    assert kinds.get("Kenzo Brannock") == "person"
