"""Titles made from a long lead: cuts that would garble it are not made."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.title import title_for


def test_a_comparison_keeps_its_than_phrase(nlp: Language) -> None:
    """A list of comparisons ends after the first whole one, not on "wetter," or "wetter than"."""
    doc = nlp(
        "Look at a chart of rainfall, and you will see that Kelby is wetter than Arnmouth, "
        "Dunmore is wetter than Palling and Sorby is drier than Wexhaven in most years."
    )
    assert title_for(None, doc) == (
        "Look at a chart of rainfall, and you will see that Kelby is wetter than Arnmouth"
    )


def test_the_clause_that_says_which_one_stays(nlp: Language) -> None:
    """ "The one he did not plan for" keeps its clause: "the one is walking" says nothing."""
    doc = nlp(
        "There are plenty of chores waiting for Tom Reeve when he moves into the flat at Kelby "
        "but the one he did not plan for is walking his landlord's three old dogs."
    )
    assert title_for(None, doc) == (
        "There are plenty of chores waiting for Tom Reeve when he moves into the flat at Kelby"
    )


def test_the_only_side_keeps_what_makes_it_the_only_one(nlp: Language) -> None:
    """ "The only side still to have ..." keeps its infinitive; a verb joined without "and" goes."""
    # The verb the parser joins on without "and" ("as a win sent them top") goes as a clause.
    doc = nlp(
        "Dunmore are the only side still to have a perfect record in the Northern Counties "
        "League as a 3-1 win over Palling sent Ann Dart's team top of the table."
    )
    assert title_for(None, doc) == (
        "Dunmore are the only side still to have a perfect record in the Northern Counties League"
    )


def test_an_aside_between_double_hyphens_goes_with_its_marks(nlp: Language) -> None:
    """An appositive set off by "--" leaves no "-- --" behind."""
    doc = nlp(
        "Kelby's second-largest town Arnmouth -- home to the county's oldest and busiest cattle "
        "market -- has announced it has begun the first real steps in reopening its harbour to "
        "fishing fleets."
    )
    title = title_for(None, doc)
    assert "--" not in title
    assert title.endswith("has announced it has begun the first real steps")


def test_a_percentage_keeps_its_sign(nlp: Language) -> None:
    """A title that ends on a percentage keeps "%", which the parser reads as a noun."""
    doc = nlp(
        "The central bank of Varnia on Thursday raised its main lending rate to 9.25%, its "
        "highest level in twelve years, as the currency fell sharply against the euro."
    )
    assert title_for(None, doc) == (
        "The central bank of Varnia on Thursday raised its main lending rate to 9.25%"
    )


def test_a_short_lead_loses_its_attribution(nlp: Language) -> None:
    """A title drops "police said" from a short lead; a lead opening with a quote keeps it."""
    # "X happened, police said" fits a title, but a headline states the news without its source.
    doc = nlp("A boy who went missing on a hill walk was found safe in a barn, police said.")
    assert title_for(None, doc) == "A boy who went missing on a hill walk was found safe in a barn"
    quoted = nlp('"We found him asleep in the hay," the farmer said on Tuesday.')
    assert "farmer said" in title_for(None, quoted)
