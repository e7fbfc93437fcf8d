"""How far back "he"/"she" after a quote reads, and what a sentence that opened a quote tells it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.lexicon import lexicon
from generator.extract.quotes import extract_quotes
from generator.extract.roles import role_of
from generator.extract.speakers import Attribution
from tests.extract.test_quotes import speakers


def _speakers_misparsed(
    nlp: Language, text: str, moves: list[tuple[str, str, str]]
) -> list[str | None]:
    """The speakers of a text's quotes when the parse hangs each word of ``moves`` (word,
    new head, relation; the last use of each word) as the model sometimes does."""
    doc = nlp(text)
    for word, head, relation in moves:
        token = [t for t in doc if t.text == word][-1]
        token.head = [t for t in doc if t.text == head][-1]
        token.dep_ = relation
    entities = extract_entities(doc)
    for entity in entities:
        entity.role = role_of(entity)
    return [q.speaker.name if q.speaker else None for q in extract_quotes(doc, entities)]


def test_quoted_paragraphs_cost_the_search_nothing() -> None:
    """Quoted paragraphs before 'she said' cost the search nothing: the announcer is "she"."""
    text = (
        "Ferry crossings to Kelby were cancelled for a third day.\n\n"
        "Ruth Okafor, who runs the harbour, has promised islanders a full review.\n\n"
        "'Families waited for hours on the quay. Some of them had small children.\n\n"
        "'My team will read every complaint we have had this year. Nothing will be left out.\n\n"
        "'Some of the boats are older than the crews who sail them.\n\n"
        "'We will publish what we find before the summer,' she said."
    )
    assert speakers(text)[-1][1] == "Ruth Okafor"


def test_the_speaker_a_sentence_introduced_goes_on(nlp: Language) -> None:
    """'Across the table from Mr Vale, Tom Ware said: ... He asked': "he" is Ware."""
    # When the parse hangs Ware on Vale and leaves "said" no subject, Ware still spoke the quote
    # that sentence opened, so that sentence tells the search "he" is Ware.
    text = (
        "Rail fares in Pellham rose again this week.\n\n"
        "Across the table from Mr Dorian Vale, commuter Tom Ware said: "
        "'My train was late four days out of five.\n\n'Nobody on the board rides it.'\n\n"
        "He asked: 'Will Mr Vale take the early train with me?'"
    )
    doc = nlp(text)
    ware = next(t for t in doc if t.text == "Ware")
    ware.head, ware.dep_ = next(t for t in doc if t.text == "Vale"), "appos"
    entities = extract_entities(doc)
    for entity in entities:
        entity.role = role_of(entity)
    quotes = extract_quotes(doc, entities)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Tom Ware", "Tom Ware"]
    search = Attribution(doc, quotes, entities, lexicon())
    teller = search.quoted_teller(ware.sent, "he")
    assert teller is not None and teller.name == "Tom Ware"
    assert search.quoted_teller(doc[0].sent, "he") is None  # it opens no quote


def test_a_pronoun_in_a_side_clause_takes_the_name_of_its_clause() -> None:
    """'While Tom Ware read the minutes, which he called': "he" is that clause's name."""
    text = (
        "The harbour board met on Friday to discuss the ferry timetable.\n\n"
        "Critics have long joked about the retirement of Dana Pike.\n\n"
        "While Tom Ware read out the minutes, which he called 'a work of fiction', "
        "the lights in the hall went out."
    )
    assert speakers(text)[-1] == ("a work of fiction", "Tom Ware")


def test_the_example_a_group_of_speakers_gives_is_he() -> None:
    """'Parents such as Tom Ware wrote ... "...," he said': the one named of the group is "he"."""
    text = (
        "Head teacher Dana Pike defended the new bus route on Friday.\n\n"
        "Parents such as Tom Ware wrote to the school about the change. "
        "'Why was nobody asked?' he said."
    )
    assert speakers(text)[-1] == ("Why was nobody asked?", "Tom Ware")


def test_a_name_before_the_role_that_is_subject_is_he(nlp: Language) -> None:
    """'Owen Tate, treasurer of the rowing club has written': Tate, opening it, is "he"."""
    # When the parse makes "treasurer" the subject; not another treasurer named before.
    text = (
        "Dana Pike, treasurer of the sailing club, stepped down in May.\n\n"
        "Owen Tate, treasurer of the Kelby rowing club has written to members about the "
        "fees. 'Pay before the spring,' he said."
    )
    moves = [("treasurer", "written", "nsubj"), ("Tate", "written", "npadvmod")]
    assert _speakers_misparsed(nlp, text, moves)[-1] == "Owen Tate"


def test_a_name_inside_a_clause_before_the_role_is_not_he(nlp: Language) -> None:
    """'After a talk with Owen Tate, the treasurer has written': "he" is not Tate."""
    text = (
        "Dana Pike, treasurer of the sailing club, stepped down in May.\n\n"
        "After a talk with Owen Tate, the treasurer of the Kelby rowing club has written to "
        "members about the fees. 'Pay before the spring,' he said."
    )
    moves = [("treasurer", "written", "nsubj")]
    assert _speakers_misparsed(nlp, text, moves)[-1] != "Owen Tate"


def _speakers_missing(nlp: Language, text: str, missed: str) -> list[str | None]:
    """The speakers of a text's quotes when the entities leave out every bare mention
    ``missed`` (a surname or given name alone), as they sometimes do."""
    doc = nlp(text)
    entities = extract_entities(doc)
    for entity in entities:
        entity.mentions = [m for m in entity.mentions if m.span.text != missed]
        entity.role = role_of(entity)
    return [q.speaker.name if q.speaker else None for q in extract_quotes(doc, entities)]


def test_a_name_the_entities_missed_still_names_someone(nlp: Language) -> None:
    """A bare "Vell" no entity owns names someone: "she" reads back to Rhona Vell in full."""
    # 'The oil that the pilot Ned Garr rowed out to Vell ...': the sentence names two people, not
    # Garr alone.
    text = (
        "Rhona Vell has kept the Kelby lighthouse since the spring.\n\n"
        "The lamp oil that the harbour pilot Ned Garr rowed out to Vell on Sunday should "
        "last the winter.\n\n"
        "'Nobody else brings the oil up the rocks,' she said."
    )
    assert _speakers_missing(nlp, text, "Vell")[-1] == "Rhona Vell"


def test_a_pronoun_in_a_second_reported_clause_does_not_end_the_search() -> None:
    """'Mara said that Tom sold ... and that he lost': "she" still reaches Mara."""
    text = (
        "Mara Quill, the sister of Tom Quill, spoke to the Ledger on Friday.\n\n"
        "Mara said that Tom had sold the family boat and that he lost the money "
        "within a year.\n\n"
        "'He never listened to anyone in the family,' she said."
    )
    assert speakers(text) == [("He never listened to anyone in the family", "Mara Quill")]


def test_her_before_the_one_name_of_a_sentence_is_someone_before() -> None:
    """'For all her help, the panel never interviewed Sam Orr': the next "she" is not Sam Orr."""
    # "her" is a woman the sentence does not name.
    text = (
        "The inquiry into the depot fire heard from nine witnesses on Monday.\n\n"
        "For all her help, the panel never interviewed Sam Orr.\n\n"
        "'I told them everything I saw that night,' she said."
    )
    assert speakers(text) == [("I told them everything I saw that night", None)]


def test_her_before_the_name_that_opens_the_clause_is_that_person() -> None:
    """ "Besides her job, Mara Quill ...": "her" is the name after it; the next "she" is Quill."""
    # "her" looks ahead to the name after the opening phrase.
    text = (
        "Mara Quill has run the youth council in Dunmore since 2019.\n\n"
        "Besides her job at the council, Mara Quill and two friends are planning "
        "a summit on river pollution for next year.\n\n"
        "'We want every school in the valley to come,' she said."
    )
    assert speakers(text)[-1] == ("We want every school in the valley to come", "Mara Quill")


def test_a_name_judged_an_animal_is_read_past() -> None:
    """A name judged an animal (a collie, "Nell") is read past: "he" is the farmer of the story."""
    # "Nell came in May. '...,' he says": the dog is no one "he" can be.
    text = (
        "Farmer Tom Ames bought Nell, a black collie cross, at a spring sale in Kelby. "
        "‘She cost more than my tractor,’ he says.\n\n"
        "Later we drive out to the far field. She jumps out of Tom’s van and waits for his "
        "call.\n\n"
        "Nell came in May. ‘I collected her from the station myself,’ he says."
    )
    assert speakers(text)[-1] == ("I collected her from the station myself", "Tom Ames")
