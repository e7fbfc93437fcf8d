"""Ages and family descriptions of the person a story is about, with no person just before."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_family_description_after_no_person_is_the_one_named() -> None:
    """ "Neighbours helped ... said the father-of-two": the one man the story names."""
    text = (
        "Tom Vell has lost his home to the floods in Tarland.\n\n"
        "The water rose overnight and reached the roof by morning. Neighbours helped "
        "carry the furniture out.\n\n"
        '"We have nothing left," said the father-of-two.'
    )
    assert speakers(text)[0][1] == "Tom Vell"


def test_an_age_after_a_body_as_subject_is_the_one_named() -> None:
    """ "Police said ... the 54-year-old said": police are no person the age can be."""
    text = (
        "Tom Vell was pulled from his car after it left the road near Tarland.\n\n"
        "Police said the bend had been flagged as dangerous for years.\n\n"
        '"I could not get the door open," the 54-year-old said.'
    )
    assert speakers(text)[0][1] == "Tom Vell"


def test_an_age_after_no_person_is_the_last_speaker() -> None:
    """ "'...,' Roke said. / It was ... / The 61-year-old said": who spoke last, no one since."""
    text = (
        "Nell Orme runs a bakery in Tarland. Her rival, Ann Roke, opened a shop "
        "across the road last spring.\n\n"
        "'We have always had one bakery here,' Ann Roke said.\n\n"
        "'People will come back to the old ways once the novelty is gone. They always do.'\n\n"
        "It was the third shop to close on the street this year.\n\n"
        "The 61-year-old said: 'Trade has fallen by a third since the spring.'"
    )
    assert speakers(text)[-1][1] == "Ann Roke"


def test_an_age_that_another_age_was_given_names_no_one() -> None:
    """ "Tom Vell, 34, ... the 54-year-old said": not the one person, stated to be 34."""
    text = (
        "Tom Vell, 34, was pulled from his car after it left the road near Tarland.\n\n"
        "Police said the bend had been flagged as dangerous for years.\n\n"
        '"I could not get the door open," the 54-year-old said.'
    )
    assert speakers(text)[0][1] is None


def test_an_age_between_two_people_named_once_names_no_one() -> None:
    """Two people named once each, then "Police said ... the 54-year-old said": either."""
    text = (
        "Tom Vell lost his home to the floods in Tarland. Rob Kellar lost his shop.\n\n"
        "Police said the river burst its banks overnight.\n\n"
        '"We have nothing left," the 54-year-old said.'
    )
    assert speakers(text)[0][1] is None


def test_an_age_goes_to_the_person_the_story_is_about() -> None:
    """Vell named three times, Kellar once, no quote before: the age is Vell's."""
    text = (
        "Tom Vell lost his home to the floods in Tarland on Sunday. Tom Vell had lived "
        "there for thirty years. A neighbour, Rob Kellar, helped him move.\n\n"
        "Mr Vell is now staying in a caravan at the far end of the village.\n\n"
        "The council said it would pay for repairs.\n\n"
        '"I have nowhere else to go," the 54-year-old said.'
    )
    assert speakers(text)[0][1] == "Tom Vell"


def test_one_resident_is_no_one_the_story_names() -> None:
    """ "one resident said" after the one person named: someone the story does not name."""
    text = (
        "Tom Vell lost his home to the floods in Tarland.\n\n"
        "Police said the river burst its banks overnight.\n\n"
        '"We have never seen water like it," one resident said.'
    )
    assert speakers(text)[0][1] is None


def test_an_age_after_a_pronoun_for_no_one_is_the_one_named() -> None:
    """An age after a "she" the search reads as no one (a dog) is the one person named."""
    # "For the man who bought her, Tom Vell, she was a bargain. '...,' the 47-year-old says".
    text = (
        "A collie called Fern has fetched a record sum at a farm sale in Tarland.\n\n"
        "Bidding for the dog ran on for an hour. Most trained dogs sell for far less. For "
        "the man who bought her, sheep farmer Tom Vell, she was a bargain all the same.\n\n"
        "'The bidding went up very fast and I nearly gave up twice,' the 47-year-old says."
    )
    assert speakers(text)[0][1] == "Tom Vell"


def test_an_age_is_the_one_person_the_sentence_before_names() -> None:
    """An age is the one person the sentence before names, not the person named most."""
    # Roke named three times, then "The storm tore the roof off Tom Vell's cottage. '...,' the
    # 71-year-old said".
    text = (
        "Ann Roke, who runs the Tarland ferry, said the crossing was shut. Ann Roke said her "
        "staff were safe. Ms Roke added that repairs would take weeks.\n\n"
        "The storm tore the roof off a cottage belonging to Tom Vell.\n\n"
        "'I watched the whole thing from my kitchen window,' the 71-year-old said."
    )
    assert speakers(text)[0][1] == "Tom Vell"
