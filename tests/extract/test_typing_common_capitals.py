"""Initialisms the text uses as the name of a stuff or a thing, not of a body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, extract_entities
from tests.extract.conftest import labelled


def _organizations(nlp: Language, text: str, forms: list[str]) -> set[str]:
    """The organizations found in ``text`` when the model reads each of ``forms`` (its first
    free use, in order) as one."""
    doc = labelled(nlp, text, [(form, "ORG") for form in forms])
    return {e.name for e in extract_entities(doc) if e.kind == ORG}


def test_a_measured_initialism_is_a_stuff(nlp: Language) -> None:
    """ "twelve boxes of KVG": what boxes or rounds are of, with no article, is a thing."""
    text = "The depot in Pellham sent twelve boxes of KVG to the clinics on Tuesday."
    assert "KVG" not in _organizations(nlp, text, ["KVG"])


def test_an_initialism_beside_a_common_noun_is_a_thing(nlp: Language) -> None:
    """ "gloves and KVG": joined to a bare common noun, the initialism is a thing too."""
    text = "The clinics in Pellham ran short of gloves and KVG during the winter."
    assert "KVG" not in _organizations(nlp, text, ["KVG"])


def test_an_initialism_given_as_another_word_is_a_thing(nlp: Language) -> None:
    """ "zelphine, or ZPX" and "ZPX, or zelphine," name one drug, not a body."""
    before = "Officers in Kelby seized zelphine, or ZPX, worth a small fortune."
    after = "Officers in Kelby seized ZPX, or zelphine, worth a small fortune."
    assert "ZPX" not in _organizations(nlp, before, ["ZPX"])
    assert "ZPX" not in _organizations(nlp, after, ["ZPX"])


def test_the_last_body_of_a_list_stays_a_body(nlp: Language) -> None:
    """ "the PLB, KRA, or arbitration": KRA ends a list of bodies and stays an organization."""
    # KRA is no other word for arbitration.
    text = "The row over the Kelby ferry could go to the PLB, KRA, or arbitration next year."
    assert "KRA" in _organizations(nlp, text, ["PLB", "KRA"])
