"""An appositive the model tagged as a person's name in lower case is still a role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_a_lower_case_appositive_tagged_a_person_is_the_role(nlp: Language) -> None:
    """ "Gareth Rast, a lorry driver," with "lorry driver" read as a name: he is a driver."""
    text = "Gareth Rast, a lorry driver, was seen mounting the verge near Pennock."
    assert roles_in(nlp, text)["Gareth Rast"] == "lorry driver"


def test_an_aged_lower_case_appositive_tagged_a_person_is_the_role(nlp: Language) -> None:
    """ "a 58-year-old lorry driver" beside the object of a verb is still his role."""
    text = "Officers stopped Kevin Brede, a 58-year-old lorry driver, on the Kelby bypass."
    role = roles_in(nlp, text)["Kevin Brede"]
    assert role is not None and role.endswith("lorry driver")
