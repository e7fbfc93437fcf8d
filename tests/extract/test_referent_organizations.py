"""Organizations that spokesmen, statements and nouns like "the council" refer to."""

from __future__ import annotations

import pytest

from generator.extract import load_nlp
from generator.extract.entities import ORG, Entity, Mention, extract_entities
from generator.extract.quotes import attribute, find_quotes
from tests.extract.test_quotes import speakers


def test_the_spokesman_is_the_earlier_spokesman_for_an_organization() -> None:
    """'A spokesman for X said ... "...," the spokesman said': X speaks."""
    text = (
        "A spokesman for the Varden Rail Authority said the line would reopen in May.\n\n"
        "'We have checked every bridge on the route twice,' the spokesman said."
    )
    assert speakers(text) == [
        ("We have checked every bridge on the route twice", "Varden Rail Authority")
    ]


def test_the_spokesman_of_a_person_is_nobody() -> None:
    """'A spokesman for Mr X said ... the spokesman said': a person's spokesman is not X."""
    text = (
        "A spokesman for Mr Tobin Greaves said the claims were false.\n\n"
        "'He has never owned a boat in his life,' the spokesman said."
    )
    assert speakers(text)[0][1] is None


def test_the_statement_is_the_one_an_organization_issued() -> None:
    """'X put out a statement ... a person ... "...," the statement added': X speaks."""
    text = (
        "Late last night Pellworth Water put out a short statement about the brown taps.\n\n"
        "Dana Whitlow, a baker near the quay, keeps boiling every kettle she fills.\n\n"
        "'Each valve in the valley was inspected before dawn,' the statement added."
    )
    assert speakers(text)[0][1] == "Pellworth Water"


def test_in_a_statement_the_subject_issued_it() -> None:
    """'In a statement, X condemned ... "...," the statement read': X speaks."""
    text = (
        "In a statement, Corvane Media rejected the senator's jibe at its weather presenter.\n\n"
        "Senator Hal Brisket had mocked her forecasts at a fair in Dunmore.\n\n"
        "'Our presenter reads the sky better than any politician,' the statement read."
    )
    assert speakers(text)[0][1] == "Corvane Media"


def test_a_bare_spokesman_speaks_for_the_organization_just_before() -> None:
    """'X said ... "...," a spokesperson said': the organization that was the subject."""
    text = (
        "Holbrook Stores said the worker had been dismissed after an inquiry.\n\n"
        "'We do not tolerate abuse of any kind in our shops,' a spokesperson said."
    )
    assert speakers(text)[0][1] == "Holbrook Stores"


def test_a_capitalised_word_before_spokesman_names_an_organization() -> None:
    """'A Government spokesman said': the Government, which the NER left out."""
    text = (
        "Tenants in Norport marched on Saturday over rising rents.\n\n"
        "Asked about the march, a Government spokesman said: 'Renters will hear from us soon.'"
    )
    assert speakers(text)[0][1] == "Government"


def test_a_council_spokesman_is_the_council_named_before() -> None:
    """'Kelby District Council says ... Neighbours ... A council spokesman said': the council."""
    text = (
        "Kelby District Council says its planners approved the bakery's chimney in June.\n\n"
        "Neighbours on Mill Row dispute that.\n\n"
        "A council spokesman said: 'Every form was signed on time.'"
    )
    assert speakers(text)[0][1] == "Kelby District Council"


def test_a_thing_of_an_organization_as_subject_is_not_it() -> None:
    """'A Tarnwell Trust survey showed ... the organisation said': not the trust."""
    # 'A Tarnwell Trust survey showed ... a spokeswoman for the organisation said': the trust only
    # qualified the subject.
    text = (
        "A Tarnwell Trust survey in 2021 showed few cyclists knew the new lane rules.\n\n"
        "Riding clubs have since added a short quiz to their safety evenings.\n\n"
        "Then a spokeswoman for the organisation said: 'Our riders learn fast.'"
    )
    assert speakers(text)[0][1] is None


def test_a_parenthetical_it_skips_the_clause_it_reports() -> None:
    """'X studied ... The think-tank wants ... would "...", it claims, and ...': X."""
    text = (
        "Harlow Ridge Institute studied island ferry fares over the winter.\n\n"
        "The think-tank wants one ticket to cover every crossing in the bay.\n\n"
        "Such a ticket would 'end the muddle at the pier', it claims, and cut queues."
    )
    assert speakers(text)[0][1] == "Harlow Ridge Institute"


def test_the_company_after_a_short_name_no_entity_owns() -> None:
    """'Acme described ... the company said', Acme missed by the entities: the body it shortens."""
    # 'In a statement, Acme described ... the company said', with 'Acme' left out by the entities.
    text = (
        "Zanthor Rides Inc drivers protested in three cities on Sunday.\n\n"
        "In a statement, Zanthor described the attack as horrific.\n\n"
        "'We stand ready to help the police with their inquiries,' the company said."
    )
    doc = load_nlp()(text)
    entities = [e for e in extract_entities(doc) if e.name != "Zanthor"]
    quotes = find_quotes(text)
    attribute(doc, quotes, entities)
    speaker = quotes[-1].speaker
    assert speaker is not None and speaker.name == "Zanthor Rides Inc"


def test_the_capitalised_name_after_the_is_an_organization() -> None:
    """'The Government said: ...': the Government speaks, though no entity names it."""
    text = (
        "Retired lifeboat crews have asked for a rise in their pensions.\n\n"
        "The Government said: 'We are weighing their request carefully.'"
    )
    assert speakers(text)[0][1] == "Government"


def test_they_after_an_organization_is_that_organization() -> None:
    """'Kelby Council claimed ... They added: ...': the council speaks."""
    text = (
        "Kelby Borough Council claimed that its offices were only a fifth full.\n\n"
        "They added: 'We will review the space we need in the autumn.'"
    )
    assert speakers(text)[0][1] == "Kelby Borough Council"


def test_they_after_people_is_nobody() -> None:
    """'Local officials said ... They added: ...': no one the story names."""
    text = (
        "Officials in Kelby said the offices were only a fifth full.\n\n"
        "They added: 'We will review the space we need in the autumn.'"
    )
    assert speakers(text)[0][1] is None


def test_the_organization_noun_after_a_report_is_its_writer() -> None:
    """'The think-tank' after 'A report from X' is the report's writer, not a body it spoke of."""
    # 'A report from X ... the Y Board ... the report says ... The think-tank wants ... it claims'.
    text = (
        "A report from Harlow Ridge Institute looks at the island ferries.\n\n"
        "Under its plan the Tarn Ferry Board would lose the power to set fares.\n\n"
        "'Islanders pay far too much to cross the bay,' the report says.\n\n"
        "The think-tank wants the county to set fares instead.\n\n"
        "One county fare would 'end the muddle at the pier', it claims."
    )
    assert speakers(text)[-1] == ("end the muddle at the pier", "Harlow Ridge Institute")


def test_an_acronym_read_as_an_adjective_before_spokesman() -> None:
    """'A KHB spokeswoman said', the acronym read as an adjective: the organization it names."""
    # The model reads some acronyms as adjectives.
    text = (
        "Buoys fitted with sonar will be anchored off Norport in the autumn.\n\n"
        "A KHB spokeswoman said: 'Sailors will see the sandbanks move week by week.'"
    )
    doc = load_nlp()(text)
    acronym = next(t for t in doc if t.text == "KHB")
    acronym.pos_, acronym.tag_, acronym.dep_ = "ADJ", "JJ", "amod"
    quotes = find_quotes(text)
    attribute(doc, quotes, extract_entities(doc))
    speaker = quotes[0].speaker
    assert speaker is not None and speaker.name == "KHB"


def test_a_capitalised_noun_for_a_person_after_the_is_no_organization() -> None:
    """'The Adjudicator said: ...' with none named: nobody, not an organization 'Adjudicator'."""
    text = (
        "The inquest into the crash opened in Port Selby on Monday.\n\n"
        "The Adjudicator said: 'The driver could not have seen the cyclist in the fog.'"
    )
    assert speakers(text)[0][1] is None


@pytest.mark.parametrize(
    "text",
    [
        "'The plan is dead in the water,' is how one senior Brackenite puts it.",
        "'The plan is dead in the water,' a Brackenite said.",
    ],
)
def test_one_member_named_by_the_party_is_not_the_party(text: str) -> None:
    """'a Brackenite said', an alias of the Bracken Party: a party member, not the party."""
    # Also 'as one senior Brackenite puts it'.
    assert _speaker_with_party(text, "Brackenite") is None


def test_it_after_a_name_no_entity_owns_after_the() -> None:
    """'The Hale Housing Trust said ... It said', the trust missed by the entities: the trust."""
    text = (
        "The Hale Housing Trust said the new homes were ready.\n\n"
        "It said: 'Families can move in from the first week of May.'"
    )
    doc = load_nlp()(text)
    entities = [e for e in extract_entities(doc) if "Trust" not in e.name]
    quotes = find_quotes(text)
    attribute(doc, quotes, entities)
    speaker = quotes[0].speaker
    assert speaker is not None and speaker.name == "Hale Housing Trust"


def test_the_spokesman_of_a_party_leader_is_not_the_party() -> None:
    """'..., said a spokeswoman for the one-time Bracken leader': the leader's, not the party's."""
    text = (
        "'Not one penny reached her account,' said a spokeswoman for the one-time Bracken leader."
    )
    assert _speaker_with_party(text, "Bracken") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bracken diplomats said the talks 'went nowhere at all'.", None),
        (
            "The Bracken committee condemned the plan, calling it 'money thrown away'.",
            "Bracken committee",
        ),
    ],
)
def test_people_or_a_body_an_organization_qualifies_are_not_it(
    text: str, expected: str | None
) -> None:
    """'Bracken diplomats said', 'the Bracken committee condemned': never the party."""
    # People of the party, who stay unnamed, or a body its name qualifies, which speaks as itself.
    speaker = _speaker_with_party(text, "Bracken")
    assert (speaker.name if speaker else None) == expected


def _speaker_with_party(text: str, word: str) -> Entity | None:
    """The first quote's speaker when the one entity is a party the word names, as the
    model reads some parties' names and their members'."""
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    span = doc[token.i : token.i + 1]
    party = Entity(ORG, "Bracken Party", [Mention(span, ORG, word, "Bracken Party")])
    quotes = find_quotes(text)
    attribute(doc, quotes, [party])
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "According to the Selby Tenants Union, residents have complained about the repairs "
            "for months.\n\n'We want safe homes for everyone on the estate,' the group says.",
            "Selby Tenants Union",
        ),
        (
            "According to Brindle Foods Ltd, the shifts changed in May.\n\n"
            "'We are talking to every worker,' the company said.",
            "Brindle Foods Ltd",
        ),
    ],
)
def test_according_to_names_who_speaks_in_its_sentence(text: str, body: str) -> None:
    """ "According to X, ...": X is who "the group" or "the company" after it refers to."""
    assert speakers(text)[0][1] == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Engineers at the Upland Flood Office mapped the river overnight.\n\n"
            "'Three bridges stay shut until the water drops,' the flood office in Norport "
            "wrote on its website.",
            "Upland Flood Office",
        ),
        (
            "Members of the Tarn Society of Boatmen met the harbour board in March.\n\n"
            "While letting the board set the opening hours, the society said: 'No crew at "
            "sea may ever be turned away.'",
            "Tarn Society of Boatmen",
        ),
        (
            "Ferry operators were told of the change by the Selby Licensing Commission on "
            "Monday. The plan was first drawn up when the New Selby Licensing Commission met "
            "in 2019.\n\nThe commission said: 'Every operator will need to follow the new "
            "guidance.'",
            "Selby Licensing Commission",
        ),
    ],
)
def test_a_body_noun_refers_back_to_the_body_whose_name_holds_it(text: str, body: str) -> None:
    """ "the flood office", "the society": the one body named before whose name holds the noun."""
    # Also "the commission"; the noun's own noun modifiers count too, and a longer form of the same
    # name is it.
    assert speakers(text)[0][1] == body


def test_a_body_noun_after_two_bodies_as_one_subject_is_no_one() -> None:
    """A body noun after two bodies as one subject is no one: either could be meant."""
    # "The Upland Flood Office and the Lowland Flood Office each ... the flood office said".
    text = (
        "Alerts went out from the Upland Flood Office and the Lowland Flood Office alike.\n\n"
        "'Keep well back from the river banks,' the flood office said."
    )
    assert speakers(text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Staff set up the group Fair Pay Now in March. Tomas Ravel, a driver, joined at "
            "once.\n\n'We want equal pay for equal work,' the group says.",
            "Fair Pay Now",
        ),
        (
            "The navy has signed a contract with Corvane, a small aerospace company that "
            "builds quiet jets.\n\n'The design is ready,' said navy spokesman Tomas Ravel.\n\n"
            "'Our jets will cut flight times in half,' the company said.",
            "Corvane",
        ),
    ],
)
def test_a_body_noun_finds_the_body_it_titled(text: str, body: str) -> None:
    """ "the group" after "the group Fair Pay Now": no name holds the noun, but it titled a body."""
    # Also "the company" after "Corvane, a ... company".
    assert speakers(text)[-1][1] == body


def test_a_name_holding_the_noun_goes_before_one_of_its_kind() -> None:
    """ "the university" after a university and an academy: the university."""
    text = (
        "Selby University and the Marlow Academy of Music both run summer courses. Tomas "
        "Ravel teaches at one of them.\n\n'Every place is taken,' the university said."
    )
    assert speakers(text)[0][1] == "Selby University"


def test_a_main_subject_nearby_goes_before_a_body_titled_by_the_noun() -> None:
    """ "the company said": the body the story was just about, not the one the noun once titled."""
    # "shipping company Selby Cargo ... Brindle Foods Ltd said ... the company said".
    text = (
        "That matters, said Dana Whitlow, founder of shipping company Selby Cargo.\n\n"
        "Brindle Foods Ltd said on Thursday that its permit had been withdrawn.\n\n"
        "But the company seemed sure it would get it back. 'We expect this to be fixed soon,' "
        "the company said."
    )
    assert speakers(text)[-1][1] == "Brindle Foods Ltd"


def test_a_body_noun_after_two_bodies_it_described_is_no_one() -> None:
    """ "Corvane, a jet company, and Brindle, a rival company ... the company said": either."""
    text = (
        "The navy talked to Corvane, a jet company, and later to Brindle, a rival company.\n\n"
        "'Our jets will cut flight times in half,' the company said."
    )
    assert speakers(text)[-1][1] is None


def test_a_name_the_text_also_counts_is_no_organization() -> None:
    """'Two EMTs arrived ... the EMT said': one of a kind of people, not a body."""
    text = (
        "Two EMTs arrived at the harbour in Port Selby.\n\n"
        "'He was cold but breathing,' the EMT said."
    )
    assert [name for _, name in speakers(text)] == [None]


def test_a_seat_named_as_a_place_speaks_as_a_body() -> None:
    """ "A Quillon Street spokeswoman said", the seat typed as a place: the seat speaks."""
    text = (
        "Talks on the harbour deal went on late into the night.\n\n"
        "The plan was drawn up in Port Selby last year.\n\n"
        "A Quillon Street spokeswoman said: 'Nothing has been decided yet.'"
    )
    assert speakers(text)[-1][1] == "Quillon Street"


def test_of_two_councils_the_council_is_the_one_named_last() -> None:
    """'the council said' after two councils: the one the story named last, not nobody."""
    text = (
        "Marrow Vale Council opened a new library in March.\n\n"
        "Six months later, the Tarnwick Borough Council closed two of its own.\n\n"
        "Ada Quenby, who ran its reading club, said she was given a week's notice.\n\n"
        "'We could not keep every building open on this budget,' the council said."
    )
    assert speakers(text)[0][1] == "Tarnwick Borough Council"


def test_two_councils_in_one_sentence_leave_the_council_unknown() -> None:
    """'X Council and Y Council ... the council said': either may speak, so nobody."""
    text = (
        "Marrow Vale Council and Tarnwick Borough Council share a bin contract.\n\n"
        "'The lorries will run on Tuesdays from now on,' the council said."
    )
    assert speakers(text)[0][1] is None


def test_a_part_of_a_university_is_not_the_university() -> None:
    """'the university said' after a law school of Selby University: Selby University speaks."""
    # After Hale University and the Selby University law school: the law school is a part, so Selby
    # University, named in full, speaks.
    text = (
        "Hale University cut its fees in the spring.\n\n"
        "Selby University kept its fees as they were.\n\n"
        "Staff at the Selby University law school wrote to the dean in protest.\n\n"
        "Orla Benn, who teaches there, said the letter had two hundred names on it.\n\n"
        "'Our fees pay for the teaching our students expect,' the university said."
    )
    assert speakers(text)[0][1] == "Selby University"


def test_the_force_is_the_police_body_named_before() -> None:
    """'a spokesman for the force said' after 'Kelby Police': the police body speaks."""
    text = (
        "Kelby Police were called to a bakery on Mill Lane after a van hit its window.\n\n"
        "Nobody was hurt, said Ivo Penn, who owns the shop.\n\n"
        "A spokesman for the force said: 'The driver stopped and is helping officers.'"
    )
    assert speakers(text)[0][1] == "Kelby Police"


def test_the_force_said_is_the_constabulary() -> None:
    """'the force said' after 'Dunmore Constabulary': the constabulary speaks."""
    text = (
        "Dunmore Constabulary has opened an inquiry into a stolen tractor.\n\n"
        "Farmer Bea Lorrimer, 61, said it had been taken from her yard overnight.\n\n"
        "'We are asking anyone with a dashcam to get in touch,' the force said."
    )
    assert speakers(text)[0][1] == "Dunmore Constabulary"


def test_the_force_between_two_police_bodies_named_together_is_nobody() -> None:
    """Two police bodies named in one sentence, then 'the force said': either may speak."""
    text = (
        "Ida Moss was found by Kelby Police on land that Tarnwick Constabulary had searched.\n\n"
        "'We have two helicopters in the air,' the force said."
    )
    assert speakers(text)[0][1] is None


def test_the_firm_is_the_company_the_sentence_described() -> None:
    """'the firm' is the one the sentence called a company, not its subject."""
    # 'X hired Y, a small engineering company, ..., according to the firm's leaflet': the firm is Y,
    # not X.
    text = (
        "The Kelby Rail Trust has hired Brinmoor, a small engineering company that makes "
        "engines 'quieter than a kettle on the boil', according to the firm's leaflet.\n\n"
        "The trust hopes to run its first quiet train in the spring."
    )
    assert speakers(text) == [("quieter than a kettle on the boil", "Brinmoor")]


def test_the_firm_is_the_one_body_the_story_called_a_company() -> None:
    """'Y, a small engineering company, ...' then, after a person, 'the firm said': Y."""
    text = (
        "Brinmoor Engines Ltd, a small engineering company, built the Kelby line's engine.\n\n"
        "Driver Col Haskett, 58, said he could hear the birds from his cab for the first time.\n\n"
        "'We tested it on the hill for a month before we were happy,' the firm said."
    )
    assert speakers(text)[0][1] == "Brinmoor Engines Ltd"


def test_a_source_of_a_body_is_someone_unnamed_not_the_body() -> None:
    """ "a Tarland source told" is someone unnamed, not Tarland; "an Acme spokesman" is Acme."""
    # "a Tarland source told the radio station": one of Tarland's people whom the story does not
    # name.
    text = (
        "Tarland Radio reported the closure on Monday. 'They knew for months,' a Tarland "
        "source told the radio station. 'We regret it,' an Acme spokesman said."
    )
    assert speakers(text) == [("They knew for months", None), ("We regret it", "Acme")]
