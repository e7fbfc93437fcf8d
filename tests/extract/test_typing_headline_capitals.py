"""Entity typing of a headline's first word: a common noun capitalised to open it is no body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.title_entities import with_title


def _names(nlp: Language, headline: str, text: str) -> dict[str, str]:
    """Name -> kind of the entities of ``text`` under ``headline``."""
    body = nlp(text)
    return {e.name: e.kind for e in with_title(extract_entities(body), nlp(headline), body)}


def test_a_common_noun_opening_a_headline_is_no_body(nlp: Language) -> None:
    """ "Bank advises on bid" over "investment bank Orrin Pask": that "Bank" is no body."""
    # The body's bank is named, and the headline's "Bank" is the common noun.
    names = _names(
        nlp,
        "Bank advises on bid",
        "Investment bank Orrin Pask has been hired to advise grocer Tellmoor on a bid. Orrin "
        "Pask said it could not comment.",
    )
    assert "Bank" not in names
    assert names.get("Orrin Pask") == "organization"


def test_a_title_case_headline_adds_no_body_from_its_capitals(nlp: Language) -> None:
    """A title-case headline adds no body from its capitals; a body's ending still counts."""
    # "City Hall Plans to Close Three Shelters as Migrant Arrivals Slow": a name the model runs over
    # "as" is no body when every word has a capital.
    body = "The city will close three shelters by March, the mayor said on Friday."
    names = _names(nlp, "City Hall Plans to Close Three Shelters as Migrant Arrivals Slow", body)
    assert not [name for name in names if " as " in name]
    names = _names(nlp, "Tarn Holdings Plc Plans to Close Shelters as Demand Falls", body)
    assert names.get("Tarn Holdings Plc") == "organization"
