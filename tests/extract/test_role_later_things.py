"""A description after a name that takes up someone else: the driver of another vehicle."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from generator.extract import extract
from generator.extract.role_later import of_a_thing_set_against
from generator.seeds import read_seed

CRASH = (
    'Lorry crash\n\nTributes have been paid to a "gentle giant" who died in a crash on the A38.'
    "\n\nOwen Tarr, 27, from Tamworth, was driving a black Audi which collided with a lorry "
    "near Lichfield at about 06:30 BST on Monday.\n\nHe was pronounced dead at the scene. "
    "The lorry driver was not hurt.\n"
)


def test_the_driver_of_the_other_vehicle_is_someone_else(tmp_path: Path) -> None:
    """ "collided with a lorry ... The lorry driver" is the lorry's driver, not the one named."""
    path = tmp_path / "crash.txt"
    path.write_text(CRASH, "utf-8")
    people = extract([read_seed(path, tmp_path)[0]])[0]["people"]
    assert [(p["name"], p["role"]) for p in people] == [("Owen Tarr", "from Tamworth, 27")]


def test_a_thing_set_against_is_brought_in_after_a_preposition(nlp: Language) -> None:
    """A lorry the person collided with is set against them; the lorry they drove is not."""
    against = nlp("Owen Tarr was driving a black Audi which collided with a lorry near Lichfield.")
    own = nlp("Owen Tarr was driving a lorry on the road near Lichfield.")
    assert of_a_thing_set_against(against[0:2], "lorry driver")
    assert not of_a_thing_set_against(own[0:2], "lorry driver")
    assert not of_a_thing_set_against(against[0:2], "driver")


def test_a_description_set_off_as_someone_new_is_someone_else(tmp_path: Path) -> None:
    """ "The van driver, a man in his 40s, stopped": an unnamed man, not the boy named."""
    path = tmp_path / "moped.txt"
    path.write_text(
        "Moped rider named\n\nA teenager who died when his moped hit a van has been named.\n\n"
        "Kai Brennan, 17, from Kelby, died at the scene on Sunday night.\n\n"
        "The van driver, a man in his 40s, stopped and is helping police.\n",
        "utf-8",
    )
    people = extract([read_seed(path, tmp_path)[0]])[0]["people"]
    assert all("van driver" not in (p["role"] or "") for p in people)
