"""An office of one holder that the story never states anyone holds ("the Prime
Minister", "the PM", "the president"): the nearest person before who is a subject of
the story, read back past sentences about things (`referent_offices`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_prime_minister_reads_back_past_sentences_about_things() -> None:
    """'The Prime Minister went on' after sentences about a dock is the man named before them."""
    # The story named him twice before them, though it never calls him prime minister.
    text = (
        "Tom Vell opened the new dock in Tarland on Friday.\n\n"
        "Mr Vell cut the ribbon beside the harbour master. The dock cost £40m and took "
        "three years to build.\n\n"
        "That is double the first estimate. The Prime Minister went on: "
        '"Every town on this coast deserves a harbour that works."'
    )
    assert speakers(text)[-1] == (
        "Every town on this coast deserves a harbour that works.",
        "Tom Vell",
    )


def test_the_pm_reads_back_past_an_opposition_leader() -> None:
    """'The PM answered ... he said' after the opposition leader's question: the man she pressed."""
    # A person with another stated office is read past.
    text = (
        "Tom Vell faced questions in Parliament on Wednesday. At the weekly session, Mr "
        "Vell was pressed over delays by opposition leader Ann Roke. She said the money "
        "would be gone by spring.\n\n"
        "The PM answered that a plan was on its way. "
        '"She has a point, and we will move quickly," he said.'
    )
    assert speakers(text)[-1] == ("She has a point, and we will move quickly", "Tom Vell")


def test_a_person_with_another_office_is_not_the_prime_minister() -> None:
    """The only person named is the health secretary: 'the Prime Minister' is no one."""
    text = (
        "Ann Roke, the health secretary, said hospitals were full. Ms Roke added that "
        "beds were scarce. The figures were bad. The Prime Minister said: "
        '"We will build more wards."'
    )
    assert speakers(text)[-1] == ("We will build more wards.", None)


def test_an_officer_is_not_the_person_arrested_before() -> None:
    """'The officer said' names no office of one holder: not the man arrested."""
    text = (
        "Tom Vell was arrested on Monday. Mr Vell was released later. The arrest followed "
        'a raid. The officer said: "We found nothing."'
    )
    assert speakers(text)[-1] == ("We found nothing.", None)


def test_a_person_named_once_is_not_the_president() -> None:
    """A man the story names once, in passing, is not taken as 'the president'."""
    text = (
        "Tom Vell met the miners in Tarland. The talks lasted an hour. The president "
        'said: "We will keep the pits open."'
    )
    assert speakers(text)[-1] == ("We will keep the pits open.", None)


def test_a_former_holder_named_later_leaves_the_office_to_the_search() -> None:
    """A former president named later leaves 'the president' to the woman named before."""
    text = (
        "Ana Belo toured the flooded villages of the north on Tuesday.\n\n"
        "Ms Belo promised new levees before the spring rains. The water had reached the "
        "rooftops in three towns.\n\n"
        '"No family will be left to pay for this alone," the president said.\n\n'
        "Rui Mota, a former president, called the visit late."
    )
    assert speakers(text)[0] == ("No family will be left to pay for this alone", "Ana Belo")


def test_the_person_the_office_acts_on_is_not_its_holder() -> None:
    """'The president repeated his praise for Ann Lee' is not Ann Lee, whoever it is."""
    text = (
        "Ann Lee is running for the council seat in Kelby for the second time.\n\n"
        'Ann Lee said the town had been ignored for too long. "We deserve better roads," '
        "she said.\n\n"
        "On Friday, the president repeated his praise for Ann Lee, writing that she had "
        'his "full support".'
    )
    assert ("full support", "Ann Lee") not in speakers(text)
