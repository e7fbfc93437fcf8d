"""The sample seed, as an editor would want it (issue 2), and records that validate."""

from __future__ import annotations

from typing import Any

from generator.extract import extract
from generator.record import ordered, validate
from generator.seeds import Seed
from generator.yamlio import Loaded
from tests.extract.conftest import by_name, names


def test_people_roles_and_aliases(sample: dict[str, Any]) -> None:
    """The five people, with the roles and aliases the text gives them."""
    people = sample["people"]
    shaibani = by_name(people, "Asaad al-Shaibani")
    assert shaibani["role"] == "Syria's interim foreign minister"
    assert shaibani["aliases"] == ["Shaibani"]
    sudani = by_name(people, "Mohammed Shia al-Sudani")
    assert (sudani["role"], sudani["aliases"]) == ("Iraqi Prime Minister", ["Sudani"])
    assert by_name(people, "Fuad Hussein")["role"] == "Iraqi Foreign Minister"
    assert by_name(people, "Bashar al-Assad")["aliases"] == ["Assad"]
    assert set(names(people)) == {
        "Asaad al-Shaibani",
        "Mohammed Shia al-Sudani",
        "Fuad Hussein",
        "Bashar al-Assad",
        "Abdullah Makki Muslih al-Rufayi",
    }


def test_islamic_state_with_is_and_daesh(sample: dict[str, Any]) -> None:
    """One organization, Islamic State, with the aliases IS and Daesh."""
    organization = by_name(sample["organizations"], "Islamic State")
    assert set(organization["aliases"]) >= {"IS", "Daesh"}


def test_places_countries_and_baghdad(sample: dict[str, Any]) -> None:
    """Syria, Iraq, Iran and the United States are countries; Baghdad is a city in Iraq."""
    places = sample["places"]
    for name, code in (("Syria", "SY"), ("Iraq", "IQ"), ("Iran", "IR"), ("United States", "US")):
        entry = by_name(places, name)
        assert (entry["kind"], entry["country_code"]) == ("country", code)
    baghdad = by_name(places, "Baghdad")
    assert (baghdad["kind"], baghdad["country_code"]) == ("city", "IQ")


def test_groups_and_quote(sample: dict[str, Any]) -> None:
    """Alawites, Shiites and Sunnis are groups; the quote is Asaad al-Shaibani's."""
    assert {"Alawites", "Shiites", "Sunnis"} <= set(names(sample["groups"]))
    assert {"text": "Security is a shared responsibility", "speaker": "Asaad al-Shaibani"} in (
        sample["quotes"]
    )


def test_source_body_and_key_points(sample: dict[str, Any]) -> None:
    """The New Arab with an https URL; no Original Source line; 3-5 key points."""
    assert sample["source"]["name"] == "The New Arab"
    assert sample["source"]["url"].startswith("https://")
    assert "Original Source" not in sample["body"]
    assert 3 <= len(sample["key_points"]) <= 5


def test_none_of_the_stock_models_mistakes(sample: dict[str, Any]) -> None:
    """No Alawite person, no Daesh place, no Rufayi organization, no second Hussein."""
    assert not any("Alawite" in n for n in names(sample["people"]))
    assert "Daesh" not in names(sample["places"])
    assert "Rufayi" not in names(sample["organizations"])
    assert sum("Hussein" in n for n in names(sample["people"])) == 1
    assert "Hussein" not in names(sample["people"])


def test_fields_validate_as_a_record(sample: dict[str, Any]) -> None:
    """The extracted fields, completed with id, status and seed, pass record validation."""
    record = ordered(
        {
            "id": "sample",
            "status": "draft",
            "seed": None,
            **sample,
            "date": "2025-03-14",
        }
    )
    assert validate(Loaded(data=record), "sample.yaml", "sample") == []


def test_extraction_is_deterministic(sample_seed: Seed, sample: dict[str, Any]) -> None:
    """The same seed gives the same fields, also in a batch with other seeds."""
    again = extract([sample_seed, sample_seed])
    assert again[0] == sample and again[1] == sample
