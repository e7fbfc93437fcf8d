"""People who share one surname written once after the last given name: "Harlan and Greta
Voss"; and a given name the model read as a place before the rest of the name."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_couple_is_two_people_of_one_surname(nlp: Language) -> None:
    """'Harlan and Greta Voss' with 'Harlan' left unread: Harlan Voss and Greta Voss."""
    text = "Harlan and Greta Voss lost their home when the river rose on Tuesday."
    assert labelled_kinds(nlp, text, [("Greta Voss", "PERSON")]) == {
        "Harlan Voss": "person",
        "Greta Voss": "person",
    }


def test_a_couple_whose_full_name_the_model_read_as_a_body(nlp: Language) -> None:
    """'Tomas' read as a person and 'Ilse Varga' as a body: two people named Varga."""
    text = "Their neighbours Tomas and Ilse Varga also helped with the clearing up."
    labels = [("Tomas", "PERSON"), ("Ilse Varga", "ORG")]
    assert labelled_kinds(nlp, text, labels) == {"Tomas Varga": "person", "Ilse Varga": "person"}


def test_three_siblings_listed_with_one_surname(nlp: Language) -> None:
    """'Orla, Fen and Tam Rusk': three people named Rusk."""
    text = "Orla, Fen and Tam Rusk, who run a bakery in the village, said trade was weak."
    assert labelled_kinds(nlp, text, [("Tam Rusk", "PERSON")]) == {
        "Orla Rusk": "person",
        "Fen Rusk": "person",
        "Tam Rusk": "person",
    }


def test_two_full_names_joined_by_and_stay_as_written(nlp: Language) -> None:
    """'Jude Calloway and Hunter Maxen' stays two full names beside a couple."""
    text = "Jude Calloway and Hunter Maxen met Harlan and Greta Voss at the hall on Friday."
    labels = [("Jude Calloway", "PERSON"), ("Hunter Maxen", "PERSON"), ("Greta Voss", "PERSON")]
    names = labelled_kinds(nlp, text, labels)
    assert {"Jude Calloway", "Hunter Maxen", "Harlan Voss"} <= set(names)
    assert "Calloway Maxen" not in names


def test_a_surname_of_someone_named_in_full_gets_no_other_surname(nlp: Language) -> None:
    """'Calloway and Greta Voss' after 'Jude Calloway': Calloway is no Voss."""
    text = (
        "Jude Calloway chaired the meeting. Calloway and Greta Voss spoke first, and"
        " Ewan and Maud Pellow spoke after them."
    )
    labels = [("Jude Calloway", "PERSON"), ("Greta Voss", "PERSON"), ("Maud Pellow", "PERSON")]
    names = labelled_kinds(nlp, text, labels)
    assert "Ewan Pellow" in names
    assert "Calloway Voss" not in names


def test_a_firm_named_for_two_people_is_no_couple(nlp: Language) -> None:
    """'Harwick and Dunmore Group' keeps its name beside a couple in the same story."""
    text = "Harwick and Dunmore Group hired Nadia and Kester Blundell to run the new shop."
    labels = [("Harwick", "PERSON"), ("Dunmore Group", "ORG"), ("Kester Blundell", "PERSON")]
    names = labelled_kinds(nlp, text, labels)
    assert "Nadia Blundell" in names
    assert not any(
        name.startswith("Harwick ") and name != "Harwick and Dunmore Group" for name in names
    )


def test_a_double_given_name_read_as_a_place_opens_the_name(nlp: Language) -> None:
    """'Marisol' read as a place before 'Yadira Ortez Luna': one person of four words."""
    text = "Marisol Yadira Ortez Luna, a nurse at the clinic, received the award on Monday."
    labels = [("Marisol", "GPE"), ("Yadira Ortez Luna", "PERSON")]
    assert labelled_kinds(nlp, text, labels) == {"Marisol Yadira Ortez Luna": "person"}


def test_a_given_name_and_a_surname_both_read_as_places_are_one_person(nlp: Language) -> None:
    """'Natalia' and 'Brenske' read as two places side by side: the person Natalia Brenske."""
    text = "Two reporters were killed - Anna Polden and Natalia Brenske. Few were charged."
    labels = [("Anna Polden", "PERSON"), ("Natalia", "GPE"), ("Brenske", "LOC")]
    assert labelled_kinds(nlp, text, labels) == {
        "Anna Polden": "person",
        "Natalia Brenske": "person",
    }


def test_a_given_name_before_a_known_place_stays_apart(nlp: Language) -> None:
    """'Natalia' read as a place before 'London': no person called Natalia London."""
    text = "Two reporters flew from Natalia London on Monday."
    names = labelled_kinds(nlp, text, [("Natalia", "GPE"), ("London", "GPE")])
    assert "Natalia London" not in names


def test_titles_and_saints_open_no_couple(nlp: Language) -> None:
    """'Dunmere and St Avel' and 'Mr and Mrs Tarrow' give no person; a couple still does."""
    text = (
        "Votes came in from Dunmere and St Avel before midnight. Mr and Mrs Tarrow"
        " watched, and Harlan and Greta Voss cheered."
    )
    labels = [("Dunmere", "GPE"), ("St Avel", "PERSON"), ("Greta Voss", "PERSON")]
    names = labelled_kinds(nlp, text, labels)
    assert "Harlan Voss" in names
    assert not {"Dunmere Avel", "Mr Tarrow", "Mr"} & set(names)


def test_a_couple_of_a_hyphenated_surname_shares_all_of_it(nlp: Language) -> None:
    """'Harlan and Greta Voss-Tarrant': both bear the whole double surname."""
    text = "Harlan and Greta Voss-Tarrant bought the old mill by the river in 1998."
    assert labelled_kinds(nlp, text, [("Greta Voss-Tarrant", "PERSON")]) == {
        "Harlan Voss-Tarrant": "person",
        "Greta Voss-Tarrant": "person",
    }


def test_a_lone_given_name_read_as_a_body_before_a_known_given_name(nlp: Language) -> None:
    """'Callum' read as a body before 'Angus Fenwick-Hale': two common given names, two people."""
    text = "Callum and Angus Fenwick-Hale run the farm near the river."
    labels = [("Callum", "ORG"), ("Angus Fenwick-Hale", "PERSON")]
    assert labelled_kinds(nlp, text, labels) == {
        "Callum Fenwick-Hale": "person",
        "Angus Fenwick-Hale": "person",
    }


def test_a_couple_read_as_one_title_is_two_people(nlp: Language) -> None:
    """'Rowan and Helen Quarrie' read whole as a work's title: two people named Quarrie."""
    text = '"He is a good boy," Rowan and Helen Quarrie said on Tuesday.'
    labels = [("Rowan and Helen Quarrie", "WORK_OF_ART")]
    assert labelled_kinds(nlp, text, labels) == {
        "Rowan Quarrie": "person",
        "Helen Quarrie": "person",
    }


def test_a_body_named_for_a_city_after_and_is_no_couple(nlp: Language) -> None:
    """'Kurzblatt and Paris Gazette', the second read as a body: no person 'Kurzblatt Gazette'."""
    text = "The photographs were printed by Kurzblatt and Paris Gazette on Monday."
    names = labelled_kinds(nlp, text, [("Kurzblatt", "PERSON"), ("Paris Gazette", "ORG")])
    assert "Kurzblatt Gazette" not in names
    assert names.get("Paris Gazette") != "person"


def test_a_couple_of_a_particle_surname_shares_all_of_it(nlp: Language) -> None:
    """'Ned and Olaf Van Brakel', 'Ned' read alone: both are Van Brakel."""
    text = "Ned and Olaf Van Brakel lost their home when the river rose."
    labels = [("Ned", "PERSON"), ("Olaf Van Brakel", "PERSON")]
    assert labelled_kinds(nlp, text, labels) == {
        "Ned Van Brakel": "person",
        "Olaf Van Brakel": "person",
    }


def test_a_lone_given_name_of_someone_named_in_full_is_that_person(nlp: Language) -> None:
    """A lone given name that opens another full name of the story is that person's."""
    text = (
        "Ravi Kasper, the harbour master, spoke first. Critics say Ravi and Colin Tarrant"
        " delayed the new ferry pier."
    )
    labels = [("Ravi Kasper", "PERSON"), ("Ravi", "PERSON"), ("Colin Tarrant", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert "Ravi Tarrant" not in kinds
    assert kinds["Colin Tarrant"] == "person"


def test_a_couple_named_again_by_given_names_alone_stays_a_couple(nlp: Language) -> None:
    """'Ewan and Maud Pellow ... Ewan and Maud', read as one person, names no other Ewan."""
    text = "Ewan and Maud Pellow bought the mill in 1990. Ewan and Maud rebuilt its wheel."
    labels = [("Maud Pellow", "PERSON"), ("Ewan and Maud", "PERSON")]
    assert "Ewan Pellow" in labelled_kinds(nlp, text, labels)
