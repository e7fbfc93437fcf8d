"""Entity typing from a kind's noun set off after a name: "Colegio Vela, a private school"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_group_after_of_is_no_apposition_of_the_name(nlp: Language) -> None:
    """ "says Ann Roke of tenants’ group the Tarland Society": the group is hers; she is no body."""
    # The parse hangs it on her name as an apposition.
    text = (
        "‘Nobody here wants more traffic,’ says Ann Roke of tenants’ group the Tarland "
        "Society. ‘The street is full already.’"
    )
    kinds = person_labelled_kinds(nlp, text, ["Ann Roke"])
    assert kinds.get("Ann Roke") == "person"


def test_a_gerund_set_off_is_no_kind_of_body(nlp: Language) -> None:
    """A set-off "publishing under a pen name" is what he does, not a publishing house."""
    # "Tom Vell, the Tarland-born nurse-turned-novelist publishing under a pen name".
    text = (
        "Few readers knew of Tom Vell, the Tarland-born nurse-turned-novelist "
        "publishing under a pen name."
    )
    kinds = person_labelled_kinds(nlp, text, ["Tom Vell"])
    assert kinds.get("Tom Vell") == "person"


def test_a_body_set_off_as_a_company_outweighs_its_saying(nlp: Language) -> None:
    """ "Lynx Facet, the production company behind the show, said": a firm that speaks."""
    text = (
        "The drama was made by Lynx Facet for the channel. Lynx Facet, the production "
        "company behind the show, said filming would resume."
    )
    kinds = person_labelled_kinds(nlp, text, ["Lynx Facet", "Lynx Facet"])
    assert kinds.get("Lynx Facet") == "organization"


def test_a_captions_place_in_the_picture_is_no_body(nlp: Language) -> None:
    """ "Mara Quill (centre) smiles beside her team": where she stands, not a kind of body."""
    text = "Mara Quill (centre) smiles beside her team after the relay race."
    assert person_labelled_kinds(nlp, text, ["Mara Quill"]).get("Mara Quill") == "person"
