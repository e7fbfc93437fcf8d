"""Business, technology and arts news: firms, brands, products, works and bands are no
one; the people of the story stay people. Invented stories in tests/fixtures/extract/trade_news."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from tests.extract.conftest import labelled_kinds

#: Each story: the people it must list (as the record names them) and names that must not
#: be among its people.
STORIES: dict[str, tuple[set[str], set[str]]] = {
    "drinks_profits": ({"Harold Tennant"}, {"Dravel", "Brisk Orchard", "Corbel Partners"}),
    "handset_jobs": ({"Ilse Marrow"}, {"Quenta", "Vexa"}),
    "console_sales": ({"Kenji Arakawa"}, {"Zentro", "Hollis Digital", "Ember Knights"}),
    "search_site": ({"Darren Pike"}, {"Wexly", "Snapsy"}),
    "band_album": ({"Carla Moody", "Jed Lowry"}, {"Velvet Harbour", "Paper Skies", "Blue Hours"}),
    "sitcom_series": ({"Owen Pratley", "Fiona Reddin", "Amir Sethi"}, {"Brass Tacks"}),
    "film_prize": ({"Tomas Varga", "Helen Crane"}, {"Grey Meridian", "Saltwater", "Kestrel"}),
    "rapper_awards": ({"Marcus Bell"}, {"Sugarline", "Night Shift", "Concrete Halo"}),
    "car_recall": ({"Peter Ashdown"}, {"Morrant", "Solano"}),
    "software_fine": ({"Anneke de Wit", "Graham Stiles"}, {"Tellix", "Pathway", "Orbital"}),
    "retail_sales": ({"Susan Garvey"}, {"Fenwright", "Hatterly", "Balcombe"}),
    "music_player": ({"Rachel Oduya"}, {"Pocketa", "Shenlo Electronics", "Zuma Mini"}),
    "singer_label": ({"Lola Vance", "Greg Halloran"}, {"Crestway", "Sugar Rain", "Northline"}),
    "musical_closes": ({"Jenna Foyle", "Ian Kettering"}, {"Starlight Avenue", "Delamere"}),
    "brewer_takeover": ({"Jan Dekker"}, {"Halsted", "Copper Hill", "Vermeer Group"}),
    "box_office": ({"Cole Brandt"}, {"Iron Tide", "Bumble", "Sprout", "Arcwell Pictures"}),
    "band_tour": ({"Tom Pruett"}, {"Harvey Lane", "Glass Town"}),
    "biopic_opens": ({"Nadia Kerr", "Sam Oduro"}, {"Edith Crane"}),
    "profit_warning": (set(), {"Ferris"}),
    "hospital_drama": ({"Rhys Mabey", "Sally Penrose"}, {"Cotter", "ITV"}),
    "online_shop": ({"Lucy Amberley"}, {"Bazzle", "Bazzle.com"}),
    "game_chart": ({"Neil Carraway"}, {"Skyrunner", "Tinfoil Studios", "Zentro"}),
    "book_prize": (
        {"Gemma Rolfe", "Daniel Achebe", "Alan Burrows"},
        {"Hartley", "Hartley Prize", "Winter Orchard", "Salt House"},
    ),
    "law_firm_merger": ({"Richard Amis"}, {"Bramwell Cole", "Stanton Price"}),
    "mobile_operator": ({"Marie Delacroix"}, {"Fonix", "Kessler", "Tellcom"}),
    "kids_show": ({"Karen Blythe"}, {"Pip", "Moss", "Pip and Moss", "Little Acorn"}),
    "singer_tour": ({"Marla"}, {"Heartline", "Glowfire"}),
    "toy_firm": ({"Geoffrey Sims"}, {"Rollo", "Robo Rex"}),
    "film_nominations": (
        {"Oliver Hurst", "Anna Petrakis", "Lena Voss"},
        {"Winslow", "Lucky Dip", "Bafta"},
    ),
    "chip_forecast": ({"Raymond Ho"}, {"Silica"}),
    "band_single": ({"Morag Tulloch"}, {"Nils Ekdahl", "Paper Kites"}),
    "orchard_comedy": ({"Ann Vellacott", "Owen Marchbank"}, {"Pettle", "Mrs Pettle"}),
    "lender_probe": ({"Corinne Lask"}, {"Tilda Brisk", "Harry Vell"}),
    "romcom_sequel": ({"Sarah Trask", "Daniel Ashford", "Peter Callow"}, {"Hattie Blythe"}),
}


#: Each story: organisations it must list by these names, and forms that must not be listed:
#: a word of trade or rivalry, or "X-based", is no part of a firm's name.
FIRMS: dict[str, tuple[set[str], set[str]]] = {
    "retail_sales": ({"Balcombe"}, {"Rival Balcombe"}),
    "mobile_operator": ({"Tellcom"}, {"Rival Tellcom"}),
    "box_office": ({"Arcwell Pictures"}, {"Studio Arcwell Pictures"}),
    "game_chart": ({"Tinfoil Studios"}, {"Game Skyrunner"}),
    "kids_show": ({"Little Acorn"}, {"Bristol-based"}),
}


def _people(record: dict[str, Any]) -> set[str]:
    return {person["name"] for person in record["people"]}


@pytest.mark.parametrize("story", sorted(STORIES))
def test_trade_news_people_are_people(
    story: str, record_of: Callable[[str], dict[str, Any]]
) -> None:
    """A story's firms, brands, products, works and bands are not people; its people are."""
    people = _people(record_of(f"trade_news/{story}.txt"))
    wanted, not_people = STORIES[story]
    assert wanted <= people
    assert not people & not_people


@pytest.mark.parametrize("story", sorted(FIRMS))
def test_trade_words_are_cut_from_firms(
    story: str, record_of: Callable[[str], dict[str, Any]]
) -> None:
    """A firm is listed without the word of trade or rivalry that opens its sentence."""
    firms = {firm["name"] for firm in record_of(f"trade_news/{story}.txt")["organizations"]}
    wanted, not_firms = FIRMS[story]
    assert wanted <= firms
    assert not firms & not_firms


def test_band_cut_short_keeps_its_plural(nlp: Language) -> None:
    """ "the Lantern Boys" read as "Lantern" is the band "Lantern Boys", not "Lantern"."""
    text = "Their singer said the Lantern Boys were thrilled to win the award."
    kinds = labelled_kinds(nlp, text, [("Lantern", "ORG")])
    assert "Lantern Boys" in kinds
    assert "Lantern" not in kinds


def test_show_back_for_a_new_series_is_no_one(nlp: Language) -> None:
    """A name that returns for a new series is the show; its presenter returns for one of it."""
    show = "Tarnvale's Copper Kettles returns for a new series next month, the channel said."
    assert "Copper Kettles" not in labelled_kinds(
        nlp, show, [("Tarnvale", "ORG"), ("Copper Kettles", "PERSON")]
    )
    host = "Dana Morrow returns for a second series of Pitch Up on Friday, she said."
    kinds = labelled_kinds(nlp, host, [("Dana Morrow", "PERSON"), ("Pitch Up", "WORK_OF_ART")])
    assert kinds["Dana Morrow"] == "person"


def test_actors_a_film_stars_are_people(nlp: Language) -> None:
    """ "The film, which ..., stars Jo Ames" names its actor, though "stars" parse as a noun."""
    text = (
        "The film, which tells the story of a Victorian engineer, stars Oliver Hurst and "
        "Anna Petrakis."
    )
    kinds = labelled_kinds(nlp, text, [("Oliver Hurst", "PERSON"), ("Anna Petrakis", "PERSON")])
    assert kinds == {"Oliver Hurst": "person", "Anna Petrakis": "person"}
