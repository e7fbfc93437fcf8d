"""Roles are the narrator's words: what a quote says of someone is its speaker's."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.role_choice import Found, chosen
from generator.extract.role_quoted import in_quote
from tests.extract.test_roles import roles_in


def test_narrator_role_over_a_quoted_one(nlp: Language) -> None:
    """A speaker's name for someone gives way to the narrator's description, not added to it."""
    # "my old rival Ann Vell": the narrator's description of her leads; the speaker's own role still
    # holds.
    text = (
        "Ann Vell, a baker, opened a shop in Norport. “My old rival Ann Vell is a fraud and "
        "a liar,” said Tom Ames, a grocer."
    )
    roles = roles_in(nlp, text)
    assert roles["Ann Vell"] == "baker"
    assert roles["Tom Ames"] == "grocer"


def test_quoted_role_only_failing_the_narrators() -> None:
    """A role read in a quote leads only when the narrator's names no person, and is never added."""
    # The narrator's then follows it; the quoted role is never added as the second description.
    narrator = Found("actress", True, False)
    quoted = Found("old rival of the family", True, True, quoted=True)
    assert chosen([quoted, narrator], None) == "actress"
    both = "old rival of the family, of Norport"
    assert chosen([quoted, Found("of Norport", True, True)], None) == both


def test_role_outside_the_quote_is_kept(nlp: Language) -> None:
    """A role the narrator writes after a quote is the person's role."""
    text = "“We will reopen the pier in May,” said Ann Vell, the harbour master."
    assert roles_in(nlp, text)["Ann Vell"] == "harbour master"


def test_in_quote_reads_the_quote_marks(nlp: Language) -> None:
    """Words between quote marks are inside a quote; the attribution after it is not."""
    doc = nlp("“The pier will open in May,” said Ann Vell.")
    assert in_quote(doc[1])
    assert not in_quote(doc[-2])


def test_words_put_in_brackets_are_the_writers(nlp: Language) -> None:
    """Words in square brackets inside a quote are the writer's, not the speaker's."""
    doc = nlp("“Then [harbour master Ann Vell] closed the pier,” said Tom Ames.")
    vell = next(t for t in doc if t.text == "Ann")
    assert not in_quote(vell)
    assert in_quote(doc[1])


def test_copula_inside_a_quote_is_the_speakers_judgement(nlp: Language) -> None:
    """'"Tom Ames is a great chief who saved the firm"': a speaker's praise, no role."""
    text = 'Ann Vell said: "Tom Ames is a great chief who saved the firm."'
    assert roles_in(nlp, text)["Tom Ames"] is None


def test_copula_after_a_quote_is_the_narrators(nlp: Language) -> None:
    """The narrator's "Tom Ames is a nurse" after a quote still gives his job."""
    text = '"It was a long night," said Ann Vell. Tom Ames is a nurse at the hospital.'
    assert roles_in(nlp, text)["Tom Ames"] == "nurse at the hospital"
