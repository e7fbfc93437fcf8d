"""A body named in the lede beside its kind is no person named before the speaker."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_body_set_beside_its_kind_in_the_lede_is_nobody(nlp: Language) -> None:
    """ "The broadcaster Northwave ..., its chief executive has said": the chief is Fiona Marr."""
    # The model's "person" Northwave is the broadcaster, so the lede's chief is Fiona Marr, who
    # "told staff".
    text = (
        "The broadcaster Northwave is to cut 500 jobs as it moves more of its programmes "
        "online, its chief executive has said.\n\n"
        "Fiona Marr told staff in an email that the cuts would fall on its news teams."
    )
    assert roles_in(nlp, text).get("Fiona Marr") == "chief executive"
