"""A saying participle that closes a 'that' clause about a thing: the one who says is the
subject of the verb the clause hangs on; and a saying verb the parser put inside a who or whose
clause left open."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_participle_after_a_clause_about_a_thing_is_the_outer_subject() -> None:
    """'Lee was cross that the bells rang, saying: ...' is Lee's, not the bells'."""
    text = (
        "Mara Quill was also annoyed that the bells rang at noon, saying: "
        "‘Who is this racket for? It is absurd and loud.’"
    )
    assert speakers(text) == [("Who is this racket for? It is absurd and loud.", "Mara Quill")]


def test_a_participle_after_a_clause_under_a_thing_names_nobody() -> None:
    """When the outer subject is a thing too ('the report found that ...'), nobody speaks."""
    text = (
        "The annual report found that the bells rang at noon, saying: "
        "‘Who is this racket for? It is absurd and loud.’"
    )
    assert speakers(text) == [("Who is this racket for? It is absurd and loud.", None)]


def test_a_saying_verb_inside_an_unclosed_whose_clause_is_the_named_person() -> None:
    """'Ann Lee, whose son ... after staff suspected a fever said: ...' is Ann Lee's quote."""
    text = (
        "Ruth Pellow, whose brother was not allowed into the ward after nurses suspected "
        "a fever said: ‘It feels as if families count for nothing in here.’"
    )
    assert speakers(text) == [("It feels as if families count for nothing in here.", "Ruth Pellow")]


def test_a_person_saying_inside_the_whose_clause_is_not_the_named_person() -> None:
    """'Ann Lee, whose brother heard that the doctor said: ...' is not Ann Lee's quote."""
    text = (
        "Ruth Pellow, whose brother heard that the doctor said: "
        "‘It feels as if families count for nothing in here.’"
    )
    assert speakers(text)[0][1] != "Ruth Pellow"


def test_a_participle_after_a_person_shown_is_that_persons_words() -> None:
    """'the film showed Lee, ..., telling the board: ...' is Lee's, not the film's."""
    text = (
        "The film showed Mara Quill, clearly talking about the council, telling the hall: "
        "“They have taken our money for years and we let them.”"
    )
    assert speakers(text) == [
        ("They have taken our money for years and we let them.", "Mara Quill")
    ]


def test_a_participle_after_a_passive_clause_is_its_subjects_words() -> None:
    """'Lee was not moved by the rumour, noting: ...' is Lee's, not the rumour's."""
    text = (
        "Ruth Pellow was not moved by the rumour about her old firm, noting: "
        "‘I ran the office for ten years and he knows it.’"
    )
    assert speakers(text) == [("I ran the office for ten years and he knows it.", "Ruth Pellow")]


def test_a_participle_does_not_take_the_speaker_of_a_clause_of_time() -> None:
    """'As marchers shouted at the guards, Roke is heard ... by saying ...' is Roke's."""
    text = (
        "Guard Ann Roke was filmed at the Tarland gate in May. As the marchers shouted at the "
        "guards, Roke is heard goading them by saying ‘come over here and try it then’."
    )
    assert speakers(text) == [("come over here and try it then", "Ann Roke")]


def test_a_participle_after_a_clause_of_time_with_a_common_noun_names_nobody() -> None:
    """'When the crowd asked ..., a clerk stood up, saying ...': an unnamed clerk speaks."""
    text = (
        "Tom Vell spoke at the dock. When the crowd asked about the fees, a clerk stood up, "
        "saying ‘the fees will stay as they are for now’."
    )
    assert speakers(text) == [("the fees will stay as they are for now", None)]


def test_a_participle_goes_on_from_a_clause_of_time_after_the_main_verb() -> None:
    """'The board began its review when its chair, Tom Vell, said ..., adding: ...' is Vell's."""
    text = (
        "The Tarland harbour board began its review in May when its chair, Tom Vell, said the "
        "catches had fallen, adding: ‘We owe the fishermen a full answer on this.’"
    )
    assert speakers(text) == [("We owe the fishermen a full answer on this.", "Tom Vell")]
