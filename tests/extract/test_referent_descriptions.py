"""Speakers named by a description: an office, an age, a sex, a name after a role."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_capitalised_office_is_not_an_untitled_subject_before() -> None:
    """ "The Governor said", no one's role or title stated: not the person just before."""
    text = (
        "Dana Whitlow defended the budget in Parliament on Monday.\n\n"
        "The Governor said: 'Every pound in this plan has been accounted for.'"
    )
    assert speakers(text)[0][1] is None


def test_a_capitalised_office_refers_to_the_titled_subject_before() -> None:
    """ "The Governor said" after "Governor Dana Whitlow ...": her."""
    text = (
        "Governor Dana Whitlow defended the budget in Parliament on Monday.\n\n"
        "The Governor said: 'Every pound in this plan has been accounted for.'"
    )
    assert speakers(text)[0][1] == "Dana Whitlow"


def test_an_age_refers_to_the_subject_before() -> None:
    """ "The 45-year-old said" (headed by "old" to the parser): the person just before."""
    text = (
        "Marta Quill lost her job at the Port Selby cannery in March.\n\n"
        "The 45-year-old said: 'I gave that place twenty years of my life.'"
    )
    assert speakers(text)[0][1] == "Marta Quill"


def test_an_age_goes_to_the_one_person_given_it() -> None:
    """ "Quill, 45, ... Ravel, 52, ... the 52-year-old said": the one given that age."""
    text = (
        "Marta Quill, 45, and Tomas Ravel, 52, both lost their jobs in March. "
        "Marta Quill has since found work in a bakery.\n\n"
        "The 52-year-old said: 'Nobody will hire a man of my age.'"
    )
    assert speakers(text)[0][1] == "Tomas Ravel"


def test_an_age_written_with_aged_goes_to_the_one_person_given_it() -> None:
    """ "Ravel, aged 52, ... the 52-year-old said": "aged" before the number states it too."""
    text = (
        "Tomas Ravel, aged 52, lost his job at the Port Selby cannery in March. "
        "The cannery said the closure was final.\n\n"
        "The 52-year-old said: 'Nobody will hire a man of my age.'"
    )
    assert speakers(text)[0][1] == "Tomas Ravel"


def test_an_age_that_is_not_the_persons_names_no_one() -> None:
    """ "Quill, 45, ... the 60-year-old said": the person just before has another age."""
    text = (
        "Marta Quill, 45, lost her job at the cannery in March.\n\n"
        "The 60-year-old said: 'The whole street is out of work now.'"
    )
    assert speakers(text)[0][1] is None


def test_a_noun_of_one_sex_does_not_take_a_person_of_the_other() -> None:
    """ "Prince Owen ... The Queen said": the prince is no queen."""
    text = (
        "Prince Owen Varga opened the new hall in Port Selby on Friday.\n\n"
        "The Queen said: 'It is a fine day for the town.'"
    )
    assert speakers(text)[0][1] is None


def test_a_name_a_role_phrase_runs_into_speaks() -> None:
    """ "former deputy head of Marlow Freight Dana Whitlow told": the title's bearer."""
    text = (
        "'That is a reckless plan,' former deputy head of Marlow Freight "
        "Dana Whitlow told reporters."
    )
    assert speakers(text)[0][1] == "Dana Whitlow"


def test_a_name_in_apposition_after_a_role_phrase_speaks() -> None:
    """ "According to the harbour's chief inspector ..., Owen Pryce,": the apposed name speaks."""
    text = (
        "According to the harbour's chief inspector in those years, Owen Pryce, the pier was "
        "lost 'to a sea nobody had seen so high'."
    )
    assert speakers(text)[0][1] == "Owen Pryce"


def test_a_name_after_a_preposition_is_someone_else() -> None:
    """ "counsel for Dana Whitlow told": the lawyer speaks, not Dana Whitlow."""
    text = "'My client did nothing wrong,' counsel for Dana Whitlow told the court."
    assert speakers(text)[0][1] != "Dana Whitlow"


def test_a_paragraph_the_parse_ran_into_the_descriptions_sentence_is_read() -> None:
    """ "'...,' the Selby councillor posted" is Whitlow, of the paragraph the parse ran in."""
    # "Whitlow answered ... 'a sideshow.' / '...,' the Selby councillor posted": the parse runs the
    # two paragraphs together, and Whitlow is the subject just before.
    text = (
        "The mayor went after Whitlow at a rally on Friday.\n\n"
        "Dana Whitlow answered the mayor's remarks, dismissing his speech as 'a sideshow.'\n\n"
        "'My family has farmed this valley for four generations and I will not be lectured,' "
        "the Selby councillor posted."
    )
    assert speakers(text)[-1][1] == "Dana Whitlow"


def test_a_relative_of_a_pronoun_is_the_one_person_given_that_role() -> None:
    """ "his daughter Marta told ... 'Q,' his daughter added": Marta, the one daughter named."""
    text = (
        "Tomas Ravel ran the corner bakery for forty years before he died in May.\n\n"
        "'He lit the ovens at four every morning,' his daughter Marta told the local paper.\n\n"
        "The bakery will stay closed until the summer.\n\n"
        "'He fed half the neighbourhood on credit,' his daughter added."
    )
    assert speakers(text)[-1] == ("He fed half the neighbourhood on credit", "Marta")


def test_a_relative_two_people_could_be_names_no_one() -> None:
    """ "his daughter added" after two daughters were named: either could have said it."""
    text = (
        "Tomas Ravel and Owen Pryce both ran bakeries on the street.\n\n"
        "'He lit the ovens at four every morning,' his daughter Marta told the local paper. "
        "'He never missed a day,' his daughter Lena said.\n\n"
        "'He fed half the neighbourhood on credit,' his daughter added."
    )
    assert speakers(text)[-1] == ("He fed half the neighbourhood on credit", None)


def test_a_noun_written_as_a_persons_title_refers_back_to_them() -> None:
    """ "but County Sheriff Dana Whitlow said ... the sheriff said": the one titled so."""
    text = (
        "The cause of the blaze near Port Selby is not yet known, but County Sheriff Dana "
        "Whitlow said the fire was set on purpose.\n\n"
        "'We will treat it as a homicide if someone lit it,' the sheriff said."
    )
    assert speakers(text)[0][1] == "Dana Whitlow"


def test_the_same_noun_unnamed_since_the_title_is_no_one_named() -> None:
    """ "historian Ivo Brandt ... says one historian ... adds the historian": the unnamed one."""
    text = (
        "The trust was praised by the writer and historian Ivo Brandt last year. Its critics "
        "are louder now.\n\n"
        "'They have found links where there are none,' says one historian.\n\n"
        "'It seems to me they are ashamed of every old house,' adds the historian."
    )
    assert [name for _, name in speakers(text)] == [None, None]


def test_an_age_whose_article_the_parser_hung_elsewhere_is_still_definite() -> None:
    """ "'...,' the 58-year-old wrote" refers back to the person before, wherever "the" hangs."""
    text = (
        "Tomas Ravel argued that the club's new rules were unfair to junior members.\n\n"
        "'The board never listened to any of us, not once,' the 58-year-old wrote."
    )
    assert speakers(text)[0][1] == "Tomas Ravel"


def test_an_office_an_adjective_gives_is_the_person_just_before() -> None:
    """An adviser with an office's adjectives refers back to the person just before."""
    # "Dr Tomas Ravel warned ... The chief farming adviser admitted ... He said".
    text = (
        "On Monday Dr Tomas Ravel warned of a poor wheat crop in the east.\n\n"
        "The chief agricultural adviser admitted that much was still uncertain.\n\n"
        "He said: 'Another dry month would finish the crop.'"
    )
    assert speakers(text)[0][1] == "Tomas Ravel"


def test_a_bare_spokesman_stays_unnamed() -> None:
    """ "Jo Ames spoke ... The spokesman said": a spokesman is someone no name gives."""
    text = (
        "Mara Quill opened the new Pellham depot on Friday.\n\n"
        "The spokesman said: 'The depot will bring forty jobs to the town.'"
    )
    assert speakers(text)[0][1] is None


def test_the_kin_noun_is_the_one_person_stated_as_that_relative() -> None:
    """ "'Q,' the eldest sister said" is the one person stated as a sister, Mira Dole."""
    # "His sister Mira Dole ...", though the sentence just before names no one.
    text = (
        "Police are looking for Tarn Dole after the warehouse blaze. His sister Mira Dole "
        "met reporters outside her flat.\n\n"
        "Detectives believe the suspect left the county.\n\n"
        "'We have not spoken since the funeral,' the eldest sister said."
    )
    assert speakers(text) == [("We have not spoken since the funeral", "Mira Dole")]


def test_a_name_between_commas_after_a_place_is_the_role_holder() -> None:
    """'the head of the Red Line Fund in Norport, Ann Vell, said': Ann Vell is the head."""
    # The parser hangs the name on the place that closes the role phrase; no person is a place.
    text = (
        "'The ferry will not sail until the pier is mended,' the head of the Red Line Fund "
        "in Norport, Ann Vell, said on Friday."
    )
    assert speakers(text) == [("The ferry will not sail until the pier is mended", "Ann Vell")]


def test_the_mother_of_two_is_the_woman_whose_role_says_so() -> None:
    """'the mother-of-two said' is Ann Vell, whose role says "a mother of two from Kelby"."""
    # The role names her as a mother before its preposition, so the main subject just before is not
    # it.
    text = (
        "Ann Vell, a mother of two from Kelby, was at the rally on Monday. Bob Kerr, who "
        "runs a bakery, said he had come for the music.\n\n"
        "'I waited three hours,' the mother-of-two said."
    )
    assert speakers(text)[-1] == ("I waited three hours", "Ann Vell")


def test_the_owner_of_a_thing_that_was_the_subject_is_described() -> None:
    """ "Lucy Garr's prize money sits ... the player says": the subject's owner is described."""
    # The subject before was a thing of hers, so the description refers back to its owner.
    text = (
        "Lucy Garr won the county chess final in May.\n\n"
        "Lucy Garr's prize money sits in a locked account at a bank in Norport.\n\n"
        "The player says: 'I will spend it on a new board and a clock.'"
    )
    assert speakers(text)[-1][1] == "Lucy Garr"


def test_the_owner_of_a_person_who_was_the_subject_is_not_described() -> None:
    """ "Lucy Garr's lawyer appealed ... the veteran said": the lawyer, not Garr."""
    text = (
        "Lucy Garr lost her case in March.\n\n"
        "Lucy Garr's lawyer appealed against the ruling on Monday.\n\n"
        "The veteran said: 'The judge did not read the contract.'"
    )
    assert speakers(text)[-1][1] != "Lucy Garr"
