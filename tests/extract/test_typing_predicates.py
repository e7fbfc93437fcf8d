"""What the text says a name is: a game, a firm founded, a pet or a robot is no person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.conftest import person_labelled_kinds


def test_a_name_said_to_be_a_game_is_no_person(nlp: Language) -> None:
    """ "Dusk Raiders was the best-selling game of the year": the noun after "was" says it."""
    text = "Fans queued for hours. Dusk Raiders was the best-selling game of the year."
    assert person_labelled_kinds(nlp, text, ["Dusk Raiders"]).get("Dusk Raiders") != PERSON


def test_a_name_said_to_be_a_boss_stays_a_person(nlp: Language) -> None:
    """ "Jo Ames is the company's chief executive": a role after "is" keeps the person."""
    text = "Jo Ames is the company's chief executive. Ames joined the board in 2010."
    assert person_labelled_kinds(nlp, text, ["Jo Ames", "Ames"]).get("Jo Ames") == PERSON


def test_a_name_that_was_founded_is_a_body(nlp: Language) -> None:
    """ "Kettering Lowe was founded by two brothers": people are born, firms founded."""
    text = "Investors lost money. Kettering Lowe was founded by two brothers in 1990."
    assert person_labelled_kinds(nlp, text, ["Kettering Lowe"]).get("Kettering Lowe") == ORG


def test_names_set_off_after_animals_are_no_people(nlp: Language) -> None:
    """ "her spaniels, Dobbin and Miss Pell": pets' names, even with a courtesy title."""
    text = "Both of her spaniels, Dobbin and Miss Pell, sleep by the stove at night."
    kinds = person_labelled_kinds(nlp, text, ["Dobbin", "Miss Pell"])
    assert kinds.get("Dobbin") != PERSON
    assert kinds.get("Pell") != PERSON


def test_an_animal_named_or_described_after_its_name_is_no_person(nlp: Language) -> None:
    """ "a racehorse called Silver Fenn", "Tilly the sheepdog", "The robot, named Tobi Cogg"."""
    for text, name in (
        ("They bought a racehorse called Silver Fenn last spring.", "Silver Fenn"),
        ("Tilly the sheepdog herds the geese into the barn every evening.", "Tilly"),
        ("The robot, named Tobi Cogg, greets visitors at the door.", "Tobi Cogg"),
    ):
        assert person_labelled_kinds(nlp, text, [name]).get(name) != PERSON, text


def test_a_lion_tamer_stays_a_person(nlp: Language) -> None:
    """ "Jo Ames the lion tamer": the animal's noun describes the person's job."""
    text = "Jo Ames the lion tamer thrilled the crowds. Ames retired in 1990."
    assert person_labelled_kinds(nlp, text, ["Jo Ames", "Ames"]).get("Jo Ames") == PERSON


def test_a_name_set_beside_a_product_is_no_person(nlp: Language) -> None:
    """ "her perfume, Midnight Fenn," and "Zentra Max is the best phone": products' names."""
    for text, name in (
        ("Pia Kestrel's perfume, Midnight Fenn, sold out in an hour.", "Midnight Fenn"),
        ("Reviewers agree that Zentra Max is the best phone of the year.", "Zentra Max"),
    ):
        assert person_labelled_kinds(nlp, text, [name]).get(name) != PERSON, text


def test_a_product_word_before_a_name_says_nothing(nlp: Language) -> None:
    """ "Jo Ames said the phone call went well": a product's noun counts only beside a name."""
    text = "Jo Ames said the phone call went well. Ames left for Pellham on Monday."
    assert person_labelled_kinds(nlp, text, ["Jo Ames", "Ames"]).get("Jo Ames") == PERSON


def test_an_office_set_beside_a_person_is_no_person(nlp: Language) -> None:
    """ "Dan Ames, Harbour Patrol Commander, said": the office of the person before it."""
    text = "Dan Ames, Harbour Patrol Commander, said the boats had turned back."
    kinds = person_labelled_kinds(nlp, text, ["Dan Ames", "Harbour Patrol Commander"])
    assert kinds.get("Dan Ames") == PERSON
    assert kinds.get("Harbour Patrol Commander") != PERSON


def test_a_list_of_names_keeps_a_surname_that_is_a_title(nlp: Language) -> None:
    """ "Jo Ames, Kim Bishop and Al Roe": a list goes on after the surname, no office."""
    text = "Jo Ames, Kim Bishop and Al Roe were cheered by the crowd on Friday."
    kinds = person_labelled_kinds(nlp, text, ["Jo Ames", "Kim Bishop", "Al Roe"])
    assert kinds.get("Kim Bishop") == PERSON


def test_a_name_that_went_bust_is_a_body(nlp: Language) -> None:
    """ "Corvin Hale went bust owing $2 billion": a firm's failure."""
    text = "Investors lost a fortune when Corvin Hale went bust owing $2 billion."
    assert person_labelled_kinds(nlp, text, ["Corvin Hale"]).get("Corvin Hale") == ORG


def test_a_listed_name_or_one_whose_shares_fell_is_a_body(nlp: Language) -> None:
    """ "Nasdaq-listed Kelby Vance", "Kelby Vance, whose shares have halved": a firm."""
    for text in (
        "Investors in Tarn-listed Kelby Vance lost a third of their money on Monday.",
        "Investors sued Kelby Vance, whose shares have halved since March.",
    ):
        assert person_labelled_kinds(nlp, text, ["Kelby Vance"]).get("Kelby Vance") == ORG, text


def test_a_person_whose_chief_worry_is_named_stays_a_person(nlp: Language) -> None:
    """ "Jo Ames, whose chief worry was the rent": "chief" after "whose" is no firm's chief."""
    text = "Jo Ames, whose chief worry was the rent, said the shop would stay open."
    assert person_labelled_kinds(nlp, text, ["Jo Ames"]).get("Jo Ames") == PERSON


def test_a_name_said_to_be_the_biggest_maker_is_a_body(nlp: Language) -> None:
    """ "Harwell Dane is Norway's biggest maker of boats": the largest of a trade is a firm."""
    for text in (
        "Harwell Dane is Norway's biggest maker of boats. Harwell Dane sold 4,000 last year.",
        "Harwell Dane is the world's largest tile producer. Harwell Dane opened a plant.",
    ):
        kinds = person_labelled_kinds(nlp, text, ["Harwell Dane", "Harwell Dane"])
        assert kinds.get("Harwell Dane") != PERSON, text


def test_a_name_said_to_be_the_best_maker_stays_a_person(nlp: Language) -> None:
    """ "Harwell Dane is Norway's best-known maker of films": a person may be the best."""
    text = "Harwell Dane is Norway's best-known maker of films. Harwell Dane has won two prizes."
    kinds = person_labelled_kinds(nlp, text, ["Harwell Dane", "Harwell Dane"])
    assert kinds.get("Harwell Dane") == PERSON


def test_a_name_written_or_directed_by_someone_is_a_work(nlp: Language) -> None:
    """ "Tamsin Gale was directed by Orrin Pike": a film's title, with its maker after "by"."""
    text = "Tamsin Gale was directed by Orrin Pike and written by his sister over two winters."
    kinds = person_labelled_kinds(nlp, text, ["Tamsin Gale", "Orrin Pike"])
    assert kinds.get("Tamsin Gale") != PERSON
    assert kinds.get("Orrin Pike") == PERSON


def test_a_name_directed_by_someone_to_act_stays_a_person(nlp: Language) -> None:
    """ "Tamsin Gale was directed by stewards to leave": a person told what to do."""
    text = "Tamsin Gale was directed by stewards to leave the stand before the second half."
    assert person_labelled_kinds(nlp, text, ["Tamsin Gale"]).get("Tamsin Gale") == PERSON
