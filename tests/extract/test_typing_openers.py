"""Entity typing from fresh news: words that open a sentence, lists of two people, and names
whose own words or brackets say they name a newspaper, a brand, a party or a place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.lexicon import lexicon
from generator.extract.people import person_parts


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    return {entity.name: entity.kind for entity in extract_entities(nlp(text))}


def _people(nlp: Language, text: str) -> set[str]:
    return {name for name, kind in _kinds(nlp, text).items() if kind == "person"}


def test_an_imperative_opening_a_sentence_is_no_part_of_a_name(nlp: Language) -> None:
    """ "Meet Megan." and "Read Mark's analysis" name no "Meet Megan" nor "Read Mark"."""
    people = _people(
        nlp,
        "Meet Megan. She is a sheepdog who loves the hills above the farm. "
        "Read Mark's analysis of the poll. Voters were unhappy with the result.",
    )
    assert not any(name.startswith(("Meet", "Read")) for name in people)


def test_a_time_word_opening_a_sentence_is_cut_from_a_body(nlp: Language) -> None:
    """ "Yesterday Public Health England warned": the name starts after the time word."""
    kinds = _kinds(nlp, "Yesterday Public Health England warned that clusters were growing.")
    assert not any(name.startswith("Yesterday") for name in kinds)


def test_a_kin_noun_opening_a_sentence_is_no_first_name(nlp: Language) -> None:
    """ "Husband Haseeb was allowed in": the husband is called Haseeb."""
    people = _people(nlp, "Husband Haseeb was allowed to attend the birth. He was happy.")
    assert people == {"Haseeb"}


def test_a_full_name_after_and_is_a_second_person(nlp: Language) -> None:
    """ "Lord Frost and Dominic Cummings": two people, whatever label the model gave the span."""
    people = _people(nlp, "Officials led by Lord Frost and Dominic Cummings drafted a plan.")
    assert "Dominic Cummings" in people
    assert not any(" and " in name for name in people)


def test_two_courtesy_titles_part_two_people_read_as_a_place(nlp: Language) -> None:
    """ "Mr Hall and Mr Laviolette" (the model reads a building) are two men."""
    people = _people(nlp, "Police said the bags Mr Hall and Mr Laviolette were carrying held cash.")
    assert not any(" and " in name for name in people)


def test_one_word_after_and_keeps_a_name_whole(nlp: Language) -> None:
    """ "Marks and Spencer" read as a person stays one span: one word after "and" is no person."""
    doc = nlp("Shares in Marks and Spencer rose after the retailer beat forecasts.")
    span = doc[2:5]
    span.label_ = "PERSON"
    assert [part.text for part in person_parts(span, lexicon())] == ["Marks and Spencer"]


def test_a_newspaper_word_ends_an_organization(nlp: Language) -> None:
    """ "the Frankfurter Allgemeine newspaper", "Novaya Gazeta says": newspapers, no people."""
    kinds = _kinds(
        nlp,
        "Spokesman Jo Ames told the Frankfurter Allgemeine newspaper it was serious. "
        "Novaya Gazeta says the order amounts to a threat.",
    )
    assert kinds.get("Frankfurter Allgemeine") == "organization"
    assert kinds.get("Novaya Gazeta") == "organization"
    assert kinds.get("Jo Ames") == "person"


def test_followers_of_an_ism_are_no_person(nlp: Language) -> None:
    """ "Ulster Unionists want ...": a party's members in the plural, not someone's name."""
    people = _people(
        nlp,
        'At the end of his speech Mike Nesbitt said: "Partnership works." '
        "Ulster Unionists want the election to be a vote on the deal.",
    )
    assert "Ulster Unionists" not in people


def test_initials_in_brackets_make_a_body(nlp: Language) -> None:
    """ "Tidal Lagoon Power (TLP) said": a body goes by its initials; a person does not."""
    kinds = _kinds(nlp, "Tidal Lagoon Power (TLP) said the claims had no basis in science.")
    assert kinds.get("Tidal Lagoon Power") == "organization"


def test_a_word_with_a_capital_inside_is_a_brand(nlp: Language) -> None:
    """ "MailOnline", "PayPal": one word with a second capital; "McCarthy" stays a name."""
    kinds = _kinds(
        nlp,
        "MailOnline can reveal that Jo McCarthy quit. PayPal said it would appeal. "
        "Ms McCarthy said she was leaving.",
    )
    assert kinds.get("MailOnline") != "person"
    assert kinds.get("PayPal") != "person"
    assert kinds.get("Jo McCarthy") == "person"


def test_city_of_a_place_is_a_place(nlp: Language) -> None:
    """ "the City of London": a place word and "of"; a battle of one is no place."""
    kinds = _kinds(
        nlp,
        "The decision on whether the City of London can clear trades was delayed. "
        "Jo Ames said the Battle of Belleau Wood was won by the Marines.",
    )
    assert kinds.get("City of London") == "place"
    assert kinds.get("Battle of Belleau Wood") != "place"


def test_a_title_named_after_a_work_noun_is_a_work(nlp: Language) -> None:
    """ "the book, named Where Law Ends": the name is the book's."""
    people = _people(nlp, "He wrote the book, named Where Law Ends, in prison last year.")
    assert not people
