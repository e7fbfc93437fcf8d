"""Speakers read from context: earlier sentences, writings, spokesmen and descriptions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import load_nlp
from generator.extract.antecedents import Context
from generator.extract.entities import ORG, Entity
from generator.extract.lexicon import lexicon
from generator.extract.speaker_names import short_organization
from tests.extract.test_quotes import speakers


def test_continuation_after_a_paragraph_the_parse_ran_into() -> None:
    """A quote after "X said." in the same paragraph is X's, however the parse split it."""
    text = (
        "The council met on Tuesday to vote on the bridge.\n\n"
        "'It is the wrong plan for the town,' Dr Ruth Calder said. "
        "'Nobody asked the people who live by the river.'"
    )
    assert speakers(text) == [
        ("It is the wrong plan for the town", "Ruth Calder"),
        ("Nobody asked the people who live by the river.", "Ruth Calder"),
    ]


def test_an_abbreviation_does_not_end_the_speaker() -> None:
    """'"...," Tom Ridley said in Dover, Del., on Monday. "..."': both quotes are his."""
    text = (
        '"This county is ours to lose," Senator Tom Ridley said in Dover, Del., '
        'on Tuesday. "Every poll we run says so."'
    )
    assert [name for _, name in speakers(text)] == ["Tom Ridley", "Tom Ridley"]


def test_someone_else_between_stops_the_continuation() -> None:
    """A person the NER missed as a subject between two quotes stops the first speaker."""
    text = (
        '"The shop will stay open," Ian Brandt said on Friday. Okonkwo did not agree. '
        '"We cannot pay the rent for another year."'
    )
    assert speakers(text)[-1] == ("We cannot pay the rent for another year.", None)


def test_the_main_clause_verb_reports_the_next_paragraph() -> None:
    """'A said B asked why ...' then a quote paragraph: A speaks, not B."""
    text = (
        "Jane Roe said Mark Hollis asked her why the shop was closed.\n\n"
        "'I told him the truth and he understood it at once.'"
    )
    assert speakers(text) == [("I told him the truth and he understood it at once.", "Jane Roe")]


def test_an_organization_spokesman_written_before_the_noun() -> None:
    """'A Brindle Foods spokesman said' gives the quote to Brindle Foods."""
    text = (
        "Brindle Foods cut 300 jobs at its plant in Leeds on Monday.\n\n"
        "A Brindle Foods spokesman said: 'We regret the loss of every one of these jobs.'"
    )
    assert speakers(text)[0][1] == "Brindle Foods"


def test_a_person_in_the_subject_beats_the_company_before_him() -> None:
    """'Acme Vans International, a rental company, company spokesman Jo Platt told ...'."""
    text = (
        "Rentals have 'risen sharply over the summer months' for Acme Vans International, "
        "a rental company, company spokesman Jo Platt told reporters."
    )
    assert speakers(text) == [("risen sharply over the summer months", "Jo Platt")]


def test_the_report_speaks_for_its_author() -> None:
    """'a report by X ... the report said': X wrote it, so X is the speaker."""
    text = (
        "The Halden Institute has put out a long report on the bridge toll.\n\n"
        "'Commuters pay for a road they barely drive on,' the report said."
    )
    assert speakers(text)[0][1] == "Halden Institute"


def test_a_report_with_no_author_named_has_no_speaker() -> None:
    """'the report said' with no writer named anywhere gives None, not the person before."""
    text = (
        "Ann Lee has led the school for ten years.\n\n"
        "'Standards have fallen in every year since the merger,' the report said."
    )
    assert speakers(text)[0][1] is None


def test_an_undescribed_role_noun_is_the_person_just_before() -> None:
    """'the soft-spoken professor said' with no professor's role stated: the subject before."""
    text = (
        "Martin Oyelaran has spent a decade studying river floods in the north.\n\n"
        "'Most towns build on the wrong side of the bank,' the soft-spoken professor said."
    )
    assert speakers(text)[0][1] == "Martin Oyelaran"


def test_an_aside_set_off_by_a_dash_is_the_subjects() -> None:
    """'He quit the grammar school at 15 -- 'numbers never ...'': the subject's own words."""
    text = (
        "Owen Pryce has kept the Norport bakery going for forty years.\n\n"
        "He quit the grammar school at 15 \u2014 \u2018numbers never made sense to me, "
        "nor did spelling\u2019."
    )
    assert speakers(text)[0][1] == "Owen Pryce"


def test_a_stray_pronoun_goes_to_the_protagonist_of_a_profile() -> None:
    """In a profile of one man, 'he says' with no subject to read back to is that man."""
    text = (
        "Mr Walter Rusk is 93 and still teaches boxing.\n\n"
        "Mr Rusk said he trains every morning. Rusk said he never misses a day.\n\n"
        "Walter Rusk laughs when asked about retiring.\n\n"
        "We sat in the kitchen while the rain came down on the yard outside.\n\n"
        "The tea had gone cold long before the interview was over.\n\n"
        "A dog barked somewhere down the lane and then it was quiet again.\n\n"
        "\u2018I will stop when my legs stop,\u2019 he says."
    )
    assert speakers(text)[0][1] == "Walter Rusk"


def test_a_short_form_of_an_organization_is_that_organization() -> None:
    """'the Courier wrote' with the 'Riverton Daily Courier' known is that paper, now a mention."""
    doc = load_nlp()("The mill had been empty for years, the Courier wrote on Sunday.")
    courier = next(t for t in doc if t.text == "Courier")
    paper = Entity(ORG, "Riverton Daily Courier")
    owners: dict[int, Entity] = {}
    other = Entity(ORG, "Courier Group Holdings")
    assert short_organization(courier, owners, [paper, other]) is None  # which one is unclear
    assert short_organization(courier, owners, [paper]) is paper
    assert owners[courier.i] is paper and paper.aliases == ["Courier"]


def test_a_clause_before_a_colon_introduces_the_quote() -> None:
    """'X, the town's surgeon, puts it more starkly: "..."' gives the quote to X."""
    text = (
        "Every ward in the valley has a waiting list.\n\n"
        'Ann Okafor, the only surgeon in the valley, puts it more starkly: "Once the new '
        'scanners arrive, we will find damage that nobody has ever looked for."'
    )
    assert speakers(text)[0][1] == "Ann Okafor"


def test_a_lone_name_with_a_person_appositive_is_a_speaker() -> None:
    """'Tala, a farmer from the hills, said' names a person though the NER missed her."""
    text = (
        "The river burst its banks on Sunday night.\n\n"
        "Tala, a farmer from the hills, said: \u201cI ran and did not look back at the house.\u201d"
    )
    assert speakers(text)[0][1] == "Tala"


def test_the_same_pronoun_before_a_report_carries_the_person_across_it() -> None:
    """The same "he" before a report of critics carries Whitlow across it, with no sex stated."""
    # "Whitlow's budget ... 'Q?' he asked. Critics predicted ... 'Q,' he said": "he" went on before
    # the critics were read past.
    text = (
        "Dana Whitlow's budget included cuts to every library in the county. "
        "'Who still borrows a book these days?' he wondered on the radio in March.\n\n"
        "Critics predicted the plan would fail within a year.\n\n"
        "'Shutting them this year saves the county a fortune,' he said."
    )
    assert speakers(text)[-1] == (
        "Shutting them this year saves the county a fortune",
        "Dana Whitlow",
    )


def test_a_speaker_whose_verb_the_parser_embedded_is_the_pronouns_person() -> None:
    """ "Pryce, Whitlow's lawyer, said he thought ... '...,' he said": Pryce."""
    # Though the parser hangs his "said" under the second one.
    text = (
        "Officer Dana Whitlow was charged on Monday.\n\n"
        "Owen Pryce, Whitlow's lawyer, for his part, said he thought the charge had been brought "
        "for show, since 'not one witness saw my client near the harbour that night,' he said."
    )
    assert speakers(text)[0][1] == "Owen Pryce"


def test_a_missed_person_found_speaking_owns_the_name_from_then_on(nlp: Language) -> None:
    """A name the NER missed, once found speaking, is found again by later references."""
    doc = nlp(
        "The river burst its banks on Sunday night. "
        "Tala, a farmer from the hills, said the water came fast."
    )
    context = Context(doc, [], [], lexicon())
    name = next(token for token in doc if token.text == "Tala")
    found = context.missed_person(name)
    assert found is not None and found.name == "Tala"
    assert context.entity_in([name]) is found


def test_a_description_after_a_pronoun_is_whom_the_pronoun_is() -> None:
    """ "X left ... He says ... '...,' the undergraduate said": X, as "he" is X."""
    text = (
        "Tomas Ravel left the campus in January. He says the halls were empty by then.\n\n"
        "'Nobody stayed behind,' the undergraduate said."
    )
    assert speakers(text) == [("Nobody stayed behind", "Tomas Ravel")]


@pytest.mark.parametrize(
    "text",
    [
        # the other sex
        "Tomas Ravel met Dana Whitlow at the ground. He says the club has never been "
        "stronger.\n\n'We can win the league this year,' the actress said.",
        # an office no role stated for the pronoun's person holds
        "Tomas Ravel met the board in March. He says the club has never been stronger.\n\n"
        "'We can win the league this year,' the chairman said.",
    ],
)
def test_a_description_after_a_pronoun_that_cannot_be_its_person_is_no_one(text: str) -> None:
    """ "He says ... the actress said", "He says ... the chairman said" (no role stated)."""
    assert speakers(text)[0][1] is None


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Ravel asks the soldier to stop.\n\n'I will not,' the soldier replies.",
        "Tomas Ravel was hurt in the arm.\n\n'It was a joke,' the second victim said.",
    ],
)
def test_a_description_set_apart_from_the_subject_before_is_no_one(text: str) -> None:
    """ "X asks the soldier ... the soldier replies", "the second victim": not X."""
    assert speakers(text)[0][1] is None


@pytest.mark.parametrize(
    "text",
    [
        # a description that says something, with an infinitive after the verb
        "Dana Whitlow asked the cashier to call the manager.\n\n"
        "'The till has been broken all week,' the cashier continued to insist. "
        "'Nobody here can fix it,' she added.",
        # someone who says something, whom the story has spoken of before
        "Tomas Ravel stopped his van on the quay as cyclists rode past. "
        "The tide was coming in.\n\n"
        "The cyclist on the red bike warns drivers to slow down. "
        "'This road floods every spring,' he says.",
        # a noun of the pronoun's sex
        "Tomas Ravel bought the bakery in Port Selby.\n\n"
        "His sister ran a florist's shop next door. "
        "'He never once baked a loaf,' she said.",
    ],
)
def test_a_pronoun_after_an_unnamed_person_as_subject_is_no_one(text: str) -> None:
    """ "the cashier continued to insist ... she added": the unnamed cashier, not someone named."""
    # She is the cashier, whom no name gives, not the person named before her.
    assert speakers(text)[-1][1] is None


def test_a_relative_of_the_pronouns_person_does_not_stop_the_search() -> None:
    """ "Tomas Ravel ... His father was a fisherman ... he said": "he" is Ravel."""
    # His father is someone Ravel has.
    text = (
        "Tomas Ravel grew up in Port Selby.\n\n"
        "His father was a fisherman. 'I could sail before I could walk,' he said."
    )
    assert [name for _, name in speakers(text)] == ["Tomas Ravel"]


def test_a_new_description_before_a_pronoun_is_an_epithet() -> None:
    """A description used for the first time before "she said" is of the person just named."""
    # "Dana Whitlow, 61, ... The Tarnside grandmother now hopes ... she said": most often so.
    text = (
        "Dana Whitlow, 61, has kept bees on the moor above Port Selby since 1990.\n\n"
        "The hives were nearly lost last winter.\n\n"
        "The Tarnside grandmother now hopes to teach the craft to local pupils.\n\n"
        "'The hives need younger hands than mine,' she said."
    )
    assert [name for _, name in speakers(text)] == ["Dana Whitlow"]
