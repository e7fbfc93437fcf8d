"""A country's name and the public body after it, and the written forms a name keeps."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from generator.extract.body_spans import joined_bodies, joined_organizations
from generator.extract.entities import ORG, PERSON, PLACE, Entity, extract_entities
from generator.extract.title_entities import with_title
from tests.extract.conftest import entity_kinds


def test_a_country_and_its_department_are_one_organization(nlp: Language) -> None:
    """ "the U.S. Treasury Department" is one body's name, not a country and a department."""
    kinds = entity_kinds(
        nlp, "The U.S. Treasury Department said on Monday that Marlow Freight paid."
    )
    assert kinds.get("U.S. Treasury Department") == ORG
    assert "United States" not in kinds


def test_a_navy_after_its_country_is_no_place(nlp: Language) -> None:
    """ "a U.S. Navy frigate": the ruler's country id of "U.S." does not make the body a place."""
    kinds = entity_kinds(nlp, "A U.S. Navy frigate escorted the Marlow Star past Port Selby.")
    assert kinds.get("U.S. Navy") == ORG


def test_a_role_after_the_body_keeps_the_country(nlp: Language) -> None:
    """ "U.S. Treasury Secretary Dana Whitlow": the capitals run on into a role and a name."""
    kinds = entity_kinds(nlp, "U.S. Treasury Secretary Dana Whitlow said U.S. forces would stay.")
    assert kinds.get("United States") == PLACE
    assert not any(name.startswith("U.S. Treasury") for name in kinds)


def test_a_body_keeps_its_complement(nlp: Language) -> None:
    """ "the U.S. Agency for Rural Aid" is cut neither at "for" nor after the country."""
    kinds = entity_kinds(nlp, "The U.S. Agency for Rural Aid sent grain to Port Selby on Friday.")
    assert kinds.get("U.S. Agency for Rural Aid") == ORG


def test_a_nationality_before_a_ministry_is_no_part_of_its_name(nlp: Language) -> None:
    """In "the Selbian Foreign Ministry" the adjective says whose; "Selbian Red Cross" is a name."""
    for words, joined in (("Foreign Ministry", None), ("Red Cross", "Selbian Red Cross")):
        doc = nlp(f"Officials of the Selbian {words} met on Monday.")
        spans = joined_bodies([Span(doc, 3, 4, label="NORP")])
        assert [s.text for s in spans] == [joined or "Selbian"]


def test_a_dotted_form_is_an_alias_beside_the_undotted_one() -> None:
    """ "US" of a headline and "U.S." of the body are both written forms of the country."""
    entity = Entity(PLACE, "United States", unparsed_forms=["US", "U.S.", "us", "U.S."])
    assert entity.aliases == ["US", "U.S."]


def test_a_tabled_body_keeps_the_proper_nouns_before_it(nlp: Language) -> None:
    """ "her National Security Council aides" is no tabled "Security Council"; a role stays out."""
    # A role before a tabled name ("Deputy White House counsel") stays out of it.
    kinds = entity_kinds(
        nlp,
        "Dana Whitlow praised her National Security Council (NSC) aides for the plan."
        " Deputy White House counsel Jo Ames agreed.",
    )
    assert kinds.get("National Security Council") == ORG
    assert "UN Security Council" not in kinds
    assert not any(name.startswith("Deputy") for name in kinds)


def test_a_ship_named_after_its_kind_is_no_organization(nlp: Language) -> None:
    """ "the U.S. aircraft carrier Sea Lark": "carrier" names a ship, so votes for no airline."""
    kinds = entity_kinds(
        nlp,
        "Officials said the U.S. aircraft carrier Sea Lark is near the Kelby coast. He said the"
        " Sea Lark is sailing in waters where its jets can reach the shore. The Sea Lark and its"
        " jets are the heart of the fleet.",
    )
    assert "Sea Lark" not in kinds


def test_two_organization_spans_of_one_name_are_joined(nlp: Language) -> None:
    """Two organization spans of one name ("the International" + "Red Cross") are joined."""
    # Also "Silver Reefs" + "of" + "Norland Ltd" and "Selby ... Futures" + "and" + "Options Exchange
    # (SIFFE)".
    text = (
        "Her family wrote to the International Red Cross in 2004 to ask about her case."
        " Miners walked out on Tuesday, owners Silver Reefs of Norland Ltd said."
        " Grain contracts on the Selby International Financial Futures and Options Exchange"
        " (SIFFE) rose sharply in May."
    )
    kinds = entity_kinds(nlp, text)
    for name in (
        "International Red Cross",
        "Silver Reefs of Norland Ltd",
        "Selby International Financial Futures and Options Exchange",
    ):
        assert kinds.get(name) == ORG
    assert "Red Cross" not in kinds and "Options Exchange" not in kinds


def test_a_party_member_or_a_courtesy_title_joins_no_body(nlp: Language) -> None:
    """ "Democrat" before a name, or "Mr" inside the second part, keeps two spans apart."""
    doc = nlp("The Democrat Selby Marlow spoke, and the Kelby Mr Ames agreed.")
    first, second = Span(doc, 1, 2, label="ORG"), Span(doc, 2, 4, label="ORG")
    assert [s.text for s in joined_organizations([first, second])] == ["Democrat", "Selby Marlow"]
    third, fourth = Span(doc, 8, 9, label="ORG"), Span(doc, 9, 11, label="ORG")
    assert len(joined_organizations([third, fourth])) == 2


def test_a_headline_surname_is_an_alias_of_the_body_person(nlp: Language) -> None:
    """ "Whitlow picks new crew" over a story about Dana Whitlow: "Whitlow" is one of her forms."""
    body = nlp("Kelby coach Dana Whitlow picked three new players for the Port Selby game.")
    title = nlp("Rowing - Whitlow picks new crew for Port Selby race.")
    entities = with_title(extract_entities(body), title, body)
    whitlow = next(e for e in entities if e.name == "Dana Whitlow")
    assert "Whitlow" in whitlow.aliases


def test_an_acronym_of_a_long_name_is_that_organization(nlp: Language) -> None:
    """ "SOMC", the initials of the story's "Selby Open Market Committee", is that organization."""
    # Also when the text writes it before the name in brackets; a short name ("Kelby Mining") lends
    # its initials to nothing.
    text = (
        "Traders expect the Selby Open Market Committee to meet in June. The SOMC may raise"
        " rates, said Jo Ames of Kelby Mining. The KM index fell."
    )
    entities = extract_entities(nlp(text))
    committee = next(e for e in entities if e.name == "Selby Open Market Committee")
    assert "SOMC" in committee.aliases
    assert not any("KM" in e.aliases for e in entities)


def test_a_fire_service_that_said_is_no_person(nlp: Language) -> None:
    """ "Tarn Fire said": a name ending in a word of fire and rescue services is a body's."""
    kinds = entity_kinds(nlp, "Tarn Fire said 900 firefighters were working on Monday.")
    assert kinds.get("Tarn Fire") == ORG


def test_a_contest_after_miss_is_no_person(nlp: Language) -> None:
    """ "the Miss Harbour Pageant", "the Miss Selby Contest": the title of a contest, no name."""
    for text in (
        "She was in Port Selby for the Miss Harbour Pageant in 2013.",
        "She won the Miss Selby Contest last year.",
    ):
        kinds = entity_kinds(nlp, text)
        assert PERSON not in kinds.values(), text


def test_an_acronym_spelled_out_in_lower_case_is_no_body(nlp: Language) -> None:
    """ "the harbour landing levy (HLL)" names a charge; "Selby Harbour Board (SHB)" a body."""
    kinds = entity_kinds(
        nlp,
        "Marlow Freight will pay the new harbour landing levy (HLL) from May, the firm said. "
        "The HLL was set last year. The Selby Harbour Board (SHB) disagreed. "
        "The SHB said it would act.",
    )
    assert "HLL" not in kinds
    assert kinds.get("Selby Harbour Board") == ORG


def test_a_body_named_for_two_towns_is_one_organization(nlp: Language) -> None:
    """ "the Kendry and Ashby District Council" is one council; "Britain and France" two places."""
    kinds = entity_kinds(
        nlp,
        "Staff at the Kendry and Ashby District Council said it would act. "
        "Britain and France signed the pact at Port Selby.",
    )
    assert kinds.get("Kendry and Ashby District Council") == ORG
    assert "Ashby District Council" not in kinds
    assert kinds.get("France") == PLACE


def test_a_nationality_joins_a_body_the_model_read_with_its_possessive(nlp: Language) -> None:
    """ "The Saudi Arabian Monetary Authority's governor": the possessive ends the body."""
    kinds = entity_kinds(
        nlp, "The Saudi Arabian Monetary Authority's governor said the peg would hold."
    )
    assert kinds.get("Saudi Arabian Monetary Authority") == ORG


def test_a_body_cut_after_of_the_goes_on_with_the_place(nlp: Language) -> None:
    """ "The Central Bank of the" + "UAE": the model's body ends on its own "of the"."""
    kinds = entity_kinds(nlp, "The Central Bank of the UAE in Abu Dhabi kept its rate on hold.")
    assert kinds.get("Central Bank of the UAE") == ORG
