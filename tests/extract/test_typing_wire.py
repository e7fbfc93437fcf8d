"""Wire-style patterns: market measures, laws, feasts, streets, dates run into places, bodies."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.body_company_names import company_stems
from generator.extract.entities import ORG, PERSON, extract_entities
from generator.extract.lexicon import lexicon
from generator.extract.name_spans import clean_span
from generator.extract.place_unlabelled_streets import unlabelled_streets


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (  # measures of a market, not firms
            "In Port Selby the Tarn 100 index fell 2 percent and the Marlow composite average"
            " rose as shares of Corvane Freight Inc gained.",
            ["Tarn", "Marlow"],
        ),
        (  # laws and pacts, which the record leaves out
            "In Port Selby, Norland signed the Marlow Accords. The Harbour Data Act applies to"
            " every firm.",
            ["Marlow Accords", "Harbour Data Act"],
        ),
        (  # weapons, not the people the model reads
            "The navy said Kelby had bought Marlow Hawk missiles and Tarnfire rockets in May.",
            ["Marlow Hawk", "Tarnfire"],
        ),
        (  # a title's second half after a colon, not a person
            "Fans queued all night for the new Harbinger: Jo Ames.",
            ["Jo Ames"],
        ),
        (  # days of the calendar, not people
            "Happy Yom Kippur, the mayor of Port Selby wrote. Families met for Diwali with"
            " Jo Ames.",
            ["Yom Kippur", "Diwali"],
        ),
    ],
)
def test_names_of_no_entity_are_left_out(nlp: Language, text: str, absent: list[str]) -> None:
    """A market's index, a law or pact, a weapon, a subtitle and a feast are no entity."""
    names = {e.name for e in extract_entities(nlp(text))}
    assert names.isdisjoint(absent)


def test_a_street_the_model_missed_is_a_place(nlp: Language) -> None:
    """ "Analysts said Harrow Street had grown used to it": the street is a place."""
    doc = nlp("Analysts said Harrow Street had grown used to it. Prices fell on Corvane Avenue.")
    doc.ents = []  # as the model leaves them, whatever this model version reads
    assert [s.text for s in unlabelled_streets(doc)] == ["Harrow Street", "Corvane Avenue"]


def test_a_street_inside_a_name_or_before_one_is_left_alone(nlp: Language) -> None:
    """ "Every Street vendor" has no name; "Lindell Street Partners" is a firm, not a street."""
    # "Lindell Street Partners" is a firm's name the model missed.
    doc = nlp("Every Street vendor left. He joined Lindell Street Partners in May.")
    doc.ents = []
    assert unlabelled_streets(doc) == []


@pytest.mark.parametrize(
    ("text", "start", "end", "label", "name"),
    [
        ("A tanker was hit in the Tarn Bay early Tuesday.", 5, 10, "LOC", "Tarn Bay"),
        ("Banks in the Tarn Bay on Saturdays shut.", 2, 7, "LOC", "Tarn Bay"),
        ("Some Harbour Coast diplomats met in Port Selby.", 0, 3, "LOC", "Harbour Coast"),
        ("Tarnvale Arab states met on Monday.", 0, 2, "LOC", "Tarnvale"),
        ("The Canadian-born Ames met Christian Ames and a Canadian.", 1, 5, "PERSON", "Ames"),
        ("The Canadian-born Ames met Christian Ames and a Canadian.", 6, 8, "PERSON", None),
        ("The Canadian-born Ames met Christian Ames and a Canadian.", 10, 11, "PERSON", None),
    ],
)
def test_words_run_into_a_name_are_cut_off(
    nlp: Language, text: str, start: int, end: int, label: str, name: str | None
) -> None:
    """Dates, quantifiers and nationality words run into a name are cut off; some are kept."""
    # A date after a place, a quantifier or a people's word beside a place and nationality words
    # before a person are no part of the name; a given name that is also a faith's word ("Christian
    # Ames") and a nationality word alone ("Canadian") are kept as they are (None).
    span = nlp(text)[start:end]
    span.label_ = label
    cleaned = clean_span(span, lexicon())
    assert cleaned is not None and cleaned.text == (name or span.text)


def test_members_make_a_body(nlp: Language) -> None:
    """ "members of Harrow Prayer, the group Jo Ames had joined": a body; Ames is no body."""
    # Ames is the subject of the clause on "the group".
    kinds = {
        e.name: e.kind
        for e in extract_entities(
            nlp(
                "In Port Selby, messages came from members of Harrow Prayer, the group Jo Ames"
                " had joined. The party Dana Whitlow founded won the vote."
            )
        )
    }
    assert kinds.get("Harrow Prayer") == ORG
    assert kinds.get("Jo Ames") == PERSON and kinds.get("Dana Whitlow") == PERSON


def test_a_companys_short_name_is_the_company(nlp: Language) -> None:
    """ "Tarnside Copper Ltd ... expect Tarnside Copper to cut": the short name is the body."""
    # Whether the model missed it, read a person or a work there.
    # The short name may stand alone or as an alias of the full name: either way a body.
    kinds = {
        form: e.kind
        for e in extract_entities(
            nlp(
                "Copper prices fell as dealers awaited cuts by the producer, Tarnside Copper"
                " Ltd, traders said. Stockists expect Tarnside Copper to cut prices."
                " Marlow Freight Industries Inc said it completed the deal. Marlow Freight"
                " stock closed down."
            )
        )
        for form in [e.name, *e.aliases]
    }
    assert kinds.get("Tarnside Copper") == ORG and kinds.get("Marlow Freight") == ORG


def test_a_foundation_named_after_a_person_leaves_the_person() -> None:
    """Only a legal form ("Ltd", "Inc") makes short names, not "the Dana Whitlow Foundation"."""
    # It may be named after a person, and "Acme Inc" has no short name of two words.
    assert company_stems(["Marlow", "Freight", "Industries", "Inc"]) == [
        "Marlow Freight Industries",
        "Marlow Freight",
    ]
    assert company_stems(["Bear", "Hill", "&", "Co", "Inc"]) == ["Bear Hill & Co", "Bear Hill"]
    assert company_stems(["Dana", "Whitlow", "Foundation"]) == []
    assert company_stems(["Acme", "Inc"]) == []
