"""Speakers named in a short form: a first name, a surname before a generation suffix, a
name the parser misread, a name with an appositive, and offices written in full."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from generator.extract.quotes import attribute, find_quotes
from tests.extract.test_quotes import speakers


def test_a_first_name_is_the_one_person_who_bears_it() -> None:
    """'Lance said' after 'Lance Pell' is Lance Pell when no one else is called Lance."""
    text = (
        "Lance Pell lives with his two younger children in Dalby.\n\n"
        "‘Lesson one, don’t feed the goats,’ Lance said."
    )
    assert speakers(text) == [("Lesson one, don’t feed the goats", "Lance Pell")]


def test_a_first_name_shared_by_two_people_names_nobody() -> None:
    """'Lance said' with a Lance Pell and a Lance Tarrant in the story is nobody in particular."""
    text = (
        "Lance Pell and Lance Tarrant live in Dalby.\n\n"
        "‘Lesson one, don’t feed the goats,’ Lance said."
    )
    assert speakers(text) == [("Lesson one, don’t feed the goats", None)]


def test_a_surname_before_a_generation_suffix() -> None:
    """'Tanner said' refers to 'Marcus Tanner Jr', whose last word is no surname."""
    text = "Marcus Tanner Jr was charged on Monday.\n\n‘Nope, we weren’t arguing,’ Tanner said."
    assert speakers(text) == [("Nope, we weren’t arguing", "Marcus Tanner Jr")]


def test_a_surname_between_the_quote_and_its_verb_speaks() -> None:
    """'"...," Dally said.' names Marta Dally, however the parser tagged 'Dally'."""
    text = (
        "Marta Dally, who leads the union of Dunmore firefighters, compared the "
        "blaze to a fire last year.\n\n"
        "‘It only shows you how risky this work has become,’ Dally said."
    )
    assert speakers(text) == [("It only shows you how risky this work has become", "Marta Dally")]


def test_a_name_with_its_appositive_before_a_verb_without_subject() -> None:
    """'Speaking to NewsDesk, Marit, a vet from Dunmore, said:' is hers."""
    # Though the parser ties her name to the paper's.
    text = (
        "Marit Lund, 33, paid him £2,500 up front.\n\n"
        "Speaking exclusively to NewsDesk, Marit, a vet from Dunmore, said: "
        "‘I can’t see how the council came to trust him.’"
    )
    assert speakers(text) == [("I can’t see how the council came to trust him.", "Marit Lund")]


def test_a_lone_name_described_by_an_age_speaks() -> None:
    """'said Ilse, a cheerful 31-year-old heading in' names a person."""
    text = (
        "The pool stayed open all summer.\n\n"
        "‘We don’t want our pools closed,’ said Ilse, a cheerful 31-year-old heading in "
        "to swim with friends."
    )
    assert speakers(text) == [("We don’t want our pools closed", "Ilse")]


def test_an_office_of_the_exchequer_is_the_role_that_the_role_noun_names() -> None:
    """'Chancellor of the Exchequer Rupa Sethi' is 'the Chancellor' who speaks later."""
    text = (
        "The Chancellor of the Exchequer Rupa Sethi will set out her plan today. "
        "In her statement, the Chancellor called for calm in the markets. "
        "‘What held in the spring still holds today,’ she said."
    )
    assert speakers(text) == [("What held in the spring still holds today", "Rupa Sethi")]


def test_a_title_must_hold_every_word_of_the_role_phrase() -> None:
    """'The Dunmore West MP accused Ms Orme' is not Labour MP Ann Orme: a title holds every word."""
    # The speaker is the man the sentence before was about.
    text = (
        "Mr Dale is to stand against Labour MP Ann Orme at the next election. "
        "The Dunmore West MP, who was expelled from his party, accused Ms Orme of being a "
        '"cheap party stooge".'
    )
    assert speakers(text)[-1] == ("cheap party stooge", "Dale")


def test_a_clause_after_a_role_noun_is_not_part_of_the_role() -> None:
    """'the prince, who is in town on a private visit, replied' is still the prince."""
    text = (
        "Jordanian Crown Prince Omar Nassar met officials on Monday.\n\n"
        "Asked how he felt about the storm, the prince, who is in town on a private visit, "
        'replied, "I trust what the council said."'
    )
    assert speakers(text)[-1] == ("I trust what the council said.", "Omar Nassar")


def test_a_subject_inside_the_quote_before_is_no_narrative_speaker() -> None:
    """A quote after a quoted sentence about Nora is not in Nora's words."""
    text = (
        "‘Nora was a pupil at Elm Park School, where she sang in the choir,’ according to a "
        "tribute.\n\n"
        "‘Nora loved horses, painting and being with her cousins.’"
    )
    assert speakers(text)[-1] == ("Nora loved horses, painting and being with her cousins.", None)


def test_a_pronoun_reads_past_a_writing_that_reports() -> None:
    """'The audit said ...' is no one 'he' could be: he is the man named before it."""
    text = (
        "Mr Aldo Fenn gave his details to the clinic in 2005, and he later asked it "
        "for the records.\n\n"
        "An audit by the regulator said that the clinic had ignored the limit.\n\n"
        "‘It turned my life around,’ he said."
    )
    assert speakers(text)[-1] == ("It turned my life around", "Aldo Fenn")


def test_past_a_writing_a_pronoun_needs_a_person_of_its_sex() -> None:
    """Past 'the audit said', 'he' is not a woman named before it."""
    text = (
        "Greta Holm gave her details to the clinic in 2005.\n\n"
        "The audit by the regulator said that the clinic had ignored the limit.\n\n"
        "‘It turned my life around,’ he said."
    )
    assert speakers(text)[-1] == ("It turned my life around", None)


def test_a_name_and_a_colon_label_the_speaker() -> None:
    """'Susan Lake: "..."' paragraphs are hers; a label that is no name ('Warning:') is nobody."""
    # As lists of reactions set them out.
    text = (
        "Former leaders broke ranks last night to condemn the bill.\n\n"
        "Susan Lake: 'The town gives its word and keeps it.'\n\n"
        "Ivo Brandt: 'This is a reckless own goal.'\n\n"
        "Warning: 'Do not cross the line.'"
    )
    assert speakers(text) == [
        ("The town gives its word and keeps it.", "Susan Lake"),
        ("This is a reckless own goal.", "Ivo Brandt"),
        ("Do not cross the line.", None),
    ]


def test_remembering_reports_speech() -> None:
    """ "'...,' Milo Strand remembers." is his."""
    text = (
        "Milo Strand played Hamlet at school in 1971.\n\n"
        "‘I had to sit on a cold stone floor and weep for an hour,’ Milo Strand remembers."
    )
    assert speakers(text)[-1][1] == "Milo Strand"


def test_a_pronoun_after_an_unstated_office_is_the_subject_described() -> None:
    """'The chancellor said ... he said' after 'Piet Varga has sent ...': both refer to Varga."""
    # The office refers back to the person just named, and the pronoun with it.
    text = (
        "Piet Varga has sent a stirring message to members.\n\n"
        "The chancellor said the vote would give a plain choice. He also pledged to cut "
        "waiting lists. And he promised help to first-time buyers. "
        '"My word to the young couples is that homes are at the heart of our plans," '
        "he said."
    )
    assert speakers(text)[-1][1] == "Piet Varga"


def test_a_hyphenated_surname_is_one_name() -> None:
    """'Jo Wray-Lindell said' names Jo Wray-Lindell, not 'Lindell'."""
    text = (
        "Ferry boss Jo Wray-Lindell told the radio on Monday that sailings would resume.\n\n"
        "‘We have got to stop this turning into a jobs crisis,’ Wray-Lindell said."
    )
    assert speakers(text)[-1][1] == "Jo Wray-Lindell"


def test_the_office_beats_the_same_word_as_an_office_of_something() -> None:
    """'the president said' is President Hollis, not Whitlow, 'president of a club'."""
    # Neither was the subject just before: Hollis holds the office itself.
    text = (
        "Dana Whitlow, the president of the Marlow Rowing Club, met President Ada Hollis on "
        "Friday.\n\n"
        "The two spoke for an hour about the river.\n\n"
        "'We will build the new boathouse before the summer,' the president said."
    )
    assert speakers(text)[0][1] == "Ada Hollis"


def test_of_two_holders_of_an_office_the_one_just_named_speaks() -> None:
    """'Whitlow, president of a club ... the president said': Whitlow, not an earlier Hollis."""
    text = (
        "President Ada Hollis will visit Port Selby on Friday.\n\n"
        "Dana Whitlow, president of the Marlow Rowing Club, welcomed the visit.\n\n"
        "'We will build the new boathouse before the summer,' the president said."
    )
    assert speakers(text)[0][1] == "Dana Whitlow"


def _people(nlp: Language, text: str) -> list[str]:
    """The names of the people the entities and the speaker search find in a text."""
    doc = nlp(text)
    entities = extract_entities(doc)
    entities.extend(attribute(doc, find_quotes(doc.text), entities))
    return [e.name for e in entities if e.kind == PERSON]


def test_a_missed_name_shaped_like_a_body_speaks_as_an_organization(nlp: Language) -> None:
    """'"...," Kelham PD said': a police department speaks, not a person the NER missed."""
    text = (
        "Police in Kelham were called to the river on Monday.\n\n"
        "'The road will stay closed until the bridge is safe,' Kelham PD said."
    )
    assert speakers(text)[0][1] == "Kelham PD"
    assert "Kelham PD" not in _people(nlp, text)


def test_he_never_refers_to_a_body_the_ner_missed() -> None:
    """ "Dunmore PD asked drivers ... '...,' he went on": the pronoun is not the police."""
    text = (
        "Dunmore PD asked drivers to stay away from the flooded road.\n\n"
        "'Our officers are ready for a long night,' he went on."
    )
    assert speakers(text)[0][1] is None


def test_a_missed_name_after_an_article_is_a_description(nlp: Language) -> None:
    """'"...," the Good Neighbour said': a name takes no article, so no person is added."""
    text = (
        "A man pulled two children from the river. "
        "'I just did what anyone would do,' the Good Neighbour said."
    )
    assert speakers(text)[0][1] is None
    assert _people(nlp, text) == []
