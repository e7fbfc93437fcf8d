"""Whom "he", "she" and "the company" refer back to when the words before name no one plainly."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_chairman_may_be_a_woman() -> None:
    """'Chairman' in a woman's role does not make 'she' refer past her."""
    text = (
        "Plans to appoint Mr Prade met stiff resistance from Liberal councillors.\n\n"
        "Dana Whitlow, Liberal chairman of the harbour board, told reporters: "
        "'We need someone who knows the sea, not a salesman.'\n\n"
        "Calling his likely hiring 'a mistake', she added: "
        "'Would you hire him? I would not.'"
    )
    assert speakers(text)[-1] == ("Would you hire him? I would not.", "Dana Whitlow")


def test_a_title_after_a_name_keeps_the_person() -> None:
    """'Judge Colin Farrow QC granted ... He said': the name the title closes is "he"."""
    text = (
        "Judge Colin Farrow QC granted the family's request to keep the boy's name private.\n\n"
        "He said: 'Naming him would do no good to anyone.'"
    )
    assert speakers(text) == [("Naming him would do no good to anyone.", "Colin Farrow")]


def test_the_agent_of_a_passive_verb_of_saying_is_he() -> None:
    """'The same point was echoed by Owen Marsh ... he said': Marsh, not someone before."""
    text = (
        "Judge Colin Farrow QC granted the family's request to keep the boy's name private.\n\n"
        "The same point was echoed on Tuesday by Owen Marsh, who heads the Selby Trust.\n\n"
        "'We thank everyone who helped the family,' he said."
    )
    assert speakers(text)[-1][1] == "Owen Marsh"


def test_a_pronoun_after_a_spokeswoman_for_a_body_is_the_body() -> None:
    """'A spokeswoman for X said ... She added': X goes on speaking."""
    text = (
        "A spokeswoman for the Harbour Watch Trust said the plan was 'a basic mistake'. "
        "She added: 'Nobody should lose a road without a hearing.'"
    )
    assert speakers(text)[-1] == (
        "Nobody should lose a road without a hearing.",
        "Harbour Watch Trust",
    )


def test_a_pronoun_after_a_persons_spokesman_is_nobody() -> None:
    """'A spokesman for Mr X declined ... He added': neither X nor anyone else."""
    text = (
        "Councils may soon be able to shut lanes at an hour's notice.\n\n"
        "A spokesman for Mr Dorian Vale declined to discuss the leaked paper. "
        "He added: 'Mr Vale will study it over the weekend.'"
    )
    assert speakers(text)[-1] == ("Mr Vale will study it over the weekend.", None)


def test_the_company_after_a_spokesperson_is_the_body_spoken_for() -> None:
    """'A spokesperson for X wrote ... The company now insists': X, not a body named before."""
    text = (
        "The Green Tide Alliance wants the depot closed before the winter.\n\n"
        "A spokesperson for Marlow Freight Ltd wrote to drivers about a brake fault "
        "in May.\n\n"
        "The company now insists it is 'testing the brakes on every lorry'."
    )
    assert speakers(text)[-1] == ("testing the brakes on every lorry", "Marlow Freight Ltd")


def test_a_pronoun_after_the_spokesman_named_before_is_that_person() -> None:
    """'Jo Ames, the party's spokesman, ... The party spokesman ... he said': Ames."""
    text = (
        "Colin Dreyer, the Liberal transport spokesman, attacked the plan on Monday.\n\n"
        "The Liberal spokesman also criticised the timing of the vote. "
        "'It is a shambles from start to finish,' he said."
    )
    assert speakers(text)[-1] == ("It is a shambles from start to finish", "Colin Dreyer")


def test_a_paragraph_the_parse_ran_in_names_who_he_is() -> None:
    """'He said: ... / Owen Tate, 61, paid for a crossing, only to learn ... / He said': Tate."""
    text = (
        "Ferry crossings were cancelled on Friday.\n\n"
        "Dale Hurst, 44, reached the quay at Kelby to find the office shut. "
        "He said: 'Nobody told us anything.'\n\n"
        "Owen Tate, a 61-year-old baker from Selby, paid for the noon crossing, only to "
        "learn it had been cancelled.\n\n"
        "He said: 'I lost a day of trade. I want my money back.'"
    )
    assert speakers(text)[-1] == ("I lost a day of trade. I want my money back.", "Owen Tate")


def test_a_pronoun_the_sentence_repeats_after_its_one_name() -> None:
    """'started by Mara Quill, who ..., out of what she hears' then 'she said': Quill."""
    # Though the parse gives her name no subject's place.
    text = (
        "A row over the ferry timetable reached the harbour board on Monday.\n\n"
        "The petition was started by cafe owner Mara Quill, who sells tea at the slipway, "
        "and grew out of what she hears from islanders every morning.\n\n"
        "'Nobody on the island was ever asked,' she said."
    )
    assert speakers(text)[-1] == ("Nobody on the island was ever asked", "Mara Quill")


def test_a_repeated_pronoun_before_the_name_is_someone_else() -> None:
    """'She asked Mara Quill whether she ...': "she" opens the sentence, so it is not Quill."""
    text = (
        "A row over the ferry timetable reached the harbour board on Monday.\n\n"
        "She asked cafe owner Mara Quill whether she would sign the petition.\n\n"
        "'Nobody on the island was ever asked,' she said."
    )
    assert speakers(text)[-1][1] != "Mara Quill"


def test_a_repeated_pronoun_with_two_people_named_gives_no_one() -> None:
    """Two people before the repeated "he": no telling which one he is."""
    text = (
        "A row over the ferry timetable reached the harbour board on Monday.\n\n"
        "The petition was started by Tom Ware and Owen Prade, out of what he hears from "
        "islanders every morning.\n\n"
        "'Nobody on the island was ever asked,' he said."
    )
    assert speakers(text)[-1][1] is None


def test_an_office_read_past_stops_the_pronoun() -> None:
    """'after the mayor lost a vote' before 'she said': the mayor may be "she", so no speaker."""
    # The Governor named a sentence before would be a guess.
    text = (
        "Governor Ada Pell has run the Kelby province since 2011.\n\n"
        "The Governor wrote to Ann Lee last spring about the bridge tolls.\n\n"
        "Tolls rose anyway, after the mayor lost a vote on the plan.\n\n"
        "'We were left to explain it at every market stall,' she said."
    )
    assert speakers(text)[-1][1] is None


def test_an_office_of_the_other_sex_does_not_stop_the_pronoun() -> None:
    """'after the duke lost a vote' is no "she": the Governor before goes on."""
    text = (
        "Governor Ada Pell has run the Kelby province since 2011.\n\n"
        "The Governor wrote to Ann Lee last spring about the bridge tolls.\n\n"
        "Tolls rose anyway, after the duke lost a vote on the plan.\n\n"
        "'We were left to explain it at every market stall,' she said."
    )
    assert speakers(text)[-1][1] == "Ada Pell"


def test_an_office_read_past_names_the_holder_named_before() -> None:
    """'though the mayor won back ...' before 'she said': the mayor the text named is "she"."""
    text = (
        "Ines Carrow, the mayor of Tollby, spent the spring fighting the county over buses.\n\n"
        "The county cut two of the routes, though the mayor won back the night service.\n\n"
        "'We only asked for buses that people actually use,' she said."
    )
    assert speakers(text)[-1] == ("We only asked for buses that people actually use", "Ines Carrow")


def test_a_male_office_read_past_names_its_holder_for_he() -> None:
    """'though the president won over ...' before 'he said': the president named before."""
    text = (
        "Karl Osei, the president of the Tollby chess league, has pushed for a second hall.\n\n"
        "The league voted against the idea in March, though the president won over the juniors.\n\n"
        "'The juniors need somewhere quiet to play,' he said."
    )
    assert speakers(text)[-1] == ("The juniors need somewhere quiet to play", "Karl Osei")


def test_a_subject_of_two_people_is_not_she_unless_only_one_fits() -> None:
    """'Joe Kerr and Sam Penn lead the poll ... she said': no speaker rather than Kerr."""
    # Two people of unknown sex are no one "she" plainly is.
    text = (
        "Sue Vell, 64, will not defend her title in the Kelby regatta this summer.\n\n"
        "Joe Kerr and Sam Penn lead the poll for the chair in her absence.\n\n"
        "'My knees cannot take another season on the water,' she said."
    )
    assert speakers(text)[-1] == ("My knees cannot take another season on the water", None)


def test_a_subject_of_two_people_is_the_one_she_can_be() -> None:
    """'Mr Tom Ames and Ann Lee met the board ... she said': of the two, only Ann Lee."""
    text = (
        "Mr Tom Ames and Ann Lee met the board of the Kelby harbour trust on Monday.\n\n"
        "'We were not told why,' she said."
    )
    assert speakers(text)[-1] == ("We were not told why", "Ann Lee")
