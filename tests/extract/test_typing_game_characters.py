"""Entity typing of the people of a video game: whom gamers play or control are no people."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_whom_gamers_control_is_no_person(nlp: Language) -> None:
    """A game character players steer ("Major Dace Holloway") is a part; the designer a person."""
    # "players steer Major Dace Holloway" and his "must find his squad" in a text about a computer
    # game make a part, not a person; the studio's designer stays a person.
    kinds = entity_kinds(
        nlp,
        "Studio Tarnbeck Games has shown a sequel to its computer game Ember Coast. In it, "
        "players steer Major Dace Holloway across a frozen island. Dace Holloway must find his "
        "lost squad before winter. Lead designer Wendy Okoro said the island was twice as big.",
    )
    assert kinds.get("Dace Holloway") != "person"
    assert kinds.get("Wendy Okoro") == "person"


def test_a_playable_character_is_no_person(nlp: Language) -> None:
    """ "Knight Tobin Ashe returns as a playable character" in a gaming text is a part."""
    # Though "Tobin Ashe can now swim" speaks of him as of a person.
    kinds = entity_kinds(
        nlp,
        "Gamers will get a second outing for Skyvault on the Nexo console in June. Knight "
        "Tobin Ashe returns as a playable character, and Tobin Ashe can now swim. Critic "
        "Rhys Palmer said fans would be pleased.",
    )
    assert kinds.get("Tobin Ashe") != "person"
    assert kinds.get("Rhys Palmer") == "person"


def test_the_heroine_of_a_game_is_no_person(nlp: Language) -> None:
    """ "Mira Solt, the heroine of Tidecaller," in a video-game text is a part, no person."""
    # The analyst quoted beside her stays a person.
    kinds = entity_kinds(
        nlp,
        "Sales of video games rose 8% last year, the trade body said. Mira Solt, the heroine "
        "of Tidecaller, returns in a new adventure this spring. Mira Solt has sold ten million "
        "copies. Gamers also snapped up racing titles, said analyst Joel Brand.",
    )
    assert kinds.get("Mira Solt") != "person"
    assert kinds.get("Joel Brand") == "person"
