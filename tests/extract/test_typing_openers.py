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
from tests.extract.conftest import entity_kinds, labelled


def _people(nlp: Language, text: str) -> set[str]:
    return {name for name, kind in entity_kinds(nlp, text).items() if kind == "person"}


def test_an_imperative_opening_a_sentence_is_no_part_of_a_name(nlp: Language) -> None:
    """ "Meet Molly." and "Read Simon's analysis" name no "Meet Molly" nor "Read Simon"."""
    people = _people(
        nlp,
        "Meet Molly. She is a sheepdog who loves the hills above the farm. "
        "Read Simon's analysis of the vote. Voters were unhappy with the result.",
    )
    assert not any(name.startswith(("Meet", "Read")) for name in people)


def test_a_verb_read_as_an_imperative_is_cut_from_a_quoted_name(nlp: Language) -> None:
    """ "Run Tom, run." read as one person: the opening imperative is cut from the name."""
    text = 'He turned and said, "Run Tom, run." Then Tom Ames left.'
    doc = labelled(nlp, text, [("Run Tom", "PERSON"), ("Tom Ames", "PERSON")])
    assert doc[6].text == "Run" and doc[6].tag_ == "VB"
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert not any(name.startswith("Run") for name in kinds)
    assert kinds.get("Tom Ames") == PERSON


def test_a_time_word_opening_a_sentence_is_cut_from_a_body(nlp: Language) -> None:
    """ "Yesterday Clean Air England warned": the name starts after the time word."""
    kinds = entity_kinds(nlp, "Yesterday Clean Air England warned that cases were rising.")
    assert not any(name.startswith("Yesterday") for name in kinds)


def test_a_kin_noun_opening_a_sentence_is_no_first_name(nlp: Language) -> None:
    """ "Husband Tarek was allowed in": the husband is called Tarek."""
    people = _people(nlp, "Husband Tarek was allowed to be at the birth. He was happy.")
    assert people == {"Tarek"}


def test_a_full_name_after_and_is_a_second_person(nlp: Language) -> None:
    """ "Lord Brandle and Dominic Pardoe": two people, whatever label the model gave the span."""
    people = _people(nlp, "Officials led by Lord Brandle and Dominic Pardoe drafted a plan.")
    assert "Dominic Pardoe" in people
    assert not any(" and " in name for name in people)


def test_two_courtesy_titles_part_two_people_read_as_a_place(nlp: Language) -> None:
    """ "Mr Hall and Mr Dufresne" (the model reads a building) are two men."""
    people = _people(nlp, "Police said the bags Mr Hall and Mr Dufresne were carrying held cash.")
    assert not any(" and " in name for name in people)


def test_one_word_after_and_keeps_a_name_whole(nlp: Language) -> None:
    """ "Pryce and Tolley" read as a person stays one span: one word after "and" is no person."""
    doc = nlp("Shares in Pryce and Tolley rose after the retailer beat forecasts.")
    span = doc[2:5]
    span.label_ = "PERSON"
    assert [part.text for part in person_parts(span, lexicon())] == ["Pryce and Tolley"]


def test_a_newspaper_word_ends_an_organization(nlp: Language) -> None:
    """ "the Hallesche Allgemeine newspaper", "Volna Gazeta says": newspapers, no people."""
    kinds = entity_kinds(
        nlp,
        "Spokesman Jo Ames told the Hallesche Allgemeine newspaper it was serious. "
        "Volna Gazeta says the ruling amounts to a warning.",
    )
    assert kinds.get("Hallesche Allgemeine") == "organization"
    assert kinds.get("Volna Gazeta") == "organization"
    assert kinds.get("Jo Ames") == "person"


def test_initials_in_brackets_make_a_body(nlp: Language) -> None:
    """ "Severn Kite Power (SKP) said": a body goes by its initials; a person does not."""
    kinds = entity_kinds(nlp, "Severn Kite Power (SKP) said the claims had no basis in fact.")
    assert kinds.get("Severn Kite Power") == "organization"


def test_a_noun_for_a_person_takes_up_the_pronoun_after_it(nlp: Language) -> None:
    """ "Autopsy showed that the old man's neck ... his": "his" is the man's, not Autopsy's."""
    kinds = entity_kinds(
        nlp,
        "Autopsy showed that the old man's neck was broken and his skull was cracked.",
    )
    assert kinds.get("Autopsy") != "person"


def test_a_noun_that_only_qualifies_another_does_not_take_up_the_pronoun(nlp: Language) -> None:
    """ "Tobin Arkwell won the best actor prize for his role": "his" is Arkwell's, a person."""
    text = "Tobin Arkwell won the best actor prize for his role in a war drama on Saturday."
    doc = labelled(nlp, text, [("Tobin Arkwell", "ORG")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tobin Arkwell") == "person"


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
    """ "Norland Unionists want ...": a party's members in the plural, not someone's name."""
    doc = nlp("Norland Unionists want the vote to decide the treaty.")
    (votes,) = _votes([_read_as(doc, 0, 2, "PERSON")])
    assert votes.get(WORK, 0.0) >= 3.0


def test_a_word_with_a_capital_inside_is_a_brand(nlp: Language) -> None:
    """ "NewsDesk" has a second capital inside; "McGarvey" and "MacLennan" are names."""
    doc = nlp("NewsDesk, McGarvey and MacLennan were named.")
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
    """ "the City of Dunmore" is a place however the model reads it; "Battle of Karsby" is not."""
    doc = nlp("He lived in the City of Dunmore. He wrote about the Battle of Karsby.")
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
    """A full name read as a firm, listed with two people and nothing else, is a person."""
    # Not when only one other name is listed ("Night Harbour and Heat" are films as often).
    doc = nlp("The money was split among Tony Marsh, Quentin Oyelaran and Purvis Dane.")
    three = [
        _read_as(doc, 5, 7, "PERSON"),
        _read_as(doc, 8, 10, "PERSON"),
        _read_as(doc, 11, 13, "ORG"),
    ]
    assert _votes(three)[2].get(PERSON, 0.0) >= 1.0
    pair = nlp("He wrote Night Harbour and Paper Kings.")
    listed = [_read_as(pair, 2, 4, "ORG"), _read_as(pair, 5, 7, "PERSON")]
    assert _votes(listed)[0].get(PERSON, 0.0) == 0.0


def test_a_shared_title_before_a_full_name_makes_a_person(nlp: Language) -> None:
    """ "chief editor Lena Varga": an editor is a person; "fund manager Hale Capital" is not."""
    doc = nlp("The chief editor Lena Varga spoke to fund manager Hale Capital.")
    editor, fund = _votes([_read_as(doc, 3, 5, "ORG"), _read_as(doc, 9, 11, "ORG")])
    assert editor.get(PERSON, 0.0) >= 3.0
    assert fund.get(PERSON, 0.0) == 0.0


def test_a_region_word_opening_the_next_name_is_no_state(nlp: Language) -> None:
    """ "Ana Ruiz, Kerry Vance": a county's name that starts the next person's name."""
    doc = nlp("The divers were Ana Ruiz, Kerry Vance and Bo Lindgren.")
    doc.ents = [Span(doc, 3, 5, "PERSON"), Span(doc, 6, 8, "PERSON"), Span(doc, 9, 11, "PERSON")]
    (votes,) = _votes([_read_as(doc, 3, 5, "PERSON")])
    assert votes.get(PLACE, 0.0) == 0.0


def test_a_name_before_newspaper_is_the_newspaper(nlp: Language) -> None:
    """ "told Al-Nour al-Yawm newspaper": the word after the name says what it is."""
    kinds = entity_kinds(nlp, "He told Al-Nour al-Yawm newspaper that Dunmore would help.")
    assert kinds.get("Al-Nour al-Yawm") == "organization"


def test_a_place_word_opening_a_name_makes_a_place(nlp: Language) -> None:
    """ "Great Kelby", "Greater Dunmore" read as people are places; "Little Wren" is not."""
    doc = nlp("They live in Great Kelby near Greater Dunmore and love Little Wren.")
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
    """ "the Sunday Herald", "The Sunday Gazette said": the weekday is part of the paper."""
    kinds = entity_kinds(
        nlp, "The Sunday Gazette said the minister would quit. He told the Sunday Herald so."
    )
    assert kinds.get("Sunday Gazette") == "organization"
    assert kinds.get("Sunday Herald") == "organization"
    text = "Her friend Jo Ames told Britain's Sunday Tribune that she was happy."
    dated = entity_kinds(nlp, text)
    assert dated.get("Sunday Tribune") == "organization"  # the model read a date


def test_a_paper_named_after_a_place_is_the_paper(nlp: Language) -> None:
    """ "the official Russia Daily said": the model reads a country; the name goes on."""
    kinds = entity_kinds(nlp, "The official Russia Daily said the plan would go ahead.")
    assert kinds.get("Russia Daily") == "organization"


def test_a_nation_ending_a_name_read_as_a_body_keeps_it_one(nlp: Language) -> None:
    """ "Clean Air England warned" is a body, though it "warned"; "Ross England said" a person."""
    # A body named after a nation.
    kinds = entity_kinds(
        nlp,
        "Yesterday Clean Air England warned that cases were rising. "
        "Ross England said the team would win.",
    )
    assert kinds.get("Clean Air England") == "organization"
    assert kinds.get("Ross England") == "person"
    doc = nlp("The trust owns houses in North Wales.")
    (votes,) = _votes([_read_as(doc, 5, 7, "ORG")])
    assert votes.get(ORG, 0.0) == 0.0  # a part of the nation, not a body
