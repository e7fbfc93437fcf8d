"""An office of one holder that takes up a sentence's named subject a few sentences on,
past sentences about "he" or about things, is that person's role; anyone else named
between, or a title giving the office to another, leaves it unread."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in

OPENING = "Rain fell over Tarland. Ferries stayed in port. Shops closed early on Monday.\n\n"
AGAIN = "\n\nMr Quorne will speak again on Friday."


def test_office_past_a_sentence_about_him_is_his(nlp: Language) -> None:
    """ "Ivo Quorne said ... Without it ..., he told the council. / The chancellor said": his."""
    text = (
        OPENING
        + "Ivo Quorne said the harbour levy would fund new cranes at the docks. "
        + "Without the cranes the port would lose trade to its rivals, he told the council.\n\n"
        + "The chancellor said the levy would end once the cranes were paid for."
        + AGAIN
    )
    assert roles_in(nlp, text)["Ivo Quorne"] == "chancellor"


def test_office_after_another_name_between_is_not_read(nlp: Language) -> None:
    """ "Ivo Quorne said ... Ada Pelt replied ... / The chancellor said": either of them."""
    text = (
        OPENING
        + "Ivo Quorne said the harbour levy would fund new cranes at the docks. "
        + "Ada Pelt replied that the port would lose trade to its rivals.\n\n"
        + "The chancellor said the levy would end once the cranes were paid for."
        + AGAIN
    )
    assert roles_in(nlp, text)["Ivo Quorne"] is None


def test_office_with_a_qualifier_is_not_read(nlp: Language) -> None:
    """ "... he told the council. / The shadow chancellor said": another office, someone else's."""
    text = (
        OPENING
        + "Ivo Quorne said the harbour levy would fund new cranes at the docks. "
        + "Without the cranes the port would lose trade to its rivals, he told the council.\n\n"
        + "The shadow chancellor said the levy would never end."
        + AGAIN
    )
    assert roles_in(nlp, text)["Ivo Quorne"] is None


def test_office_held_as_anothers_title_is_not_read(nlp: Language) -> None:
    """With "Chancellor Ada Pelt" in the story, "the chancellor" is hers, not his."""
    text = (
        OPENING
        + "Chancellor Ada Pelt toured the docks last week.\n\n"
        + "Ivo Quorne said the harbour levy would fund new cranes at the docks. "
        + "Without the cranes the port would lose trade to its rivals, he told the council.\n\n"
        + "The chancellor said the levy would end once the cranes were paid for."
        + AGAIN
    )
    assert roles_in(nlp, text)["Ivo Quorne"] is None


def test_office_after_an_untitled_name_beside_is_not_read(nlp: Language) -> None:
    """ "Ivo Quorne had talks with Mr Dace. ... / The president said": may be Dace."""
    text = (
        OPENING
        + "Ivo Quorne had long talks about the harbour levy with Mr Dace. "
        + "The levy would fund new cranes at the docks, he told the council.\n\n"
        + "The president said the levy would end once the cranes were paid for."
        + AGAIN
    )
    assert roles_in(nlp, text)["Ivo Quorne"] is None


def test_office_past_a_pronoun_of_the_other_sex_is_not_read(nlp: Language) -> None:
    """ "Mr Quorne was asked by councillor Ada Pelt. She said ... / The president":
    the "she" between is someone else, so the office may be too."""
    text = (
        OPENING
        + "Mr Ivo Quorne was asked about the harbour levy by councillor Ada Pelt. "
        + "She said the levy would drive trade away from the docks.\n\n"
        + "The president replied that the levy would end once the cranes were paid for."
        + AGAIN
    )
    assert roles_in(nlp, text)["Ivo Quorne"] is None


def test_people_named_by_a_plural_noun_between_stop_the_search(nlp: Language) -> None:
    """A sentence about "dockers" between the name and the office may be about its holder."""
    text = (
        "Tom Vell said the harbour would grow. Tom Vell spoke at the quay. "
        "Dockers said the plan had been costed. The chancellor said the port was safe."
    )
    assert roles_in(nlp, text).get("Tom Vell") is None
