"""Entity kinds in business, arts and place news: the evidence one sentence gives."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.gazetteer import gazetteer
from tests.extract.conftest import entity_kinds, person_votes


def test_a_name_beside_a_firms_boss_is_a_person(nlp: Language) -> None:
    """ "Skyra's new boss, Orla Venturi, said": the boss's appositive is a person."""
    text = "Skyra's new boss, Orla Venturi, said the dairy group would be listed again."
    assert person_votes(nlp, text, 5, 7).get("person", 0.0) >= 1.5


def test_the_winner_of_an_actress_prize_is_a_person(nlp: Language) -> None:
    """ "won the best actress prize": an actress won it, not a film; "best film award" a film."""
    actress = "Hilda Marsh has won the best actress prize at the Lumen awards."
    assert person_votes(nlp, actress, 0, 2).get("work", 0.0) == 0.0
    film = "Moon Harbour won the best film award at the Lumen awards."
    assert person_votes(nlp, film, 0, 2).get("work", 0.0) >= 3.0


def test_a_hit_before_a_name_is_a_song(nlp: Language) -> None:
    """ "her 1985 hit Moon Harbour" is a song; "the storm hit Kelby Marsh" is no work."""
    song = "Her 1985 hit Moon Harbour is back in the charts."
    assert person_votes(nlp, song, 3, 5).get("work", 0.0) >= 3.0
    storm = "The storm hit Kelby Marsh on Monday."
    assert person_votes(nlp, storm, 3, 5).get("work", 0.0) == 0.0


def test_a_nationality_inside_a_name_makes_no_person(nlp: Language) -> None:
    """ "Royal Danish Petrol said" is a firm: no one's middle name is a nationality."""
    kinds = entity_kinds(
        nlp, "Royal Danish Petrol said Sir Amos Pell, its former chairman, had resigned."
    )
    assert kinds.get("Royal Danish Petrol") == "organization"
    assert kinds.get("Amos Pell") == "person"


def test_a_citys_own_name_beats_a_larger_citys_other_name() -> None:
    """GeoNames lists "Zaragoza" among a larger Mexican city's other names: Spain's keeps it."""
    place = gazetteer().lookup("Zaragoza")
    assert place is not None and place.country_code == "ES"


def test_a_us_state_beats_a_small_town_of_its_name() -> None:
    """ "Montana" is the state, not a Bulgarian town; a city of millions keeps its name."""
    state = gazetteer().lookup("Montana")
    assert state is not None and (state.kind, state.country_code) == ("region", "US")
    city = gazetteer().lookup("New York")
    assert city is not None and city.kind == "city"
