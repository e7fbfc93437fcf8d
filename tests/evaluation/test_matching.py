"""Shared scoring rules: surface forms, word overlap, quote matching and names."""

from __future__ import annotations

from generator.evaluation.matching import (
    Tally,
    match_quotes,
    names_agree,
    occurs_in,
    overlap,
    surface_form,
    text_key_of,
    words,
)


def test_surface_forms_follow_the_readme() -> None:
    """Apostrophes straightened, edge punctuation, final 's and leading "the" dropped."""
    assert surface_form("  the  Widget\u2019s ") == "widget"
    assert surface_form('"Acme Corp."') == "acme corp"
    assert surface_form("The Hague") == "hague"
    assert surface_form("O\u2019Neill") == "o'neill"


def test_a_form_occurs_only_as_whole_words() -> None:
    """ "port" is not written in "Portland", "new port" is written in "a new port"."""
    key = text_key_of("Ships left Portland for a new  port.")
    assert occurs_in("new port", key)
    assert not occurs_in("port land", key)
    assert occurs_in("portland", key)
    assert not occurs_in("land", key)


def test_overlap_counts_words_in_runs_not_scattered_ones() -> None:
    """A quote contained whole scores 1; common words far apart score nothing."""
    gold = words("the plan will fail by the spring")
    assert overlap(gold, words("He said the plan will fail by the spring, sadly.")) == 1.0
    assert overlap(gold, words("the cat sat by a wall in spring")) == 0.0
    assert 0.3 < overlap(gold, words("our plan will fail")) < 1.0


def test_each_prediction_matches_one_gold_quote_at_most() -> None:
    """Two gold quotes cannot both be found by the same predicted quote."""
    gold = [words("we will build the bridge"), words("we will build the bridge soon")]
    predicted = [words("we will build the bridge soon")]
    assert match_quotes(gold, predicted) == [0, None]


def test_names_agree_by_full_name_or_last_and_first_words() -> None:
    """Surname alone agrees; a different first name does not."""
    assert names_agree("Maria Olsen", ["Olsen"])
    assert names_agree("Maria Olsen", ["Maria  Olsen"])
    assert not names_agree("Maria Olsen", ["Peter Olsen"])
    assert not names_agree("Maria Olsen", ["Maria Berg"])


def test_names_agree_through_titles_and_acronyms() -> None:
    """A title before the same name agrees; so does an acronym of the full name."""
    assert names_agree("Ann Lee", ["Baroness Ann Lee"])
    assert names_agree("Ministry of Widgets", ["MoW"])
    assert names_agree("WTO", ["World Trade Organization"])
    assert names_agree("Bureau of Fine Arts", ["BFA"])
    assert not names_agree("Ministry of Widgets", ["MW2"])


def test_inside_lets_a_name_within_a_written_source_agree() -> None:
    """A source written with a title holds the name only when `inside` is asked for."""
    source = "Peter Olsen, campaign chairman of the party,"
    assert names_agree(source, ["Peter Olsen"], inside=True)
    assert not names_agree(source, ["Peter Olsen"])


def test_tally_gives_micro_precision_recall_and_f1() -> None:
    """Counts summed over documents give the shares."""
    tally = Tally()
    tally.add(3, 1, 0)
    tally.add(1, 1, 2)
    assert (tally.precision, tally.recall) == (4 / 6, 4 / 6)
    assert abs(tally.f1 - 4 / 6) < 1e-9
    assert Tally().f1 == 0.0
