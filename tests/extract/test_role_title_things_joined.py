"""A title before a name whose words join two things by "and" ("Bed and breakfast owner
Gwen Tullett") is read whole, not cut at the "and" (`role_titles`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_two_things_joined_before_a_title_stay_in_it(nlp: Language) -> None:
    """ "Bed and breakfast owner": the owner of a bed and breakfast, not of a breakfast."""
    text = "Bed and breakfast owner Gwen Tullett, 61, said she had no bookings left."
    assert roles_in(nlp, text)["Gwen Tullett"] == "Bed and breakfast owner, 61"


def test_two_people_joined_before_a_name_still_part(nlp: Language) -> None:
    """ "Her mother and designer father Tom Vellacott": the mother is someone else."""
    text = "Her mother and designer father Tom Vellacott attended the hearing."
    assert roles_in(nlp, text)["Tom Vellacott"] == "designer father"
