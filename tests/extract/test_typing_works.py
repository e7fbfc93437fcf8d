"""Entity typing in arts and business news: awards, bands, films and firms are no people."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.evidence import best_kind


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    return {entity.name: entity.kind for entity in extract_entities(nlp(text))}


def test_an_award_after_a_category_is_no_person(nlp: Language) -> None:
    """ "the best actress Lumen" names a category of an award, not an actress called Lumen."""
    kinds = _kinds(
        nlp,
        "Hilda Marsh has won the best actress Lumen for her role in a boxing drama. "
        "Jamal Fogg took the best actor Lumen for playing a soul singer. "
        "Mark Lowry lost out on the best director Lumen for the fifth time.",
    )
    assert kinds.get("Lumen") != "person"
    assert kinds.get("Hilda Marsh") == "person"


def test_a_plural_verb_makes_a_name_a_group(nlp: Language) -> None:
    """ "Rory Dalton have split": one person takes a singular verb, a band a plural one."""
    kinds = _kinds(
        nlp,
        "Rory Dalton have gone straight to number one with their second album. "
        "Rory Dalton were formed in Glasgow in 2001.",
    )
    assert kinds.get("Rory Dalton") != "person"


def test_a_singular_verb_leaves_a_person(nlp: Language) -> None:
    """ "Rory Dalton has gone": the same name with singular verbs stays a person."""
    kinds = _kinds(
        nlp,
        "Rory Dalton has gone straight to number one with his second album. "
        "Rory Dalton was born in Glasgow in 1971.",
    )
    assert kinds.get("Rory Dalton") == "person"


def test_names_listed_with_a_plural_verb_stay_people(nlp: Language) -> None:
    """ "Tom Ashby and Kelly Marsh have signed": the plural verb is the pair's."""
    kinds = _kinds(nlp, "Tom Ashby and Kelly Marsh have signed a new record deal, she said.")
    assert kinds.get("Tom Ashby") == "person"
    assert kinds.get("Kelly Marsh") == "person"


def test_the_winner_of_best_film_is_a_work(nlp: Language) -> None:
    """ "Nora Vale won best film": a film with a person's name."""
    assert _kinds(nlp, "Nora Vale won best film at the awards.").get("Nora Vale") != "person"


def test_what_only_a_work_has_makes_a_work(nlp: Language) -> None:
    """ "Nora Vale's soundtrack": a person has no soundtrack."""
    kinds = _kinds(nlp, "Nora Vale's soundtrack sold well. Nora Vale is a drama.")
    assert kinds.get("Nora Vale") != "person"


def test_the_object_of_directed_is_a_work(nlp: Language) -> None:
    """ "Mick Lamb directed Nora Vale": the director is a person, what he directed a film."""
    kinds = _kinds(nlp, "Mick Lamb directed Nora Vale on a small budget.")
    assert kinds.get("Nora Vale") != "person"
    assert kinds.get("Mick Lamb") == "person"


def test_an_organization_that_speaks_stays_an_organization(nlp: Language) -> None:
    """ "Amnesty Watch said" does not make the model's organization a person."""
    kinds = _kinds(
        nlp,
        "Amnesty Watch said the detainees had been held without charge for three years.",
    )
    assert kinds.get("Amnesty Watch", "organization") == "organization"


def test_a_firm_named_after_its_founder_keeps_the_bare_name(nlp: Language) -> None:
    """The chain "Morrow" beside its chairman "Ken Morrow" is no alias of the chairman."""
    entities = extract_entities(
        nlp(
            "Shares in supermarket chain Morrow rose 5% after the firm said it would close "
            "100 stores.\n\nMorrow, which bought a rival last year, has struggled. Chairman "
            "Ken Morrow said he would not step down."
        )
    )
    people = {e.name: e.aliases for e in entities if e.kind == "person"}
    assert "Ken Morrow" in people
    assert "Morrow" not in people["Ken Morrow"]


def test_a_tie_between_kinds_does_not_depend_on_set_order() -> None:
    """Equal votes and equal evidence give the same kind whatever order the kinds come in."""
    first = best_kind({"organization": 1.0, "person": 1.0}, {})
    second = best_kind({"person": 1.0, "organization": 1.0}, {})
    assert first == second == "person"
