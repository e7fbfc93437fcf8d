"""'..., she added' paragraphs after the last quote, when the pronoun search reads its
sentences out with no one named on the way: the last speaker goes on adding; another
verb ("she said") is left unresolved there, as before."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

LEAD = (
    "Ann Vell, a harbour engineer at the Norport Trust, said the survey began in May.\n\n"
    '"It is slow work to map the whole seabed," Vell says.\n\n'
    "The old pier needs new piles. The ferry runs twice a day. The council will paint "
    "the sheds in June.\n\n"
    "Both boats need new engines. Many fishing crews moor elsewhere in winter, since "
    "the berths are costly, the tides are strong and the cranes are old.\n\n"
    "The harbour opens at six each morning from March to October. Fuel comes by road "
    "from the depot, and a diver checks the walls twice a month.\n\n"
)


def test_she_added_goes_on_from_the_last_speaker() -> None:
    """ "'...,' Vell says. [paragraphs naming no one] '...,' she added" is Vell."""
    text = LEAD + '"We must finish before the autumn storms arrive," she added.'
    assert speakers(text)[-1][1] == "Ann Vell"


def test_she_said_that_far_on_stays_open() -> None:
    """ "'...,' Vell says. [paragraphs naming no one] '...,' she said" is nobody."""
    text = LEAD + '"We must finish before the autumn storms arrive," she said.'
    assert speakers(text)[-1][1] is None


def test_she_added_after_someone_else_was_named() -> None:
    """ "she added" after someone else was named since "Vell says" is not Vell."""
    # "'...,' Vell says. [Tom Ames named on the way] '...,' she added".
    text = (
        LEAD.replace("Both boats", "Tom Ames owns one boat. Both boats")
        + '"We must finish before the autumn storms arrive," she added.'
    )
    assert speakers(text)[-1][1] != "Ann Vell"
