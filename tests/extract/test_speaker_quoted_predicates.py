"""A quote that holds its sentence's main verb, right after the subject, is the subject's."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_quoted_predicate_after_a_pronoun_is_the_persons_it_refers_to() -> None:
    """ "He now ‘counts every sunrise ...’": the words of the man the passage is about."""
    text = (
        "Retired ferryman Oskar Quillan, 71, spent nine weeks in intensive care last winter.\n\n"
        "He now ‘counts every sunrise as a small bonus’ and walks the harbour wall daily."
    )
    assert ("counts every sunrise as a small bonus", "Oskar Quillan") in speakers(text)


def test_quoted_predicate_after_another_speakers_charge_is_not_the_subjects() -> None:
    """ "Critics say ... The 58-year-old ‘prefers ...’": the critics' charge goes on."""
    text = (
        "Councillor Bryn Venn, 58, faces a standards hearing next month.\n\n"
        "Critics say the councillor has ignored residents for years. "
        "The 58-year-old ‘prefers the company of developers’ to that of voters."
    )
    assert ("prefers the company of developers", "Bryn Venn") not in speakers(text)


def test_quoted_predicate_after_an_age_is_the_person_of_that_age() -> None:
    """ "The 63-year-old ‘would gladly do it all again’": the one person given that age."""
    text = (
        "Marisol Trevane, 63, gave up a legal career to breed rare sheep on Exmoor.\n\n"
        "The 63-year-old ‘would gladly do it all again’ despite the early mornings."
    )
    assert ("would gladly do it all again", "Marisol Trevane") in speakers(text)


def test_quoted_predicate_reported_by_another_is_not_the_subjects() -> None:
    """ "He ‘walks with a stick’, his nephew said": the nephew's report, not Quillan's."""
    text = (
        "Retired ferryman Oskar Quillan, 71, spent nine weeks in intensive care last winter.\n\n"
        "He ‘walks with a stick these days’, his nephew said on Tuesday."
    )
    assert ("walks with a stick these days", "Oskar Quillan") not in speakers(text)


def test_quoted_predicate_after_a_name_is_left_unattributed() -> None:
    """ "Quillan ‘wants ...’": a name may be the target of another's charge; nobody."""
    text = (
        "Retired ferryman Oskar Quillan, 71, spent nine weeks in intensive care last winter.\n\n"
        "Quillan ‘wants the harbour wall rebuilt’ before the storms return."
    )
    assert ("wants the harbour wall rebuilt", "Oskar Quillan") not in speakers(text)


def test_quoted_past_deed_is_not_the_subjects() -> None:
    """ "He ‘misled the committee’": a charge someone makes, not the subject's words."""
    text = (
        "Councillor Bryn Venn faces a standards hearing next month.\n\n"
        "He ‘misled the planning committee twice’ over the sale of the depot."
    )
    assert ("misled the planning committee twice", "Bryn Venn") not in speakers(text)
