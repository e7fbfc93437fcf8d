"""A "which" clause set off between a subject and its verb says the subject is no person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG
from generator.extract.typing_relatives import OTHER_WHICH, SUBJECT_WHICH, which_weight
from tests.extract.conftest import labelled, person_labelled_kinds


def test_a_subject_set_off_by_which_is_a_body(nlp: Language) -> None:
    """ "Marcus Vell, which has shops in four towns, is in talks": a shop chain's name."""
    text = (
        "Marcus Vell, which has shops in four towns, is in talks with a buyer. "
        "Marcus Vell has been owned by a family trust since 1990."
    )
    assert person_labelled_kinds(nlp, text, ["Marcus Vell", "Marcus Vell"]) == {"Marcus Vell": ORG}


def test_only_a_subject_before_its_verb_gets_the_full_weight(nlp: Language) -> None:
    """ "Ida Renn, which ... sold" weighs fully; "a portrait of Ida Renn, which hung" does not."""
    # "a portrait of Ida Renn, which hung" and "praised Tom Ames, which pleased" may be about the
    # portrait or the act.
    texts = {
        "Ida Renn, which has shops in four towns, sold its flagship store.": SUBJECT_WHICH,
        "A portrait of Ida Renn, which hung in the hall for years, was sold.": OTHER_WHICH,
        "The coach praised Ida Renn, which pleased the fans.": OTHER_WHICH,
    }
    for text, weight in texts.items():
        doc = labelled(nlp, text, [("Ida Renn", "PERSON")])
        assert which_weight(doc.ents[0], doc.ents[0].end + 1) == weight, text
