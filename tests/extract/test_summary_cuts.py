"""Sentence cuts for the summary and points: what goes, and the main statement that stays."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.sentence_cuts import (
    DEFINING_CUTS,
    LAST_SUMMARY_CUTS,
    POINT_CUTS,
    SUMMARY_CUTS,
    cut,
)
from generator.extract.summary import digest


def _cut_of(nlp: Language, sentence: str, kinds: frozenset[str]) -> str | None:
    return cut(next(iter(nlp(sentence).sents)), kinds)


@pytest.mark.parametrize(
    ("kinds", "sentence", "expected"),
    [
        (POINT_CUTS, "The plan failed, officials said on Sunday.", "The plan failed."),
        (
            POINT_CUTS,
            "The bridge will reopen in May, according to the transport ministry.",
            "The bridge will reopen in May.",
        ),
        (
            POINT_CUTS,
            "The council approved the budget (about $4 million) on Monday.",
            "The council approved the budget on Monday.",
        ),
        (
            POINT_CUTS,
            "The singer criticised the record label, calling its contract 'a disgrace'.",
            "The singer criticised the record label.",
        ),
        (
            SUMMARY_CUTS,
            "As the storm approached the coast, the city closed its schools and offices.",
            "The city closed its schools and offices.",
        ),
        (
            SUMMARY_CUTS,
            "Nordwind, a small regional airline, has cancelled all flights to the island.",
            "Nordwind has cancelled all flights to the island.",
        ),
        (
            SUMMARY_CUTS,
            "Police in the northern city arrested the driver of the lorry after he fled the"
            " scene in a stolen car.",
            "Police in the northern city arrested the driver of the lorry.",
        ),
        (
            DEFINING_CUTS,
            "A baker who sold bread to the whole valley for forty years has retired.",
            "A baker has retired.",
        ),
        (
            SUMMARY_CUTS,
            "The museum, which opened in 1920, will close its doors next month.",
            "The museum will close its doors next month.",
        ),
        (
            SUMMARY_CUTS,
            "The coach praised the young goalkeeper after the match but admitted that the"
            " defence had been poor.",
            "The coach praised the young goalkeeper after the match.",
        ),
        (
            LAST_SUMMARY_CUTS,
            "The mayor of the small town opened the new bridge to traffic in late May.",
            "The mayor of the small town opened the new bridge to traffic.",
        ),
        (
            LAST_SUMMARY_CUTS,
            "The town council became the first in the region to ban cars on Sunday, a step"
            " that pleased cyclists.",
            "The town council became the first in the region to ban cars on Sunday.",
        ),
        (
            POINT_CUTS,
            "The province will fund 10 new clinics run by nurse practitioners, Health Minister"
            " Ann Vell announced Tuesday.",
            "The province will fund 10 new clinics run by nurse practitioners.",
        ),
        (
            POINT_CUTS,
            "The new stadium will cost twice as much as planned, it has been announced.",
            "The new stadium will cost twice as much as planned.",
        ),
        (
            POINT_CUTS,
            'The bus left the road on Friday, and "nobody was badly hurt," the driver said.',
            'The bus left the road on Friday, and "nobody was badly hurt".',
        ),
        (
            SUMMARY_CUTS,
            "As the river rose over the banks near the old mill, the villagers moved their"
            " cattle to higher fields.",
            "The villagers moved their cattle to higher fields.",
        ),
        (
            SUMMARY_CUTS,
            'She called it her "harbour plan" in the run-up to the vote and now Marlow Freight'
            " has signed up for another round of talks.\n\nThe vote is on Friday.",
            'She called it her "harbour plan" in the run-up to the vote.',
        ),
    ],
)
def test_cuts_keep_the_main_statement(
    nlp: Language, kinds: frozenset[str], sentence: str, expected: str
) -> None:
    """Points lose attributions, asides, participles; the summary also clauses and appositives."""
    assert _cut_of(nlp, sentence, kinds) == expected


def test_a_comma_is_no_and_between_two_clauses(nlp: Language) -> None:
    """Without "and", "X, finally, opened" read as a second clause is not cut as a conjunct."""
    # Or "as the Kelby Bridge." would end the summary.
    sentence = (
        "Drivers were waved into a bold new toll-free age today as the Kelby Bridge,"
        " finally, opened its lanes to traffic after years of delay."
    )
    assert _cut_of(nlp, sentence, frozenset({"conjunct"})) is None


def test_a_relative_clause_that_says_whom_is_cut_last(nlp: Language) -> None:
    """ "A ban on drivers who speed": a clause saying whom is cut only when nothing else can be."""
    sentence = (
        "A ban on drivers who speed through the village was approved by the council on Monday."
    )
    assert _cut_of(nlp, sentence, SUMMARY_CUTS) is None
    assert _cut_of(nlp, sentence, LAST_SUMMARY_CUTS) == (
        "A ban on drivers who speed through the village was approved by the council."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Passengers who were on the last ferry out of Kelby described hours of fear at sea.",
        "Those who lived near the dam were told to leave their homes on Sunday.",
    ],
)
def test_a_relative_clause_on_a_bare_noun_stays(nlp: Language, sentence: str) -> None:
    """A relative clause on a bare noun stays: "Passengers described hours of fear" says nothing."""
    # A noun without article or number names no one until its clause says who.
    assert _cut_of(nlp, sentence, DEFINING_CUTS) is None


def test_a_relative_clause_the_parser_ends_early_stays(nlp: Language) -> None:
    """A relative clause the parser ended early stays, or two subjects would stand side by side."""
    # When the parser ends "which tried to 'expel'" before its object and takes the object for a
    # second subject.
    sentence = (
        "A small chess society which tried to 'expel' a famous young player was forced into"
        " a hasty apology by its own committee."
    )
    assert _cut_of(nlp, sentence, DEFINING_CUTS) is None


def test_a_relative_clause_before_another_modifier_stays(nlp: Language) -> None:
    """Cutting "who filmed Ann Roke" would leave "abusing him" hanging on "the editor"."""
    sentence = (
        "Tom Vell, the former Kelby Gazette editor who famously filmed Ann Roke racially"
        " abusing him as he walked in Tarland Park, has returned to drawing comics."
    )
    assert _cut_of(nlp, sentence, frozenset({"relative"})) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "A ban on night flights from the county airport is set for a vote in the council.",
        "The latest badge for the youth club is for spotting fake news on the internet.",
    ],
)
def test_summary_keeps_what_a_passive_or_copular_verb_needs(nlp: Language, sentence: str) -> None:
    """The closing phrase after "is set" or "is" is no modifier: no cut ends on the verb."""
    assert _cut_of(nlp, sentence, LAST_SUMMARY_CUTS) is None


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        (
            "He became known after a photo was posted with the caption: 'Spotted this man"
            " trying to dance in the square last week.",
            "'Spotted this man trying to dance in the square last week.",
        ),
        (
            'The council closed the pool on Monday, and "nobody was hurt," a spokesman said.',
            '"nobody was hurt',
        ),
        (
            "The farmer said the storm was 'the worst he had seen in the valley since he was"
            " a boy'.",
            "'the worst he had seen in the valley since he was a boy'",
        ),
    ],
)
def test_cuts_never_split_a_quotation(nlp: Language, sentence: str, quoted: str) -> None:
    """A cut keeps a quotation whole or drops it whole, never half of it."""
    for kinds in (POINT_CUTS, LAST_SUMMARY_CUTS):
        text = _cut_of(nlp, sentence, kinds) or sentence
        opening = " ".join(quoted.split()[:2])
        assert quoted in text or opening not in text


@pytest.mark.parametrize(
    "sentence",
    [
        "Maria Lopez, 45, was arrested at her home in Leeds.",
        "As the ship waited for rescue, officials revealed plans to send a helicopter.",
    ],
)
def test_ages_and_plans_are_not_attributions(nlp: Language, sentence: str) -> None:
    """An age is kept, and "officials revealed plans" is news, not an attribution tail."""
    assert _cut_of(nlp, sentence, POINT_CUTS) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Locking up migrants without charge breaks human rights laws, the highest court has ruled.",
        "Detaining protesters without charge breaks the law on free speech, a senior judge has"
        " ruled.",
    ],
)
def test_a_fronted_report_is_not_cut_as_an_opening_clause(nlp: Language, sentence: str) -> None:
    """ "X breaks the law, the court has ruled": the fronted report is no opening clause to cut."""
    # Cutting it would leave a summary that says nothing.
    summary = _cut_of(nlp, sentence, SUMMARY_CUTS) or sentence
    assert "without charge breaks" in summary


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Parents in the valley on Tuesday pushed back against a plan that would close "
            "three village schools.",
            "Parents in the valley on Tuesday pushed back against a plan.",
        ),
        (
            "Prices for heating oil in the northern states rose sharply in the last week of March.",
            "Prices for heating oil in the northern states rose sharply.",
        ),
        (
            "The new minister of state for schools has arrived during a storm that closed"
            " roads in Kelby.",
            "The new minister of state for schools has arrived.",
        ),
    ],
)
def test_a_verbs_complement_is_cut_inside_not_whole(
    nlp: Language, sentence: str, expected: str
) -> None:
    """A complement after "pushed back" is cut inside; after "rose sharply" a phrase goes whole."""
    # A phrase after "pushed back" is what the verb is about: the summary cuts what closes it, not
    # all of it; after "rose sharply" or a bare verb a closing phrase goes whole.
    assert _cut_of(nlp, sentence, LAST_SUMMARY_CUTS) == expected


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "When the mill opened in 1958, the town had three doctors and a railway station.",
            "When the mill opened in 1958",
        ),
        (
            "After the flood of 2007, dozens of families in the village never moved back home.",
            "After the flood of 2007",
        ),
    ],
)
def test_an_opening_clause_with_a_year_stays(nlp: Language, sentence: str, kept: str) -> None:
    """An opening clause naming a year stays, or the summary would say the sentence holds now."""
    assert kept in (_cut_of(nlp, sentence, SUMMARY_CUTS) or sentence)


def test_an_opening_clause_of_the_day_goes(nlp: Language) -> None:
    """An opening clause with no year ("As the vote began on Tuesday,") is cut as before."""
    sentence = "As the vote began on Tuesday, protesters gathered outside the town hall in Kelby."
    assert _cut_of(nlp, sentence, SUMMARY_CUTS).startswith("Protesters gathered")


def test_a_cut_clause_on_the_subject_leaves_no_comma(nlp: Language) -> None:
    """A clause cut from the subject takes its aside's comma: no "A vet, has been struck off"."""
    lead = nlp(
        "A vet who sold fake vaccines to farms near the border and kept the money, putting "
        "whole herds at risk, has been struck off."
    )
    assert digest(lead).summary == "A vet has been struck off."


def test_an_opening_date_alone_goes(nlp: Language) -> None:
    """ "On June 3, 2019, hundreds of fishermen blocked ...": a date alone is the story's day."""
    sentence = (
        "On June 3, 2019, hundreds of fishermen blocked the harbour at Kelby with their boats."
    )
    assert _cut_of(nlp, sentence, SUMMARY_CUTS).startswith("Hundreds of fishermen blocked")
