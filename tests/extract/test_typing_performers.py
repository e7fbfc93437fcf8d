"""Players of parts, owners of a performer's work and names set off after a possessed role are
people though the model read them as bodies; bands, studios and rival teams stay bodies."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_the_player_of_a_lower_case_part_is_a_person(nlp: Language) -> None:
    """ "Quenby Marrault played the duchess" with the actor read as a body."""
    text = (
        "Quenby Marrault played the duchess in a touring version last winter. Pellbury Rovers"
        " played Dunmarch in the cup. The Ferrow Trust played a key role in reviving it."
    )
    bodies = ["Pellbury Rovers", "Ferrow Trust"]
    names = ["Quenby Marrault", "Pellbury Rovers", "Dunmarch", "Ferrow Trust"]
    labels = [(n, "ORG") for n in names]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Quenby Marrault") == "person"
    assert all(kinds.get(name) != "person" for name in bodies)  # a match, a role in events


def test_the_player_of_a_named_part_in_a_drama_is_a_person(nlp: Language) -> None:
    """ "Quenby Marrault plays Odile in the coastal drama" with the actor read as a body."""
    text = "Quenby Marrault plays Odile in the coastal drama, which airs on Tuesdays."
    kinds = labelled_kinds(nlp, text, [("Quenby Marrault", "ORG"), ("Odile", "PERSON")])
    assert kinds.get("Quenby Marrault") == "person"


def test_one_who_starred_as_a_part_is_a_person(nlp: Language) -> None:
    """ "Quenby Marrault starred as a weary ferryman" with the actor read as a body."""
    text = "Quenby Marrault starred as a weary ferryman in the low-budget western."
    kinds = labelled_kinds(nlp, text, [("Quenby Marrault", "ORG")])
    assert kinds.get("Quenby Marrault") == "person"


def test_the_owner_of_a_new_album_with_a_persons_shape_is_a_person(nlp: Language) -> None:
    """ "Orsolya Brindle's new album" with the singer read as a body."""
    text = (
        "Orsolya Brindle's new album arrives in shops on Thursday. Velvet Herons' tour was"
        " cut short. Cobalt Studios' new game sold well. Tarrow Music's new album slipped."
    )
    bodies = ["Velvet Herons", "Cobalt Studios", "Tarrow Music"]
    kinds = labelled_kinds(nlp, text, [(n, "ORG") for n in ["Orsolya Brindle", *bodies]])
    assert kinds.get("Orsolya Brindle") == "person"
    assert all(kinds.get(name) != "person" for name in bodies)  # a band, a studio, a label


def test_the_owner_of_a_solo_album_is_a_person(nlp: Language) -> None:
    """ "Copper Vane's solo album": a common word opens the name, yet a solo work is one's."""
    text = "Copper Vane's solo album was recorded after the trio split up."
    kinds = labelled_kinds(nlp, text, [("Copper Vane", "ORG")])
    assert kinds.get("Copper Vane") == "person"


def test_a_name_set_off_after_a_clubs_manager_is_a_person(nlp: Language) -> None:
    """ "The club's manager, Vasco Drenn," with the manager read as a body."""
    text = "The club's manager, Vasco Drenn, said the squad had trained well all week."
    kinds = labelled_kinds(nlp, text, [("Vasco Drenn", "ORG")])
    assert kinds.get("Vasco Drenn") == "person"


def test_an_untagged_player_of_a_part_is_found(nlp: Language) -> None:
    """ "Lucy Fernhallow plays Queen Ysolt in ..." with the actor left untagged is a person."""
    text = "Lucy Fernhallow plays Queen Ysolt in the costume drama, which airs in spring."
    kinds = labelled_kinds(nlp, text, [])
    assert kinds.get("Lucy Fernhallow") == "person"
