"""Kinds the text or a data library gives names that the model reads as something else."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from generator.extract.body_spans import leader_of_administration
from generator.extract.entities import ORG, PERSON, PLACE, extract_entities
from generator.extract.lexicon import lexicon
from generator.extract.mentions import WORK
from tests.extract.conftest import person_votes


def test_a_former_country_is_a_country(nlp: Language) -> None:
    """ "the Soviet Union" is a country of the past, not a union of workers; "USSR" is it too."""
    text = (
        "Trade between Norland and the Soviet Union grew last year, officials in Port Selby said."
        " Exports to the USSR doubled."
    )
    entities = {e.name: e for e in extract_entities(nlp(text))}
    union = entities["Soviet Union"]
    assert union.kind == PLACE
    assert union.place is not None and union.place.kind == "country"
    assert union.place.country_code is None
    assert "USSR" in union.aliases


def test_a_former_countrys_peoples_word_is_that_country(nlp: Language) -> None:
    """ "Soviet tanks" mention the Soviet Union, a country of the past, not today's Russia."""
    text = "Soviet tanks crossed the border near Port Selby on Tuesday, officials in Norland said."
    places = {e.name: e.place for e in extract_entities(nlp(text)) if e.kind == PLACE}
    assert "Russia" not in places
    union = places["Soviet Union"]
    assert union is not None and union.kind == "country" and union.country_code is None


def test_a_formal_name_of_a_state_is_a_place(nlp: Language) -> None:
    """ "the Federal Republic of Norland" is a state, though a country's name ends it."""
    text = "Talks with the Federal Republic of Yugoslavia resumed in Port Selby on Monday."
    kinds = {e.name: e.kind for e in extract_entities(nlp(text))}
    assert kinds.get("Federal Republic of Yugoslavia") == PLACE


def test_a_ship_is_no_organization_or_person(nlp: Language) -> None:
    """Ships ("MV Marlow Star") are left out; "carrier" alone still heads an airline."""
    # "the aircraft carrier Sea Lark", "MV Marlow Star", "the supertanker Tern" are ships; "the
    # carrier Skyra" is an airline.
    text = (
        "Two frigates escorting the aircraft carrier Sea Lark left port on Monday. The Greek"
        " supertanker Tern Glory was hit, and the crew of the MV Marlow Star was rescued."
    )
    names = {e.name for e in extract_entities(nlp(text))}
    assert not names & {"Sea Lark", "Tern Glory", "MV Marlow Star", "Marlow Star"}


def test_the_subject_of_a_firms_deed_leans_to_a_body(nlp: Language) -> None:
    """ "Tessa Atlantic plans to cut 900 jobs" is a firm's deed; a person saying so is not."""
    # "Dana Whitlow said the firm would cut 900 jobs" is no deed of hers.
    firm = person_votes(nlp, "Tessa Atlantic plans to cut another 900 jobs this year.", 0, 2)
    person = person_votes(nlp, "Dana Whitlow said the firm would cut 900 jobs this year.", 0, 2)
    assert firm.get(ORG, 0.0) >= 1.0
    assert person.get(ORG, 0.0) == 0.0


def test_a_loss_of_life_is_no_firms_loss(nlp: Language) -> None:
    """ "Port Selby regretted the loss of homes": a city's statement, not a firm's results."""
    votes = person_votes(nlp, "Port Selby regretted the loss of homes in the flood.", 0, 2)
    assert votes.get(ORG, 0.0) == 0.0


def test_a_name_ending_in_a_trade_is_a_body(nlp: Language) -> None:
    """ "Pell Loans", "Marlow Hotels": a name that ends in what a firm sells is no one's."""
    text = "Ida Renn of Pell Loans said rates would rise, and Marlow Hotels agreed."
    kinds = {e.name: e.kind for e in extract_entities(nlp(text))}
    assert kinds.get("Marlow Hotels") == ORG
    assert kinds.get("Ida Renn") == PERSON


def test_a_county_before_a_name_is_a_place(nlp: Language) -> None:
    """ "County Dunmore" opens no one's name: it is a county, as Irish and English ones are."""
    text = "The letters were kept in a chest at their home in County Dunmore for years."
    kinds = {e.name: e.kind for e in extract_entities(nlp(text))}
    assert kinds.get("County Dunmore") == PLACE


def test_works_of_the_stage_screen_and_adverts_are_no_people(nlp: Language) -> None:
    """Works of the stage, screen and adverts are left out of the record; the people stay."""
    # A play set off by commas, what productions are of, an advert's brand and what an award's
    # category is won for.
    text = (
        "Ida Renn played the lead in the feminist play, Velvet Rex, and directed productions"
        " of Silver Lantern. Dana Whitlow won best actor for Moon Harbour. She became known"
        " for a Marlow Cake advert in the 1990s."
    )
    names = {e.name: e.kind for e in extract_entities(nlp(text))}
    assert not names.keys() & {"Velvet Rex", "Silver Lantern", "Moon Harbour", "Marlow Cake"}
    assert names.get("Ida Renn") == PERSON
    assert names.get("Dana Whitlow") == PERSON


def test_a_team_that_plays_is_no_work(nlp: Language) -> None:
    """ "Marlow United play Selby Town": "play" is a verb there, and both stay bodies."""
    text = "Marlow United play Selby Town on Saturday, the league said."
    kinds = {e.name: e.kind for e in extract_entities(nlp(text))}
    assert kinds.get("Selby Town") == ORG


def test_a_big_city_the_model_calls_a_person_is_the_city(nlp: Language) -> None:
    """ "Kiev and Lvov were shelled": big cities the model called people are those cities."""
    # One-word "people" with nothing to say so, which the gazetteer knows as cities of half a
    # million, are those cities, not names to drop.
    kinds = {e.name: e.kind for e in extract_entities(nlp("Kiev and Lvov were shelled."))}
    assert kinds.get("Kyiv") == PLACE
    assert kinds.get("Lviv") == PLACE


def test_a_small_town_is_no_place_for_a_bare_surname(nlp: Language) -> None:
    """ "Keighley was not in the squad": a bare surname a town shares is left out, not a place."""
    # A town of some thousands shares its name with surnames.
    assert extract_entities(nlp("Keighley was not in the squad.")) == []


def test_a_surname_a_city_once_bore_is_no_city(nlp: Language) -> None:
    """ "Gorky was not in the squad": a name a city once bore is not made that city."""
    # A writer's name a city of a million once bore is no spelling of the city's name.
    assert extract_entities(nlp("Gorky was not in the squad.")) == []


def test_an_administration_named_after_a_leader_is_the_leader(nlp: Language) -> None:
    """ "the Whitlow administration" is Whitlow's; "the Norland administration" stays as read."""
    # Read as one body, it is Whitlow's term; Norland is a country the tables know.
    doc = nlp("Officials of the Whitlow administration and the Norway administration met.")
    whitlow = Span(doc, 3, 5, "ORG")
    norway = Span(doc, 7, 9, "ORG")
    leader = leader_of_administration(whitlow, lexicon())
    assert (leader.text, leader.label_) == ("Whitlow", "PERSON")
    assert leader_of_administration(norway, lexicon()) == norway


def test_a_surname_before_administration_is_a_person(nlp: Language) -> None:
    """ "The Whitlow administration said": a leader's term of office names a person."""
    votes = person_votes(nlp, "The Whitlow administration said it would act on Monday.", 1, 2)
    assert votes.get(PERSON, 0.0) >= 2.0


def test_a_quarter_of_a_country_is_a_place(nlp: Language) -> None:
    """ "Eastern Ukraine", "West Germany" are places, not a firm's branch ("Skyra Kenya")."""
    # A compass word before a country is a part of it or a former state.
    text = "Fighting spread across Eastern Ukraine. Exports to West Germany rose."
    kinds = {e.name: e.kind for e in extract_entities(nlp(text))}
    assert kinds.get("Eastern Ukraine") == PLACE
    assert kinds.get("West Germany") == PLACE


def test_a_republic_and_the_faithful_of_a_religion_are_no_one(nlp: Language) -> None:
    """ "Norland Republic" ends as no surname does; "Selby Muslims" are many people."""
    assert person_votes(nlp, "He flew to the Norland Republic on Monday.", 4, 6).get(PLACE, 0) >= 2
    assert person_votes(nlp, "Many Selby Muslims marched on Monday.", 1, 3).get(WORK, 0) >= 3


def test_a_bracketed_expansion_of_initials_is_no_person(nlp: Language) -> None:
    """ "GTPR [General Travel Privacy Regulation]" spells out initials: no person."""
    text = (
        "The council said GTPR [General Travel Privacy Regulation] rules stop it sharing the list."
    )
    kinds = {e.name: e.kind for e in extract_entities(nlp(text))}
    assert kinds.get("Travel Privacy Regulation") == ORG


def test_initials_before_member_states_are_a_body(nlp: Language) -> None:
    """ "all GCC states": GCC is a body, not a place; "the Karameh border crossing" is a place."""
    kinds = {e.name: e.kind for e in extract_entities(nlp("All GCC states we met disagreed."))}
    assert kinds.get("GCC") == ORG


def test_a_name_measured_from_a_place_is_a_place(nlp: Language) -> None:
    """ "near Kelby Head, five miles from Port Selby" is a place; "Dana Whitlow, 45, ran" is not."""
    # "Dana Whitlow, 45, ran five miles from her home" is a person (the age stands between, and she
    # ran).
    text = (
        "He saw a whale near Kelby Head, five miles from Port Selby, on Monday."
        " Dana Whitlow, 45, ran five miles from her home."
    )
    kinds = {e.name: e.kind for e in extract_entities(nlp(text))}
    assert kinds.get("Kelby Head") == PLACE
    assert kinds.get("Dana Whitlow") == PERSON


def test_a_division_and_its_noun_are_the_division(nlp: Language) -> None:
    """ "Kachin State" read as a body is a region, kept whole; "Bihar state" is the Indian state."""
    # Not a city called Bihar.
    text = "Fighting in Kachin State continued. Police in Bihar state arrested two men."
    places = {e.name: e.place for e in extract_entities(nlp(text)) if e.kind == PLACE}
    kachin = places.get("Kachin State")
    assert kachin is not None and (kachin.kind, kachin.country_code) == ("region", "MM")
    assert any(
        p is not None and p.kind == "region" and p.country_code == "IN" for p in places.values()
    )


def test_what_a_member_of_parliament_sits_for_is_a_place(nlp: Language) -> None:
    """ "elected MP for Welby Hatton": a constituency, though the model reads a person."""
    text = "He had no second job after being elected MP for Welby Hatton in May 2005."
    kinds = {e.name: e.kind for e in extract_entities(nlp(text))}
    assert kinds.get("Welby Hatton") == PLACE
