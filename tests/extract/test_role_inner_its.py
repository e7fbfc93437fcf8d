"""An "its" inside a role ("head of its truck unit") is written as the body it stands for."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_its_owner_from_the_sentence_before(nlp: Language) -> None:
    """The body the sentence before was about owns the unit: "Brevik Motors' truck unit"."""
    text = (
        "Brevik Motors said it would cut 300 jobs. "
        "Lena Sorvik, head of its truck unit, said the decision was painful."
    )
    assert roles_in(nlp, text)["Lena Sorvik"] == "head of Brevik Motors' truck unit"


def test_its_with_no_body_before_is_dropped(nlp: Language) -> None:
    """With no body to stand for, "its" gives way to "the", never a bare pronoun."""
    text = "Rain fell all day. Lena Sorvik, head of its truck unit, said the decision was painful."
    assert roles_in(nlp, text)["Lena Sorvik"] == "head of the truck unit"


def test_its_opening_a_sentence_is_the_body_before(nlp: Language) -> None:
    """ "The Orrin Society ... . Its director, Ned Falk, said": director of that society."""
    text = (
        "The Orrin Society welcomed the ruling on Friday. "
        "Its director, Ned Falk, said the hall would stay open."
    )
    assert roles_in(nlp, text)["Ned Falk"] == "director of the Orrin Society"


def test_its_post_with_an_of_is_written_as_owned(nlp: Language) -> None:
    """ "Its head of sales" of a firm named before: "Pellow Foods' head of sales"."""
    text = "Pellow Foods cut prices again. Its head of sales, Ada Crane, said demand was weak."
    assert roles_in(nlp, text)["Ada Crane"] == "Pellow Foods' head of sales"


def test_owner_is_the_body_name_not_its_kind(nlp: Language) -> None:
    """ "Builder Tamsin Homes said ... Its chairman": the body is "Tamsin Homes"."""
    text = (
        "Builder Tamsin Homes said the estate would include a school. "
        "Its chairman, Rolf Ekdahl, said work would start in May."
    )
    assert roles_in(nlp, text)["Rolf Ekdahl"] == "chairman of Tamsin Homes"


def test_owner_is_the_body_name_not_its_description(nlp: Language) -> None:
    """ "Civil rights group Kelda said ... Its director": the body is "Kelda"."""
    text = (
        "Civil rights group Kelda said the law was wrong and would be challenged. "
        "Its director, Rolf Ekdahl, said the group would go to court."
    )
    assert roles_in(nlp, text)["Rolf Ekdahl"] == "director of Kelda"


def test_owner_keeps_a_name_joined_by_and(nlp: Language) -> None:
    """A body's name with "and" in it is written whole, though the model split the name."""
    text = (
        "The Schools and Colleges Employers Association said the offer was the best it could "
        "afford. Its chief executive, Rolf Ekdahl, said the docks could not pay more."
    )
    assert roles_in(nlp, text)["Rolf Ekdahl"] == (
        "chief executive of the Schools and Colleges Employers Association"
    )


def test_owner_leaves_out_a_kind_outside_the_name(nlp: Language) -> None:
    """ "Developer Northgate Homes ... Its managing director": the body is "Northgate Homes"."""
    text = (
        "Developer Northgate Homes said the scheme would include a new school. "
        "Its managing director, Rolf Ekdahl, said work would start in May."
    )
    assert roles_in(nlp, text)["Rolf Ekdahl"] == "managing director of Northgate Homes"


def test_its_after_a_plural_passive_subject_is_the_agent(nlp: Language) -> None:
    """ "The maps were bought by the Orrin Museum of Art. Its director": the museum's."""
    text = (
        "The maps were to have been bought by the Orrin Museum of Art in Dayton. "
        "Its director, Ned Falk, said the museum respected the ruling."
    )
    assert roles_in(nlp, text)["Ned Falk"] == "director of the Orrin Museum of Art"
