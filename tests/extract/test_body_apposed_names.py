"""A body's name right after the kind of body it is: "the pressure group Rights for Tarnia"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.body_apposed_names import apposed_bodies
from tests.extract.conftest import labelled, labelled_kinds


def test_a_name_of_common_words_and_a_country_after_a_kind_of_body(nlp: Language) -> None:
    """'the lobby group Rights for Tarnia said', the model reading only the country: a body."""
    text = "A poet was held, the lobby group Rights for Tarnia said on Monday in a statement."
    kinds = labelled_kinds(nlp, text, [("Tarnia", "GPE"), ("Monday", "DATE")])
    assert kinds.get("Rights for Tarnia") == "organization"


def test_a_body_cut_before_its_country_is_whole(nlp: Language) -> None:
    """'the campaign group Safer Lanes Tarnia', the model reading only the country: one body."""
    text = "Lena Brock, of the campaign group Safer Lanes Tarnia, said the cameras were a tax."
    kinds = labelled_kinds(nlp, text, [("Lena Brock", "PERSON"), ("Tarnia", "GPE")])
    assert kinds.get("Safer Lanes Tarnia") == "organization"


def test_a_name_the_model_missed_after_a_group(nlp: Language) -> None:
    """'the group Mothers Against Tolls, which said', no entity of the model's in it: a body."""
    text = "On Monday the march was planned by the group Mothers Against Tolls, which said so."
    kinds = labelled_kinds(nlp, text, [("Monday", "DATE")])
    assert kinds.get("Mothers Against Tolls") == "organization"


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # One word: the subject of a clause on the noun ("Tolvey had joined"), not a name.
        ("On Monday the ring was the group Tolvey had joined.", [("Monday", "DATE")]),
        # A person's name after the kind: the body's member, not its name.
        ("He met the group Dara Pell leads on Monday.", [("Dara Pell", "PERSON")]),
        # A role and a name after the body's one word: no body of two words.
        ("The union Stavel General Secretary Orin Vale spoke.", [("Orin Vale", "PERSON")]),
        # A calling that is a person's too: "the broadcaster Orin Vale" is a person.
        ("On Monday the broadcaster Orin Vale Kemp spoke.", [("Monday", "DATE")]),
    ],
)
def test_no_body_from_a_clause_a_person_or_a_role(
    nlp: Language, text: str, labels: list[tuple[str, str]]
) -> None:
    """A single word, a person's name, a role or a calling after the noun: no body's name."""
    spans = list(labelled(nlp, text, labels).ents)
    assert apposed_bodies(spans) == spans


def test_the_model_body_read_whole_is_kept(nlp: Language) -> None:
    """'the firm Pellam Freight', read whole by the model: the same span, not a second."""
    text = "Shares in the firm Pellam Freight fell on Monday."
    spans = list(labelled(nlp, text, [("Pellam Freight", "ORG"), ("Monday", "DATE")]).ents)
    assert apposed_bodies(spans) == spans
