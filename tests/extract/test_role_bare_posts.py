"""A bare post names the body the sentence before is about: "chief executive of the ..."."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_title_post_takes_the_body_of_the_sentence_before(nlp: Language) -> None:
    """ "The Tarn Valley Trust closed ... . Chief executive Orla Brisk expects": the trust's."""
    text = (
        "The Tarn Valley Trust closed two of its footpaths after the storm. "
        "Chief executive Orla Brisk expects them to reopen in the spring."
    )
    assert roles_in(nlp, text)["Orla Brisk"] == "Chief executive of the Tarn Valley Trust"


def test_appositive_post_takes_the_body_of_the_sentence_before(nlp: Language) -> None:
    """ "Save Kelbrook Lanes put up ... . Nils Odum, deputy chief executive, thanked"."""
    text = (
        "Save Kelbrook Lanes put up new signs along the river on Sunday. "
        "Nils Odum, deputy chief executive, thanked the volunteers who carried them."
    )
    assert roles_in(nlp, text)["Nils Odum"] == "deputy chief executive of Save Kelbrook Lanes"


def test_post_whose_sentence_names_a_body_keeps_its_own(nlp: Language) -> None:
    """A post whose own sentence names a body is that body's, not the one before."""
    text = (
        "The Tarland council approved the road. "
        "Managing director Hal Venn of Venn Haulage welcomed the vote at a meeting in June."
    )
    assert roles_in(nlp, text)["Hal Venn"] == "Managing director of Venn Haulage"


def test_a_trade_is_no_post_of_the_body_before(nlp: Language) -> None:
    """ "The Tarn Valley Trust sold it. Designer Pol Aske said": a designer, not the trust's."""
    text = (
        "The Tarn Valley Trust sold the old mill last spring. "
        "Designer Pol Aske said the new flats would be ready in May."
    )
    assert roles_in(nlp, text)["Pol Aske"] == "Designer"
