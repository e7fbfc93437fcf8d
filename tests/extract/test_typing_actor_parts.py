"""Parts an actor plays are no people, wherever the text tells its story."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_part_an_actor_will_play_is_no_person(nlp: Language) -> None:
    """ "Actor Rufus Penhallow ... will play Dr Ivo Tresk, a vet": the vet is a part."""
    text = (
        "Actor Rufus Penhallow is to join the cast of the long-running drama.\n\n"
        "Penhallow will play Dr Ivo Tresk, a vet who moves to the village."
    )
    kinds = person_labelled_kinds(nlp, text, ["Rufus Penhallow", "Penhallow", "Ivo Tresk"])
    assert kinds.get("Ivo Tresk") != "person"
    assert kinds.get("Rufus Penhallow") == "person"


def test_a_rival_a_player_will_play_stays_a_person(nlp: Language) -> None:
    """ "Dane Corby will play Oskar Lind": no one here is called an actor, a rival stays."""
    text = (
        "Seeded player Dane Corby won again on Friday.\n\n"
        "Corby will play Oskar Lind next, and Lind said he was ready."
    )
    kinds = person_labelled_kinds(nlp, text, ["Dane Corby", "Corby", "Oskar Lind", "Lind"])
    assert kinds.get("Oskar Lind") == "person"


def test_a_part_an_actor_returns_as_is_no_person(nlp: Language) -> None:
    """ "returns as Wenda Pike in the third film": a part, as "stars as" is."""
    text = "Hollis Grange returns as Wenda Pike in the third film of the comedy series."
    kinds = person_labelled_kinds(nlp, text, ["Hollis Grange", "Wenda Pike"])
    assert kinds.get("Wenda Pike") != "person"


def test_a_part_an_actor_is_back_as_is_no_person(nlp: Language) -> None:
    """ "is back as the sly Orrin Vale" in a film review: a part."""
    text = "In the new film, Marlow Keats is back as the sly Orrin Vale, a banker."
    kinds = person_labelled_kinds(nlp, text, ["Marlow Keats", "Orrin Vale"])
    assert kinds.get("Orrin Vale") != "person"
