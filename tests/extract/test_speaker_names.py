"""Speakers named in a short form: a first name, a surname before a generation suffix, a
name the parser misread, a name with an appositive, and offices written in full."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_first_name_is_the_one_person_who_bears_it() -> None:
    """'Troy said' after 'Troy Brooks' is Troy Brooks when no one else is called Troy."""
    text = (
        "Troy Brooks lives with his two younger children in Dallas.\n\n"
        "‘Rule number one, don’t hurt the citizens,’ Troy said."
    )
    assert speakers(text) == [("Rule number one, don’t hurt the citizens", "Troy Brooks")]


def test_a_first_name_shared_by_two_people_names_nobody() -> None:
    """'Troy said' with a Troy Brooks and a Troy Dale in the story is nobody in particular."""
    text = (
        "Troy Brooks and Troy Dale live in Dallas.\n\n"
        "‘Rule number one, don’t hurt the citizens,’ Troy said."
    )
    assert speakers(text) == [("Rule number one, don’t hurt the citizens", None)]


def test_a_surname_before_a_generation_suffix() -> None:
    """'Weaver said' refers to 'Kenyatta Weaver Jr', whose last word is no surname."""
    text = "Kenyatta Weaver Jr was charged on Monday.\n\n‘Nah, we weren’t fighting,’ Weaver said."
    assert speakers(text) == [("Nah, we weren’t fighting", "Kenyatta Weaver Jr")]


def test_a_surname_between_the_quote_and_its_verb_speaks() -> None:
    """'"...," Lally said.' names Craig Lally, however the parser tagged 'Lally'."""
    text = (
        "Craig Lally, who heads the union that represents LAPD officers, compared the "
        "attack to the recent shooting.\n\n"
        "‘It just shows you how dangerous this job is now,’ Lally said."
    )
    assert speakers(text) == [("It just shows you how dangerous this job is now", "Craig Lally")]


def test_a_name_with_its_appositive_before_a_verb_without_subject() -> None:
    """'Speaking to MailOnline, Imogen, a lawyer from London, said:' is hers, though the
    parser ties her name to the paper's."""
    text = (
        "Imogen Pike, 33, paid him £3,000 in advance.\n\n"
        "Speaking exclusively to MailOnline, Imogen, a lawyer from London, said: "
        "‘I don’t know how the mayor came to hire him.’"
    )
    assert speakers(text) == [("I don’t know how the mayor came to hire him.", "Imogen Pike")]


def test_a_lone_name_described_by_an_age_speaks() -> None:
    """'said Darya, an elegant 25-year-old heading in' names a person."""
    text = (
        "The theatre stayed open all year.\n\n"
        "‘We don’t want our theatres closed,’ said Darya, an elegant 25-year-old heading in "
        "to enjoy the show with friends."
    )
    assert speakers(text) == [("We don’t want our theatres closed", "Darya")]


def test_an_office_of_the_exchequer_is_the_role_that_the_role_noun_names() -> None:
    """'Chancellor of the Exchequer Rupa Sethi' is 'the Chancellor' who speaks later."""
    text = (
        "The Chancellor of the Exchequer Rupa Sethi will set out her plan today. "
        "In her statement, the Chancellor called for the country to learn to live with it. "
        "‘What was true at the start remains true now,’ she said."
    )
    assert speakers(text) == [("What was true at the start remains true now", "Rupa Sethi")]


def test_a_title_must_hold_every_word_of_the_role_phrase() -> None:
    """'The Hull West MP accused Ms Orme of being a "stooge"' is not Labour MP Ann Orme."""
    text = (
        "Mr Dale is to stand against Labour MP Ann Orme at the next election. "
        "The Hull West MP, who was expelled from his party, accused Ms Orme of being a "
        '"cheap party stooge".'
    )
    assert speakers(text)[-1] == ("cheap party stooge", None)


def test_a_clause_after_a_role_noun_is_not_part_of_the_role() -> None:
    """'the prince, who is here on an official visit, replied' is still the prince."""
    text = (
        "Saudi Arabian Crown Prince Omar Haddad met officials on Monday.\n\n"
        "Asked how he felt about the attack, the prince, who is here on an official visit, "
        'replied, "I believe what the council said."'
    )
    assert speakers(text)[-1] == ("I believe what the council said.", "Omar Haddad")


def test_a_subject_inside_the_quote_before_is_no_narrative_speaker() -> None:
    """A quote after a quoted sentence about Chloe is not in Chloe's words."""
    text = (
        "‘Chloe was a pupil at Hill High School, where she ran track,’ according to an "
        "obituary.\n\n"
        "‘Chloe loved music, dancing and being with her friends.’"
    )
    assert speakers(text)[-1] == ("Chloe loved music, dancing and being with her friends.", None)


def test_a_pronoun_reads_past_a_writing_that_reports() -> None:
    """'The audit said ...' is no one 'he' could be: he is the man named before it."""
    text = (
        "Mr Neil Gaskell gave his details to the clinic in 2005, and he later asked it "
        "for the records.\n\n"
        "An audit by the regulator said that the clinic had ignored the limit.\n\n"
        "‘It was life-changing,’ he said."
    )
    assert speakers(text)[-1] == ("It was life-changing", "Neil Gaskell")


def test_past_a_writing_a_pronoun_needs_a_person_of_its_sex() -> None:
    """Past 'the audit said', 'he' is not a woman named before it."""
    text = (
        "Victoria Dale gave her details to the clinic in 2005.\n\n"
        "The audit by the regulator said that the clinic had ignored the limit.\n\n"
        "‘It was life-changing,’ he said."
    )
    assert speakers(text)[-1] == ("It was life-changing", None)


def test_a_name_and_a_colon_label_the_speaker() -> None:
    """'Theresa Lake: "..."' paragraphs, as lists of reactions set them out, are hers; a
    label that is no name ('Warning:') gives no speaker."""
    text = (
        "Former leaders broke ranks last night to condemn the bill.\n\n"
        "Theresa Lake: 'The kingdom gives its word and keeps it.'\n\n"
        "Gordon Bryce: 'This is a huge act of self-harm.'\n\n"
        "Warning: 'Do not cross the line.'"
    )
    assert speakers(text) == [
        ("The kingdom gives its word and keeps it.", "Theresa Lake"),
        ("This is a huge act of self-harm.", "Gordon Bryce"),
        ("Do not cross the line.", None),
    ]


def test_remembering_reports_speech() -> None:
    """ "'...,' Charles Ward remembers." is his."""
    text = (
        "Charles Ward played Macbeth at school in 1966.\n\n"
        "‘I had to lie on a huge fur rug and have a nightmare,’ Charles Ward remembers."
    )
    assert speakers(text)[-1][1] == "Charles Ward"


def test_a_pronoun_after_an_unstated_office_is_the_subject_described() -> None:
    """'The chancellor said ... he said' after 'Gordon Bell has issued ...': the office
    refers back to the person just named, and the pronoun with it."""
    text = (
        "Gordon Bell has issued a rallying cry to supporters.\n\n"
        "The chancellor said the poll would give a clear choice. He also pledged to fight "
        "poverty. And he promised help to young people. "
        '"My message to the young couples is that housing is at the centre of our plans," '
        "he said."
    )
    assert speakers(text)[-1][1] == "Gordon Bell"


def test_a_hyphenated_surname_is_one_name() -> None:
    """'Jo Smythe-Kaye said' names Jo Smythe-Kaye, not 'Kaye'."""
    text = (
        "Airport boss Jo Smythe-Kaye told the radio on Monday that flights would resume.\n\n"
        "‘We have got to avoid this becoming an unemployment crisis,’ Smythe-Kaye said."
    )
    assert speakers(text)[-1][1] == "Jo Smythe-Kaye"
