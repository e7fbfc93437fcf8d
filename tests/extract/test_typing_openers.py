"""Entity typing from fresh news: words that open a sentence, lists of two people, and names
whose own words or brackets say they name a newspaper, a brand, a party or a place."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from generator.extract.entities import extract_entities
from generator.extract.evidence import collect
from generator.extract.lexicon import lexicon
from generator.extract.mentions import ORG, PERSON, PLACE, WORK, Mention
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


def test_initials_in_brackets_make_a_body(nlp: Language) -> None:
    """ "Tidal Lagoon Power (TLP) said": a body goes by its initials; a person does not."""
    kinds = _kinds(nlp, "Tidal Lagoon Power (TLP) said the claims had no basis in science.")
    assert kinds.get("Tidal Lagoon Power") == "organization"


def test_a_noun_for_a_person_takes_up_the_pronoun_after_it(nlp: Language) -> None:
    """ "Autopsy showed that the man's ribs ... his": the pronoun is the man's, not Autopsy's."""
    kinds = _kinds(
        nlp,
        "Autopsy showed that the man's ribs were broken and his lungs were pierced.",
    )
    assert kinds.get("Autopsy") != "person"


def _read_as(doc: Doc, start: int, end: int, label: str) -> Mention:
    """A mention of ``doc[start:end]`` as if the model had given it ``label``."""
    span = doc[start:end]
    span.label_ = label
    kind = {"PERSON": PERSON, "ORG": ORG}.get(label, PLACE)
    return Mention(span, kind, span.text, span.text, prior={kind: 1.0})


def _votes(mentions: list[Mention]) -> list[dict[str, float]]:
    collect(mentions, lexicon(), set())
    return [mention.votes for mention in mentions]


def test_followers_of_an_ism_are_no_person(nlp: Language) -> None:
    """ "Ulster Unionists want ...": a party's members in the plural, not someone's name."""
    doc = nlp("Ulster Unionists want the poll to be a referendum on the deal.")
    (votes,) = _votes([_read_as(doc, 0, 2, "PERSON")])
    assert votes.get(WORK, 0.0) >= 3.0


def test_a_word_with_a_capital_inside_is_a_brand(nlp: Language) -> None:
    """ "MailOnline" has a second capital inside; "McCarthy" and "MacArthur" are names."""
    doc = nlp("MailOnline, McCarthy and MacArthur were named.")
    brand, irish, scottish = _votes(
        [
            _read_as(doc, 0, 1, "PERSON"),
            _read_as(doc, 2, 3, "PERSON"),
            _read_as(doc, 4, 5, "PERSON"),
        ]
    )
    assert brand.get(ORG, 0.0) >= 2.0
    assert irish.get(ORG, 0.0) < 2.0 and scottish.get(ORG, 0.0) < 2.0


def test_city_of_a_place_is_a_place(nlp: Language) -> None:
    """ "the City of Bath" is a place however the model reads it; "Battle of Hastings" is not."""
    doc = nlp("He lived in the City of Bath. He wrote about the Battle of Hastings.")
    city, battle = _votes([_read_as(doc, 4, 7, "PERSON"), _read_as(doc, 13, 16, "PERSON")])
    assert city.get(PLACE, 0.0) >= 2.0
    assert battle.get(PLACE, 0.0) == 0.0


def test_a_title_named_after_a_work_noun_is_a_work(nlp: Language) -> None:
    """ "a film named Jonah Castle", "the book, titled Dark Harbour Nights": works, no people."""
    people = _people(
        nlp,
        "He starred in a film named Jonah Castle, which flopped. "
        "It was published in the book, titled Dark Harbour Nights, in 2019.",
    )
    assert not people


def test_a_full_name_listed_with_people_is_a_person(nlp: Language) -> None:
    """A full name read as a firm, listed with two full names read as people and nothing else;
    not when only one other name is listed ("Point Break and Heat" are films as often)."""
    doc = nlp("The money was split among Tony Marsh, Quentin Oyelaran and Purvis Dane.")
    three = [
        _read_as(doc, 5, 7, "PERSON"),
        _read_as(doc, 8, 10, "PERSON"),
        _read_as(doc, 11, 13, "ORG"),
    ]
    assert _votes(three)[2].get(PERSON, 0.0) >= 1.0
    pair = nlp("He wrote Point Break and Varsity Blues.")
    listed = [_read_as(pair, 2, 4, "ORG"), _read_as(pair, 5, 7, "PERSON")]
    assert _votes(listed)[0].get(PERSON, 0.0) == 0.0


def test_a_shared_title_before_a_full_name_makes_a_person(nlp: Language) -> None:
    """ "chief editor Dmitri Volkov": an editor is a person; "fund manager Hale Capital" is not."""
    doc = nlp("The chief editor Dmitri Volkov spoke to fund manager Hale Capital.")
    editor, fund = _votes([_read_as(doc, 3, 5, "ORG"), _read_as(doc, 9, 11, "ORG")])
    assert editor.get(PERSON, 0.0) >= 3.0
    assert fund.get(PERSON, 0.0) == 0.0


def test_a_region_word_opening_the_next_name_is_no_state(nlp: Language) -> None:
    """ "Manuel Ortiz, Kerry Allred": a county's name that starts the next person's name."""
    doc = nlp("The miners were Manuel Ortiz, Kerry Allred and Don Ekberg.")
    doc.ents = [Span(doc, 3, 5, "PERSON"), Span(doc, 6, 8, "PERSON"), Span(doc, 9, 11, "PERSON")]
    (votes,) = _votes([_read_as(doc, 3, 5, "PERSON")])
    assert votes.get(PLACE, 0.0) == 0.0


def test_a_name_before_newspaper_is_the_newspaper(nlp: Language) -> None:
    """ "told Al-Nour al-Yawm newspaper": the word after the name says what it is."""
    kinds = _kinds(nlp, "He told Al-Nour al-Yawm newspaper that Moscow would help.")
    assert kinds.get("Al-Nour al-Yawm") == "organization"


def test_a_place_word_opening_a_name_makes_a_place(nlp: Language) -> None:
    """ "Great Barton", "Greater Leeds" read as people are places; "Little Mix" is not."""
    doc = nlp("They live in Great Barton near Greater Leeds and love Little Mix.")
    great, greater, little = _votes(
        [
            _read_as(doc, 3, 5, "PERSON"),
            _read_as(doc, 6, 8, "PERSON"),
            _read_as(doc, 10, 12, "PERSON"),
        ]
    )
    assert great.get(PLACE, 0.0) >= 2.0 and greater.get(PLACE, 0.0) >= 2.0
    assert little.get(PLACE, 0.0) == 0.0


def test_a_weekday_opening_a_newspaper_stays_in_its_name(nlp: Language) -> None:
    """ "the Sunday Times", "The Sunday Telegraph said": the weekday is part of the paper."""
    kinds = _kinds(
        nlp, "The Sunday Telegraph said the minister would quit. He told the Sunday Times so."
    )
    assert kinds.get("Sunday Telegraph") == "organization"
    assert kinds.get("Sunday Times") == "organization"
    dated = _kinds(nlp, "Her friend Jo Ames told Britain's Sunday Telegraph that she was happy.")
    assert dated.get("Sunday Telegraph") == "organization"  # the model read a date


def test_a_paper_named_after_a_place_is_the_paper(nlp: Language) -> None:
    """ "the official China Daily said": the model reads a country; the name goes on."""
    kinds = _kinds(nlp, "The official China Daily said the plan would go ahead.")
    assert kinds.get("China Daily") == "organization"


def test_a_nation_ending_a_name_read_as_a_body_keeps_it_one(nlp: Language) -> None:
    """ "Public Health England warned": a body named after a nation, though it "warned";
    "Mike England said" stays a person."""
    kinds = _kinds(
        nlp,
        "Yesterday Public Health England warned that clusters were growing. "
        "Mike England said the team would win.",
    )
    assert kinds.get("Public Health England") == "organization"
    assert kinds.get("Mike England") == "person"
    doc = nlp("The trust owns houses in North Wales.")
    (votes,) = _votes([_read_as(doc, 5, 7, "ORG")])
    assert votes.get(ORG, 0.0) == 0.0  # a part of the nation, not a body
