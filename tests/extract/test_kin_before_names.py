"""A noun of kin before a name, or set off beside it, makes the name a person's."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_son_set_off_by_commas_is_a_person(nlp: Language) -> None:
    """ "their son, Wilmot," is a boy, though the model read every "Wilmot" as a body."""
    text = (
        "Ms Vell was seen with their son, Wilmot, at the beach. "
        "She spent the weekend with Wilmot and the dog. Friends said Wilmot was well."
    )
    labels = [("Vell", "PERSON"), ("Wilmot", "ORG"), ("Wilmot", "ORG"), ("Wilmot", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Wilmot") == "person"


def test_daughters_before_names_make_people(nlp: Language) -> None:
    """ "her daughters Orla and Tamsin": a plural of kin names people as the singular does."""
    text = "Ms Vell told how her daughters Orla and Tamsin wear second-hand clothes."
    labels = [("Vell", "PERSON"), ("Orla", "ORG"), ("Tamsin", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Orla") == "person"


def test_a_country_set_off_after_neighbour_stays_a_place(nlp: Language) -> None:
    """ "Norland's larger neighbour, Vestria,": a place may be a neighbour, as a person may."""
    text = "Norland's larger neighbour, Vestria, sent aid. Vestria has a big navy."
    labels = [("Norland", "GPE"), ("Vestria", "GPE"), ("Vestria", "GPE")]
    assert labelled_kinds(nlp, text, labels).get("Vestria") != "person"


def test_countries_after_neighbours_stay_places(nlp: Language) -> None:
    """ "Norland's neighbours Vestria and Ostmark": countries, though kin come in plurals too."""
    text = "Norland's powerful neighbours Vestria and Ostmark restored ties."
    labels = [("Norland", "GPE"), ("Vestria", "GPE"), ("Ostmark", "GPE")]
    assert labelled_kinds(nlp, text, labels).get("Vestria") != "person"
