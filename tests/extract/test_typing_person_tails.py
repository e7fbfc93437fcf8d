"""A person's name the model ran into the end of another name is cut off as a person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.conftest import labelled_kinds


def test_a_name_after_a_titles_portfolio_is_a_person(nlp: Language) -> None:
    """ "Secretary of State for Health Ann Vell": a person, and "State for Health" no body."""
    # The name after the title's "of" phrase is a person, and "State for Health" only goes on with
    # the title.
    text = "'We will act,' said Secretary of State for Health Ann Vell."
    kinds = labelled_kinds(nlp, text, [("State for Health Ann Vell", "ORG")])
    assert kinds.get("Ann Vell") == PERSON
    assert not any("State" in name for name in kinds)


def test_a_name_after_a_body_of_a_title_splits_both(nlp: Language) -> None:
    """ "Treasurer of the Ledger Group Ann Vell said": the group stays a body."""
    text = "'It is done,' Treasurer of the Ledger Group Ann Vell said."
    kinds = labelled_kinds(nlp, text, [("the Ledger Group Ann Vell", "ORG")])
    assert kinds.get("Ann Vell") == PERSON
    assert kinds.get("Ledger Group") == ORG


def test_a_name_the_document_gives_a_person_elsewhere_splits(nlp: Language) -> None:
    """No title before the span: the same two words named as a person elsewhere cut it."""
    text = "Speaking for the Tarn Trust Ann Vell praised the staff. Later Ann Vell left."
    labels = [("Tarn Trust Ann Vell", "ORG"), ("Ann Vell", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Ann Vell") == PERSON
    assert "Tarn Trust Ann Vell" not in kinds


def test_a_body_ending_in_common_words_is_not_split(nlp: Language) -> None:
    """ "Treasurer of the Norport Tide Works": words of a body, no one's name."""
    text = "'It is done,' said Treasurer of the Norport Tide Works."
    kinds = labelled_kinds(nlp, text, [("the Norport Tide Works", "ORG")])
    assert "Tide Works" not in kinds


def test_a_hall_named_after_a_surname_of_the_text_is_not_split(nlp: Language) -> None:
    """ "the Royal Ada Marsh Hall" beside "Lord Marsh" is not split by a surname alone."""
    # A surname alone elsewhere is not enough where no title's "of" comes before the name.
    text = "They met at the Royal Ada Marsh in Norport, Lord Marsh said."
    labels = [("the Royal Ada Marsh", "FAC"), ("Norport", "GPE"), ("Marsh", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert "Ada Marsh" not in kinds


def test_a_name_after_a_name_is_no_noun_for_it(nlp: Language) -> None:
    """ "Group" ending another name before "Tom Ames" is no noun for him ("the group Tarn")."""
    text = "'It is done,' Treasurer of the Ledger Group Tom Ames said."
    labels = [("the Ledger Group", "ORG"), ("Tom Ames", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Tom Ames") == PERSON


def test_a_body_whose_last_words_could_be_a_name_is_not_split(nlp: Language) -> None:
    """ "the treasurer of Norport Kelm Ardry" is not split into a body and a person."""
    # No body's word ("Group", "Trust") ends the words before the last two, so nothing says where a
    # body's name would end and a person's begin.
    text = "'We are ready,' said the treasurer of Norport Kelm Ardry."
    kinds = labelled_kinds(nlp, text, [("Norport Kelm Ardry", "ORG")])
    assert "Kelm Ardry" not in kinds


def test_a_lower_case_title_before_a_body_and_a_name_splits(nlp: Language) -> None:
    """ "said the treasurer of the Ledger Group Ann Vell": a title in lower case also says it."""
    text = "'We are ready,' said the treasurer of the Ledger Group Ann Vell."
    kinds = labelled_kinds(nlp, text, [("the Ledger Group Ann Vell", "ORG")])
    assert kinds.get("Ann Vell") == PERSON


def test_a_name_no_entity_covers_after_a_titles_portfolio_is_a_person(nlp: Language) -> None:
    """ "said Director of Public Health Ann Vell", no entity: a person; the portfolio no body."""
    text = "'We will act,' said Director of Public Health Ann Vell."
    kinds = labelled_kinds(nlp, text, [])
    assert kinds.get("Ann Vell") == PERSON
    assert not any("Health" in name for name in kinds)


def test_an_unlabelled_run_that_reads_as_a_body_gives_no_person(nlp: Language) -> None:
    """ "head of Tarn Vell Ardry": nothing says where a body's name ends, so no person."""
    text = "He was head of Tarn Vell Ardry until May."
    kinds = labelled_kinds(nlp, text, [])
    assert "Vell Ardry" not in kinds
