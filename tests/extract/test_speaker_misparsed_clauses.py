"""Speakers the parser hides: a name it hung as an appositive of a fronted phrase's object
with a relative clause after it, and a colon clause it ran on from the paragraph before."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_name_with_relative_clause_after_a_fronted_phrase_speaks() -> None:
    """ "In an interview with Glow magazine, Orlek, who married ..., said:" is Orlek's."""
    text = (
        "Dancer Katya Orlek has opened up about the hardest year of her life.\n\n"
        "In an interview with Glow magazine, Orlek, who married fellow dancer Tom Brisk "
        "in 2020, said: 'It was the hardest thing we have ever been through.'"
    )
    quote = "It was the hardest thing we have ever been through."
    assert speakers(text) == [(quote, "Katya Orlek")]


def test_colon_clause_after_a_quote_paragraph_has_its_own_subject() -> None:
    """ "'...' / Cresby boss Fiona Hale was more measured: '...'" is Hale's, not "we"."""
    text = (
        "Halworth striker Luca Bianchi said the dressing room was still united.\n\n"
        "'Nobody is giving up,' he told reporters. 'We believe in the gaffer and we "
        "believe in each other.'\n\n"
        "Cresby boss Fiona Hale was more measured: 'Three points is three points. We were "
        "not at our best for long spells.'"
    )
    found = dict(speakers(text))
    assert found["Three points is three points. We were not at our best for long spells."] == (
        "Fiona Hale"
    )


def test_rank_letters_before_a_surname_written_in_full_say_a_person() -> None:
    """ "DC Folarin said" after "Detective Constable Tamsin Folarin" is her, whatever "DC" is."""
    text = (
        "Tom Vell, 31, was jailed for six years for a street attack.\n\n"
        "Detective Constable Tamsin Folarin, who led the investigation, said the footage "
        "had been key.\n\n"
        "Speaking outside court, DC Folarin said: 'This was a brutal and unprovoked attack "
        "on a stranger.'"
    )
    assert speakers(text) == [
        ("This was a brutal and unprovoked attack on a stranger.", "Tamsin Folarin")
    ]


def test_the_first_noun_of_a_rank_refers_back_to_its_holder() -> None:
    """ "the detective added" after "Detective Inspector Neil Harrow said" is Harrow."""
    text = (
        "A cyclist was killed in a hit-and-run on Fenton Road on Sunday.\n\n"
        "Detective Inspector Neil Harrow, of the force's collision unit, said: 'This was a "
        "truly shocking incident.'\n\n"
        "Police believe the car had been stolen from a driveway hours earlier.\n\n"
        "'We know people in the community will know who was driving that car,' the "
        "detective added."
    )
    found = dict(speakers(text))
    assert found["We know people in the community will know who was driving that car"] == (
        "Neil Harrow"
    )


def test_a_prepositions_object_with_a_relative_clause_does_not_speak() -> None:
    """ "In a tribute to Tom Dale, who died ..., said:" leaves the verb with no speaker."""
    text = (
        "A crash on the A40 killed a driver in June.\n\n"
        "In a tribute to Tom Dale, who died in the crash in June, said: 'He was my whole "
        "world and I miss him every day.'"
    )
    assert speakers(text) == [("He was my whole world and I miss him every day.", None)]
