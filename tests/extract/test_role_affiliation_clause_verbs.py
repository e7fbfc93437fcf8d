"""A body named after a name ends before the verb of the clause that follows it."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_reporting_verb_after_a_force_is_no_part_of_it(nlp: Language) -> None:
    """ "of the Westshire Police said outside court": the role stops at the body."""
    text = "Constable Ben Oyelaran of the Westshire Police said outside court that it was fair."
    assert roles_in(nlp, text)["Ben Oyelaran"] == "Constable of the Westshire Police"


def test_a_participle_naming_a_unit_stays(nlp: Language) -> None:
    """ "Kent Police's armed response unit": a participle of a unit's name is kept."""
    text = "Inspector Ravi Dhillon, of Tarland Police's armed response unit, said it was calm."
    assert (
        roles_in(nlp, text)["Ravi Dhillon"] == "Inspector of Tarland Police's armed response unit"
    )
