"""A given name joined by "and" before a full name ("Tom and Ann Vellow") is another person
of that surname: a bare surname's title may be theirs, so it is no second description."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled
from tests.extract.test_roles import roles_in, roles_of

_COUPLE = (
    "The couple were married in 1990.\n\n"
    "The house was bought by Tom and Ann Vellow, who run a bakery in the town.\n\n"
    "Ms Vellow, a retired teacher, said they loved it.\n\n"
    "Later, former mayor Vellow said the deal was fair."
)


def test_a_bare_surname_title_beside_a_joined_given_name_is_not_added(nlp: Language) -> None:
    """ "former mayor Vellow" may be Tom: Ann keeps only what is surely hers."""
    assert roles_in(nlp, _COUPLE)["Ann Vellow"] == "retired teacher"


def test_another_full_name_before_and_is_no_namesake(nlp: Language) -> None:
    """ "Jo Hartley and Ann Vellow": Hartley is no given name of a second Vellow."""
    text = _COUPLE.replace("Tom and Ann Vellow", "Jo Hartley and Ann Vellow")
    assert roles_in(nlp, text)["Ann Vellow"] == "retired teacher, former mayor"


def test_a_given_name_of_a_couple_read_as_one_person_has_its_title(nlp: Language) -> None:
    """'retired postman Harlan' after the couple entity 'Harlan and Greta Voss' is Harlan's."""
    text = (
        "When owners Harlan and Greta Voss bought the old mill, it had no roof. 'We rebuilt"
        " it ourselves,' says Harlan, 71. 'It took a year,' says retired postman Harlan."
        " 'It was cold,' says Greta."
    )
    labels = [
        ("Harlan and Greta Voss", "PERSON"),
        *[("Harlan", "PERSON")] * 2,
        ("Greta", "PERSON"),
    ]
    roles = roles_of(labelled(nlp, text, labels))
    assert roles["Harlan Voss"] == "owner, retired postman, 71"
    assert roles["Greta Voss"] == "owner"
