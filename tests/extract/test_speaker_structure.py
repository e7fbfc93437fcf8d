"""Speakers from the structure around the quote: who a role noun, a second subject or a
verb after the quote may name, and when they name nobody."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.entities import PERSON, Entity, Mention, extract_entities
from generator.extract.lexicon import lexicon
from generator.extract.nlp import load_nlp
from generator.extract.quote_marks import find_quotes
from generator.extract.roles import role_of
from generator.extract.speaker_names import described_as_person
from generator.extract.speakers import Attribution
from tests.extract.test_quotes import speakers


def test_a_capitalised_role_noun_stops_the_pronoun_search() -> None:
    """'the Cardinal will ask ... "...," he will say' is the cardinal's, not the prior subject's."""
    text = (
        "Cardinal Tom Reilly spoke on the radio on Monday. "
        "Archbishop Simon Pike said the war had damaged faith in politics.\n\n"
        "On Friday, the Cardinal is to ask the faithful to pray for peace. "
        '"Peace is worth striving for in every home," he will say.'
    )
    assert speakers(text) == [("Peace is worth striving for in every home", "Tom Reilly")]


def test_a_role_noun_refers_back_not_forward() -> None:
    """'The treasurer said' is nobody the story has named yet, not the treasurer it names after."""
    text = "The treasurer said so again on Monday. Ann Orme, the club treasurer, took over in May."
    doc = load_nlp()(text)
    entities = extract_entities(doc, None)
    for entity in entities:
        entity.role = role_of(entity)
    assert any(e.name == "Ann Orme" and e.role == "club treasurer" for e in entities)
    search = Attribution(doc, find_quotes(doc.text), entities, lexicon())
    assert search.by_role(next(t for t in doc if t.lower_ == "treasurer")) is None


def test_a_deputy_is_not_the_office_itself() -> None:
    """'the prime minister said' is not the deputy prime minister named before."""
    text = (
        "At a supper given by Deputy Prime Minister Hal Brook the talks went on. "
        'According to one guest, the prime minister said: "Give me one more year."'
    )
    assert speakers(text) == [("Give me one more year.", None)]


def test_a_verb_with_its_own_clause_after_a_question_reports_that_clause() -> None:
    """'"...?" The Poll Board says that its lawyers ...': the board did not ask it."""
    text = (
        "Voters in Norport get one line to answer: "
        '"Must the harbour baths close before June?" '
        "The Poll Board says that its lawyers find the wording fair."
    )
    assert speakers(text) == [("Must the harbour baths close before June?", None)]


def test_the_named_one_of_two_subjects_speaks() -> None:
    """'The head of the Norport Law Society, Ina Brack QC cautioned ... "..."': Ina Brack speaks."""
    text = (
        "The toll bill goes to a vote in the spring.\n\n"
        "The head of the Norport Law Society, Ina Brack QC cautioned that families "
        '"out in the far valleys" could lose their say.'
    )
    assert speakers(text) == [("out in the far valleys", "Ina Brack")]


def test_a_role_noun_with_a_named_appositive_is_that_person() -> None:
    """'The one-time Head of the Squadron, Commodore Ada Voss, said: "..."' is Ada Voss's."""
    text = (
        "Old hands at the dockyard grumbled over the scheme. "
        "The one-time Head of the Harbour Squadron, Commodore Ada Voss, said: "
        "'No crew of mine would sail a hull patched with tape.'"
    )
    assert speakers(text)[0][1] == "Ada Voss"


def test_a_member_of_an_organization_is_not_the_organization() -> None:
    """'A Brindle Foods worker criticised ... as "..."' gives nobody, not Brindle Foods."""
    text = "A Brindle Foods worker criticised the new manager as 'a bully in a suit'."
    assert speakers(text) == [("a bully in a suit", None)]


def test_a_role_of_an_organization_is_not_the_person_before() -> None:
    """'the Moss Alliance general secretary said' is not the Moss leader named just before."""
    text = (
        "Moss Alliance leader Carol Hume skipped the count on Tuesday. "
        "A week later the Moss Alliance general secretary said that "
        '"a diary clash" kept her away.'
    )
    assert speakers(text) == [("a diary clash", None)]


def test_a_relation_to_someone_is_no_role_to_match() -> None:
    """'Her owner says' about a dog is not the woman whose stated role is the dog's owner."""
    text = (
        "Rolo, a sheepdog raised by her first owner, Mara Quist, now lives in Wales with "
        "shepherd Owen Prade.\n\n"
        "Her owner says: 'She knows when it is time to work.'"
    )
    assert speakers(text)[0][1] != "Mara Quist"


def test_a_subject_across_a_paragraph_break_is_no_speaker() -> None:
    """A parse hanging a verb on a name of the paragraph before says nothing of who speaks."""
    words = ["Ann", "Lee", "spoke", ".", "\n\n", "They", "all", "say"]
    words += ['"', "no", "more", "of", "this", '"']
    spaces = [True, True, False, False, False, True, True, True, False, True, True, True, False]
    spaces += [False]
    heads = [1, 7, 1, 2, 3, 7, 5, 7, 10, 10, 7, 10, 11, 10]
    deps = ["compound", "nsubj", "relcl", "punct", "dep", "dep", "det", "ROOT"]
    deps += ["punct", "amod", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "SPACE", "PRON", "DET", "VERB"]
    pos += ["PUNCT", "ADJ", "NOUN", "ADP", "PRON", "PUNCT"]
    doc = Doc(load_nlp().vocab, words, spaces, heads=heads, deps=deps, pos=pos)
    name = doc[0:2]
    lee = Entity(PERSON, "Ann Lee", [Mention(name, PERSON, "Ann Lee", "Ann Lee")])
    quotes = find_quotes(doc.text)
    search = Attribution(doc, quotes, [lee], lexicon())
    assert doc[7].head == doc[7] and doc[1].head == doc[7]
    assert search.speaker_of_verbs([doc[7]], quotes[0], None) == (None, False)


def test_a_person_a_modifier_names_is_not_the_one_speaking() -> None:
    """'The Lee-supporting teen said' after a sentence about Ann Lee is not Ann Lee."""
    text = (
        "Ann Lee spoke in Leeds on Monday. "
        "The Lee-supporting teen said the rally was 'the best day of my life'."
    )
    assert speakers(text) == [("the best day of my life", None)]


def test_a_lone_name_with_an_age_is_described_as_a_person() -> None:
    """'said Tove, 66' describes a person; 'said Tove, 1999' does not."""
    nlp = load_nlp()
    aged = nlp("'The attacks came at night,' said Tove, 66.")
    dated = nlp("'The attacks came at night,' said Tove, 1999.")
    assert described_as_person(next(t for t in aged if t.text == "Tove"))
    assert not described_as_person(next(t for t in dated if t.text == "Tove"))


def test_a_place_in_a_description_still_refers_back() -> None:
    """'the Boston banker said' after a sentence about Carl Dane is Carl Dane: a place describes."""
    # An organization would name an office held by someone else.
    text = (
        "Carl Dane toured a shoe mill near Norport on Tuesday. "
        "'This valley can make boots again,' the Boston banker said."
    )
    assert speakers(text) == [("This valley can make boots again", "Carl Dane")]


def test_the_newspaper_said_is_the_paper_named_before() -> None:
    """'the newspaper said' refers back to the newspaper that was the subject just before."""
    text = (
        "The Harwick Courier Ltd branded the bridge toll 'a tax on walking' back in May. "
        "Now the newspaper says the toll is 'a scheme nobody voted for'."
    )
    assert speakers(text)[-1] == ("a scheme nobody voted for", "Harwick Courier Ltd")


def test_a_saying_participle_after_a_list_is_the_subjects() -> None:
    """'her backing for Carl Dane and Mitch Rowe saying ...': the backer says it, not Rowe."""
    # '... her backing for Carl Dane and Mitch Rowe saying the pair "..."': the pupil who backs
    # them.
    text = (
        "Ann Lee met the pupils of a Norport school on Tuesday.\n\n"
        "The pupil voiced her backing for Carl Dane and Mitch Rowe saying the pair "
        "'would mend the roads at last'."
    )
    assert speakers(text)[-1][1] not in ("Mitch Rowe", "Carl Dane")


def test_a_person_noun_names_its_holder_however_the_name_is_hung() -> None:
    """'Whitlow's mother, Mara Quist,' speaks as Quist; 'Whitlow's mother' alone names nobody."""
    # Likewise 'ferry pilot and trainer Owen Prade' and 'Owen Prade QC' speak as the named person.
    appositive = (
        "Dana Whitlow ran the ferry for years.\n\n"
        "‘It was a very hard winter for us all,’ Whitlow’s mother, Mara Quist, told reporters."
    )
    joined = "‘The rota has never worked this well,’ says ferry pilot and trainer Owen Prade."
    titled = (
        "The inquest heard that the pumps ‘had not been tested since spring’, "
        "Owen Prade QC told the court."
    )
    unnamed = (
        "Dana Whitlow left early.\n\n"
        "‘It was a very hard winter for us all,’ Whitlow’s mother told reporters."
    )
    assert speakers(appositive) == [("It was a very hard winter for us all", "Mara Quist")]
    assert speakers(joined) == [("The rota has never worked this well", "Owen Prade")]
    assert speakers(titled) == [("had not been tested since spring", "Owen Prade")]
    assert speakers(unnamed) == [("It was a very hard winter for us all", None)]
