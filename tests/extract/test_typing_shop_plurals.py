"""A plural-looking name before a lower-case noun is a shop's, not a people's."""

from __future__ import annotations

from generator.extract import extract
from generator.seeds import Seed


def test_plural_name_before_a_noun_is_no_group_and_a_people_stays() -> None:
    """ "a Clarks shoe shop" makes no group; "Houthis fired" is still a people."""
    paragraphs = (
        "Shoppers queued outside a Clarks shoe shop in Leeds on Saturday.",
        "Houthis fired missiles at ships, and Houthi rebels seized a port.",
    )
    seed = Seed(path="x.txt", sha256="0" * 64, title="Queues", paragraphs=paragraphs)
    groups = [entry["name"] for entry in extract([seed])[0]["groups"]]
    assert groups == ["Houthis"]
