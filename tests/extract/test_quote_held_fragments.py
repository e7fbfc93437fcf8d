"""Short quotes that a verb of saying holds as what it says, from a voice no one names:
kept with no speaker; the writer's own terms in marks stay out."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_group_s_judgement_is_kept() -> None:
    """'Pilots said the berth was ‘...’': the group's words, kept with no speaker."""
    text = "Two harbour pilots said the new berth at Tollmere was ‘plainly unsafe’ for tankers."
    assert speakers(text) == [("plainly unsafe", None)]


def test_a_group_accusing_is_kept() -> None:
    """'Bakers accused the mill of ‘...’': the object of the accusation is the bakers' words."""
    text = "Village bakers on Tuesday accused the flour mill of ‘quietly rationing’ its stock."
    assert speakers(text) == [("quietly rationing", None)]


def test_an_unnamed_spokesman_is_kept() -> None:
    """'A spokesman told the paper that ... ‘...’': an unnamed spokesman's words."""
    text = (
        "Asked about the delays, a spokesman told the Corrin Gazette that the bridge "
        "works had ‘hit bedrock’ in March."
    )
    assert speakers(text) == [("hit bedrock", None)]


def test_a_verb_of_believing_holds_no_quote() -> None:
    """'Gardeners believe ... a ‘...’': a verb of thinking, the writer's term."""
    text = "Most gardeners believe the frost gives roses a ‘hard start’ each spring."
    assert speakers(text) == []


def test_a_quote_inside_the_subject_is_no_quote() -> None:
    """'Cooks from two ‘...’ said': the words name the subject, not what is said."""
    text = "Cooks from two ‘pop-up kitchens’ said the market should stay open late."
    assert speakers(text) == []


def test_a_quote_after_the_is_the_writer_s_term() -> None:
    """'Residents urged the council to act on the ‘...’': a term after "the" stays out."""
    text = "Residents urged the council to act on the ‘silent crisis’ in the town."
    assert speakers(text) == []


def test_one_described_person_may_be_named_later() -> None:
    """'One engineer said ... ‘...’': someone the writer may name on, so not kept unnamed."""
    text = "One veteran ferry engineer said the new hulls were ‘badly welded’ in places."
    assert speakers(text) == []


def test_words_that_qualify_a_noun_stay_out() -> None:
    """'Described ... as a case of ‘...’': the words name a kind of the writer's noun."""
    text = "Neighbours described the new hedge as a fine case of ‘garden vandalism’ last week."
    assert speakers(text) == []
