"""A name set off by words that make it a person of a story is no person: "Ben Tarrow, the
fictional schoolboy wizard,", "Lana Vell, the heroine of the Moon Quest games,"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_fictional_wizard_set_off_after_his_name_is_no_person(nlp: Language) -> None:
    """ "Ben Tarrow, the fictional schoolboy wizard, is to appear on stamps"."""
    text = "Ben Tarrow, the fictional schoolboy wizard, is to appear on stamps, Royal Mail said."
    kinds = person_labelled_kinds(nlp, text, ["Ben Tarrow"])
    assert kinds.get("Ben Tarrow") != "person"


def test_the_heroine_of_a_game_series_is_no_person(nlp: Language) -> None:
    """ "Lana Vell, the heroine of the Moon Quest games, will appear in a film"."""
    text = "Lana Vell, the heroine of the Moon Quest games, will appear in a new film."
    kinds = person_labelled_kinds(nlp, text, ["Lana Vell"])
    assert kinds.get("Lana Vell") != "person"


def test_a_critic_of_fictional_shows_stays_a_person(nlp: Language) -> None:
    """ "Ann Roke, a critic of fictional crime shows, said": a real critic."""
    text = "Ann Roke, a critic of fictional crime shows, said she was bored."
    kinds = person_labelled_kinds(nlp, text, ["Ann Roke"])
    assert kinds.get("Ann Roke") == "person"


def test_the_hero_of_a_rescue_stays_a_person(nlp: Language) -> None:
    """ "Tom Vell, the hero of the rescue, said": a real hero, no story's."""
    text = "Tom Vell, the hero of the harbour rescue, said he was only doing his job."
    kinds = person_labelled_kinds(nlp, text, ["Tom Vell"])
    assert kinds.get("Tom Vell") == "person"
