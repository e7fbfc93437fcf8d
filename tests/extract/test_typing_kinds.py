"""One kind per name from the shape of the name: acronyms, plurals, body words."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.kinds import decide
from generator.extract.lexicon import lexicon
from generator.extract.mentions import GROUP, ORG, PERSON, PLACE, WORK, Mention, classify
from tests.extract.conftest import person_votes


def test_an_acronym_with_weak_person_evidence_is_no_person(nlp: Language) -> None:
    """ "ZRK said": a verb of saying is not enough to make an acronym someone's name."""
    doc = nlp("ZRK said on Monday that prices would rise.")
    mention = Mention(doc[0:1], PERSON, "ZRK", "ZRK", prior={PERSON: 1.0}, votes={PERSON: 1.0})
    [decided] = decide([mention], lexicon())
    assert decided.kind == ORG


def test_a_titled_acronym_stays_a_person(nlp: Language) -> None:
    """A title's weight (3) keeps a person even when written in capitals."""
    doc = nlp("Mr ABE said on Monday that prices would rise.")
    mention = Mention(doc[1:2], PERSON, "ABE", "ABE", prior={PERSON: 1.0}, votes={PERSON: 3.0})
    [decided] = decide([mention], lexicon())
    assert decided.kind == PERSON


def test_a_name_ending_in_a_plural_noun_is_no_one(nlp: Language) -> None:
    """ "Tory MPs" read as a person's name is many people; "Ann Woods" is one person."""
    assert (
        person_votes(nlp, "Many Tory MPs voted against the bill on Tuesday.", 1, 3).get(WORK, 0)
        >= 3
    )
    assert person_votes(nlp, "Ann Woods voted against the bill on Tuesday.", 0, 2).get(WORK, 0) == 0


def test_a_name_ending_in_a_word_of_government_is_a_body(nlp: Language) -> None:
    """ "Arden Government", "Harlow Cycle Campaign" read as people: their last word is a body's."""
    text = "The Arden Government and the Harlow Cycle Campaign met on Friday."
    for start, end in ((1, 3), (5, 8)):
        assert person_votes(nlp, text, start, end).get(ORG, 0.0) >= 3.0, (start, end)


def test_a_name_ending_in_a_product_word_is_a_product(nlp: Language) -> None:
    """ "Orbit Messenger", "Nova Live" read as people are a service's names."""
    text = "Orbit Messenger and Nova Live both went down on Friday."
    for start, end in ((0, 2), (3, 5)):
        assert person_votes(nlp, text, start, end).get(WORK, 0.0) >= 3.0, (start, end)


def test_the_plural_of_a_peoples_word_is_a_group(nlp: Language) -> None:
    """ "Zorani fighters ... the Zoranis fled": the plural names a people, not a place."""
    doc = nlp("Zorani fighters held the town on Monday. Later the Zoranis fled to the hills.")
    span = doc[10:11]
    assert span.text == "Zoranis" and doc[0].ent_type_ == "NORP"
    span.label_ = "GPE"
    assert [m.kind for m in classify(span, lexicon())] == [GROUP]


def test_a_place_and_a_compass_word_is_a_district(nlp: Language) -> None:
    """ "who represents Hull West": a constituency, though the model may read a person."""
    votes = person_votes(nlp, "Jo Ames, who represents Hull West, spoke on Monday.", 5, 7)
    assert votes.get(PLACE, 0.0) >= 3.0
    # "Austin" is a town and a first name: a boss called Austin West is a person.
    votes = person_votes(nlp, "Aero boss Austin West said jobs would go.", 2, 4)
    assert votes.get(PLACE, 0.0) == 0.0


def test_a_noun_for_people_left_alone_is_no_name(nlp: Language) -> None:
    """ "Staff" left of "General Staff" once the title is read off is no one's name."""
    doc = nlp("Staff said on Monday that the base was closed.")
    span = doc[0:1]
    span.label_ = "PERSON"
    assert classify(span, lexicon()) == []


def test_a_city_read_once_as_a_place_and_once_as_a_body_is_the_place(nlp: Language) -> None:
    """ "Tampere" read once as a place and once as a body, with no evidence, is the city."""
    # Labelled a place in one sentence and a body in a byline, with nothing in the text for either:
    # the city the gazetteer knows, not a body.
    doc = nlp("Tampere grew. Tampere signed.")
    mentions = []
    for start, label in ((0, "GPE"), (3, "ORG")):
        span = doc[start : start + 1]
        span.label_ = label
        mentions.extend(classify(span, lexicon()))
    kinds = {m.kind for m in decide(mentions, lexicon())}
    assert kinds == {PLACE}
