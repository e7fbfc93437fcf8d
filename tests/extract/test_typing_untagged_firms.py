"""Firms the model leaves untagged, and houses of a trade: bodies, not people nor places."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import entity_kinds, labelled


def labelled_kinds(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    """Name -> kind of the entities of ``text``, the model's entities set to ``labels``."""
    return {entity.name: entity.kind for entity in extract_entities(labelled(nlp, text, labels))}


DEVELOPER = (
    "Games developer Brakkenvolt said its racing title had sold a million copies. "
    "Brakkenvolt boss Dana Whitlow said the firm would hire 40 staff."
)


def test_an_untagged_name_after_a_firms_noun_is_that_firm(nlp: Language) -> None:
    """ "developer Brakkenvolt said", left untagged by the model, is the firm, every time."""
    kinds = labelled_kinds(nlp, DEVELOPER, [("Dana Whitlow", "PERSON")])
    assert kinds.get("Brakkenvolt") == "organization"


def test_an_untagged_name_after_a_trades_house_is_that_firm(nlp: Language) -> None:
    """ "Software house Quarnlet said", left untagged: the firm, and "Software" no name."""
    text = "Software house Quarnlet said it would hire 200 staff in Dundee."
    kinds = labelled_kinds(nlp, text, [("Software", "ORG"), ("Dundee", "GPE")])
    assert kinds.get("Quarnlet") == "organization"
    assert "Software" not in kinds


SOFTWARE_HOUSE = (
    "Software house Brindlecoat said it would hire 200 staff in Dundee. "
    "An analyst said Vossingard, the Norwegian fashion house, could be the next target."
)


def test_a_trades_house_is_a_firm_not_a_place(nlp: Language) -> None:
    """ "software house X", "X, the fashion house,": firms, not buildings; the trade is no name."""
    kinds = entity_kinds(nlp, SOFTWARE_HOUSE)
    assert kinds.get("Brindlecoat") == "organization"
    assert kinds.get("Vossingard") == "organization"
    assert "Software" not in kinds


def test_an_untagged_name_running_on_over_of_is_not_cut(nlp: Language) -> None:
    """ "group Fair Pay in Norland said": the words run on; "Fair Pay" alone is no body."""
    text = "The pressure group Fair Pay in Norland said the law was unjust."
    kinds = labelled_kinds(nlp, text, [("Norland", "GPE")])
    assert "Fair Pay" not in kinds
