"""A body's noun opening the next sentence takes up the subject before it: "Harlow Penn
will headline the festival. The Scottish band ..." is a band, not a person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds, person_labelled_kinds


def test_a_band_noun_after_the_subject_takes_it_up(nlp: Language) -> None:
    """ "Velvet Orrin will headline ... The Welsh band released": the band's name."""
    text = (
        "Velvet Orrin will headline the festival in August, organisers said. "
        "The Welsh band released their second album last year."
    )
    assert person_labelled_kinds(nlp, text, ["Velvet Orrin"]).get("Velvet Orrin") != PERSON


def test_a_body_noun_used_before_leaves_a_person(nlp: Language) -> None:
    """ "A campaign group ... Dana Orrin will stand. The group said": the group named first."""
    text = (
        "A campaign group will stand in four seats. Dana Orrin will stand in Dunmore. "
        "The group said it had 300 volunteers."
    )
    assert person_labelled_kinds(nlp, text, ["Dana Orrin"]).get("Dana Orrin") == PERSON


def test_a_body_noun_after_a_body_made_leaves_the_maker(nlp: Language) -> None:
    """ "Dana Orrin started a bakery chain. The company ...": the chain, not its founder."""
    for text in (
        "Dana Orrin started a chain of bakeries in 1990. The company now has 40 shops.",
        "Dana Orrin founded Harlan Pike in 1990. The firm now employs 300 staff.",
    ):
        assert person_labelled_kinds(nlp, text, ["Dana Orrin"]).get("Dana Orrin") == PERSON, text


def test_a_prize_the_model_reads_as_a_body_leaves_the_band_its_noun(nlp: Language) -> None:
    """ "Velvet Orrin won two Pellam awards. The Welsh band": the prize is no body to take up."""
    text = (
        "Velvet Orrin won two Pellam awards on Tuesday night. "
        "The Welsh band also played a short set at the ceremony."
    )
    kinds = labelled_kinds(nlp, text, [("Velvet Orrin", "PERSON"), ("Pellam", "ORG")])
    assert kinds.get("Velvet Orrin") != PERSON


def test_a_body_the_model_reads_before_the_noun_keeps_the_person(nlp: Language) -> None:
    """ "Dana Orrin joined Pellam Media. The firm": the firm named in her sentence."""
    text = "Dana Orrin joined Pellam Media last spring. The firm now has 60 staff."
    kinds = labelled_kinds(nlp, text, [("Dana Orrin", "PERSON"), ("Pellam Media", "ORG")])
    assert kinds.get("Dana Orrin") == PERSON
