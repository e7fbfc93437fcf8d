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
