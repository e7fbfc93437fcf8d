"""Entity typing: a name set off after a role at a named body is the role's holder."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PERSON
from tests.extract.conftest import entity_kinds, labelled


def test_a_name_after_a_role_of_a_named_bank_is_a_person(nlp: Language) -> None:
    """ "The chief executive of Tarland Bank, Ann Roke, has quit": she stays a person."""
    # The body's own last word is no kind of body that the name stands beside.
    text = (
        "The chief executive of Tarland Bank, Ann Roke, has quit after a row over pay. "
        '"I leave with no regrets," she said.'
    )
    kinds = entity_kinds(nlp, text)
    assert kinds.get("Ann Roke") == "person"
    assert kinds.get("Tarland Bank") == "organization"


def test_a_name_after_a_lower_case_kind_of_body_is_still_a_body(nlp: Language) -> None:
    """ "one company, Roke Freight, which": a common noun of a body still types the name."""
    text = "Tom Vell set up one company, Roke Freight, which moves grain across the north."
    assert entity_kinds(nlp, text).get("Roke Freight") == "organization"


def test_a_title_abbreviation_alone_is_no_name(nlp: Language) -> None:
    """ "Brig. Gen. Tom Vell": a rank cut off before another is no body or place."""
    text = "Brig. Gen. Tom Vell told the court that Atty. Ann Roke lied."
    kinds = entity_kinds(nlp, text)
    assert "Brig." not in kinds
    assert kinds.get("Tom Vell") == "person"


def test_a_name_after_a_party_member_noun_is_a_person(nlp: Language) -> None:
    """ "the Democrat Tom Vell" the model calls a body: a party's member is a person."""
    text = "He will face the Democrat Tom Vell in November. Vell said he was ready."
    doc = labelled(nlp, text, [("Tom Vell", "ORG")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tom Vell") == PERSON
