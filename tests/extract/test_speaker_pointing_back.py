"""Speakers read from a sentence pointing back at a quote, a family description, a cut mark."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_sentence_pointing_back_names_the_speaker() -> None:
    """ "'...' That was the verdict of Ivo Brant, who ...": his words, not the last speaker's."""
    text = (
        "Outside court, Mina Castell said the fine was far too small.\n\n"
        '"Nobody on that estate will feel any safer," she added.\n\n'
        '"It is the most careless firm I have dealt with." That was the verdict of Ivo '
        "Brant, the surveyor who first reported the cracks."
    )
    assert speakers(text)[-1][1] == "Ivo Brant"


def test_those_were_the_words_of_names_the_speaker() -> None:
    """ "'...' Those were the words of Ivo Brant": his, though Mina spoke the paragraph before."""
    text = (
        "Mina Castell, who chairs the residents' group, said the council had been warned.\n\n"
        '"We wrote to them four times," she said.\n\n'
        '"Fix the roof before somebody gets hurt." Those were the words of Ivo Brant, '
        "a retired builder, in a letter to the council last spring."
    )
    assert speakers(text)[-1][1] == "Ivo Brant"


def test_a_family_description_is_not_someone_named_as_a_father() -> None:
    """ "her father, Olek ... the father-of-two said": the man just named, not her father."""
    text = (
        "Dana Corvell, 38, spoke about the death of her father, Olek, in 2019.\n\n"
        "Her partner on the show, former boxer Rhys Talbot, 45, went out in the first week.\n\n"
        "The father-of-two said: 'Dana has earned every vote she got.'"
    )
    assert speakers(text)[0][1] == "Rhys Talbot"


def test_a_quote_goes_on_past_an_opening_mark_cut_off_as_a_sentence() -> None:
    """ "'...,' the mother-of-three said. 'He ...'": the second quote is hers as well."""
    text = (
        "Dana Corvell, a mother-of-three, spoke about the death of her father, Olek, in 2019.\n\n"
        "'Dad would have loved every second of this,' the mother-of-three said. "
        "'He used to watch all the old dance shows with me.'"
    )
    assert [s for _, s in speakers(text)] == ["Dana Corvell", "Dana Corvell"]


def test_a_description_after_an_unnamed_source_is_not_the_subject() -> None:
    """ "According to a friend of the family, Ola Brisk ... the insider said": not Ola Brisk."""
    text = (
        "Ola Brisk, 27, won the singing contest on Saturday night.\n\n"
        "According to a friend of the family, Brisk has already been offered a record deal.\n\n"
        "'The labels are queueing up for her,' the insider said."
    )
    assert speakers(text)[0][1] is None
