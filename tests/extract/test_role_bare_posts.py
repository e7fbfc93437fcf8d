"""A bare post names the body the sentence before is about: "chief executive of the ..."."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_title_post_takes_the_body_of_the_sentence_before(nlp: Language) -> None:
    """ "The Tarn Valley Trust said ... . Chief executive Orla Brisk said": the trust's."""
    text = (
        "The Tarn Valley Trust said last night that walkers were being turned away. "
        "Chief executive Orla Brisk said: ‘We are deeply worried.’"
    )
    assert roles_in(nlp, text)["Orla Brisk"] == "Chief executive of the Tarn Valley Trust"


def test_appositive_post_takes_the_body_of_the_sentence_before(nlp: Language) -> None:
    """ "Save Kelbrook Lanes has asked ... . Nils Odum, deputy chief executive, said"."""
    text = (
        "Save Kelbrook Lanes has asked residents to help again. "
        "Nils Odum, deputy chief executive, said: ‘We are glad to be back.’"
    )
    assert roles_in(nlp, text)["Nils Odum"] == "deputy chief executive of Save Kelbrook Lanes"


def test_post_whose_sentence_names_a_body_keeps_its_own(nlp: Language) -> None:
    """ "The council approved it. Managing director Hal Venn of Venn Haulage": not the
    council's."""
    text = (
        "The Tarland council approved the road. "
        "Managing director Hal Venn of Venn Haulage said it would help."
    )
    assert roles_in(nlp, text)["Hal Venn"] == "Managing director of Venn Haulage"


def test_a_trade_is_no_post_of_the_body_before(nlp: Language) -> None:
    """ "The Tarn Valley Trust sold it. Designer Pol Aske said": a designer, not the trust's."""
    text = (
        "The Tarn Valley Trust sold the old mill last spring. "
        "Designer Pol Aske said the new flats would be ready in May."
    )
    assert roles_in(nlp, text)["Pol Aske"] == "Designer"
