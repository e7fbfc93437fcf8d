"""A body written in full and then short is one organization, named by its full form."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.body_forms import short_of
from tests.extract.conftest import labelled_organizations


def test_initials_of_the_tail_name_the_full_body(nlp: Language) -> None:
    """ "Pellham PD" after "Pellham Police Department" is an alias of it."""
    text = (
        "Officers from the Pellham Police Department arrived at noon. "
        "A Pellham PD spokesman said the road would stay shut."
    )
    spans = [("Pellham Police Department", "ORG"), ("Pellham PD", "ORG")]
    assert labelled_organizations(nlp, text, spans) == {"Pellham Police Department": ["Pellham PD"]}


def test_initials_of_the_head_name_the_full_body(nlp: Language) -> None:
    """ "LA County Sheriff's Office" shortens "Los Ardenas County Sheriff's Office"."""
    assert short_of("LA County Sheriff's Office", "Los Ardenas County Sheriff's Office")


def test_a_name_written_without_its_space_is_the_same_body(nlp: Language) -> None:
    """ "QuarroStone" and "Quarro Stone" are one firm, named by the spaced form."""
    text = "Staff at Quarro Stone moved on Monday. QuarroStone said it was pleased."
    spans = [("Quarro Stone", "ORG"), ("QuarroStone", "ORG")]
    assert labelled_organizations(nlp, text, spans) == {"Quarro Stone": ["QuarroStone"]}


def test_a_clipped_first_word_names_the_body(nlp: Language) -> None:
    """ "the Fenn" after "Fennimore Rail Trust" is the trust."""
    text = "The Fennimore Rail Trust opened a station. The Fenn said it would open more."
    spans = [("Fennimore Rail Trust", "ORG"), ("Fenn", "ORG")]
    assert labelled_organizations(nlp, text, spans) == {"Fennimore Rail Trust": ["Fenn"]}


def test_a_clip_another_body_writes_whole_stays_apart(nlp: Language) -> None:
    """ "Fenn" beside a "Fenn Office" may be either body, so it is neither."""
    text = (
        "The Fennimore Rail Trust opened a station. The Fenn Office warned of rain. "
        "The Fenn said it would open more."
    )
    spans = [("Fennimore Rail Trust", "ORG"), ("Fenn Office", "ORG"), ("Fenn", "ORG")]
    assert "Fenn" in labelled_organizations(nlp, text, spans)


def test_bodies_with_different_places_stay_apart() -> None:
    """ "NHS Wexland" and "NHS Corbria" differ in a word, not in its spelling."""
    assert not short_of("NHS Wexland", "NHS Corbria")
    assert not short_of("Wexland Health Board", "Wexland Hospital Board")


def test_a_long_opening_word_is_no_clip() -> None:
    """ "Parliament" is a word of its own, not a clip of "Parliamentary Select Board"."""
    assert not short_of("Parliament", "Parliamentary Select Board")


def test_a_firms_first_word_before_its_kind_of_body_names_it(nlp: Language) -> None:
    """ "Quillmark" after "Quillmark Research" is the firm: "Research" only says what it is."""
    text = "Quillmark Research published a report. Quillmark said the maker had misled buyers."
    spans = [("Quillmark Research", "ORG"), ("Quillmark", "ORG")]
    assert labelled_organizations(nlp, text, spans) == {"Quillmark Research": ["Quillmark"]}


def test_a_first_word_before_a_name_of_its_own_stays_apart() -> None:
    """ "Quillmark" is no short form of "Quillmark Sachs": "Sachs" is a name, not a kind."""
    assert not short_of("Quillmark", "Quillmark Sachs")
    assert not short_of("Quillmark", "Quillmark Research", ["Quillmark Research", "Quillmark One"])


def test_a_firm_without_its_legal_ending_is_the_same_firm(nlp: Language) -> None:
    """ "Corbel Vane" after "Corbel Vane Group" is an alias of the group."""
    text = (
        "Corbel Vane Group reported higher sales on Tuesday. "
        "Corbel Vane said its shops in the north had done best."
    )
    spans = [("Corbel Vane Group", "ORG"), ("Corbel Vane", "ORG")]
    assert labelled_organizations(nlp, text, spans) == {"Corbel Vane Group": ["Corbel Vane"]}


def test_a_longer_name_that_is_no_firm_ending_stays_apart() -> None:
    """ "Tarnby Harbour" is not the "Tarnby Harbour Trust", nor of two groups it opens."""
    assert not short_of("Tarnby Harbour", "Tarnby Harbour Trust")
    others = ["Corbel Vane Group", "Corbel Vane Holdings"]
    assert not short_of("Corbel Vane", "Corbel Vane Group", others)


def test_a_police_force_without_department_is_the_same_force(nlp: Language) -> None:
    """ "Pellham Police" after "Pellham Police Department" is an alias of the department."""
    text = (
        "The Pellham Police Department opened an inquiry on Friday. "
        "Pellham Police said two men had been questioned."
    )
    spans = [("Pellham Police Department", "ORG"), ("Pellham Police", "ORG")]
    assert labelled_organizations(nlp, text, spans) == {
        "Pellham Police Department": ["Pellham Police"]
    }


def test_a_police_board_is_not_the_force() -> None:
    """ "Pellham Police" is not the "Pellham Police Board", a body over the force."""
    assert not short_of("Pellham Police", "Pellham Police Board")
