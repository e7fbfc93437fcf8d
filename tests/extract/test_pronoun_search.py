"""How far back "he"/"she" after a quote reads, and what a sentence that opened a quote tells it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.quotes import extract_quotes
from generator.extract.roles import role_of
from tests.extract.test_quotes import speakers


def test_quoted_paragraphs_cost_the_search_nothing() -> None:
    """Four paragraphs of one quotation before 'she said' do not use up the sentences the
    search reads back: the person who announced it before them is "she"."""
    text = (
        "Ferry crossings to Kelby were cancelled for a third day.\n\n"
        "Harbour master Ruth Okafor said on Monday that she would review the timetable.\n\n"
        "'The timetable failed the island, and I am sorry for it. Families waited for hours "
        "on the quay.\n\n"
        "'My team will read every complaint we have had this year. Nothing will be left out.\n\n"
        "'Some of the boats are older than the crews who sail them.\n\n"
        "'We will publish what we find before the summer,' she said."
    )
    assert speakers(text)[-1][1] == "Ruth Okafor"


def test_the_speaker_a_sentence_introduced_goes_on(nlp: Language) -> None:
    """'At a session with Mr Vale, rep Tom Ware said: ...' then 'He asked: ...': when the
    parse hangs Ware on Vale and leaves "said" no subject, Ware still spoke the quote that
    sentence opened, so "he" is Ware."""
    text = (
        "Bus services in Pellham were cut again this week.\n\n"
        "At a council session with Mr Dorian Vale, union rep Tom Ware said: "
        "'Three buses broke down on Monday.\n\n'The drivers had to walk back.'\n\n"
        "He asked: 'Does Mr Vale know what it costs?'"
    )
    doc = nlp(text)
    ware = next(t for t in doc if t.text == "Ware")
    ware.head = next(t for t in doc if t.text == "Vale")
    ware.dep_ = "appos"
    entities = extract_entities(doc)
    for entity in entities:
        entity.role = role_of(entity)
    quotes = extract_quotes(doc, entities)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Tom Ware", "Tom Ware"]


def test_a_pronoun_in_a_side_clause_takes_the_name_of_its_clause() -> None:
    """'When Tom Ware hosted the show, in which he said ...': "he" is itself in a side
    clause, so the name in the clause around it is who he is, not someone before."""
    text = (
        "The harbour board met on Friday to discuss the ferry timetable.\n\n"
        "Critics have long joked about the retirement of Dana Pike.\n\n"
        "When Tom Ware hosted the radio show, in which he said the ferry was "
        "'a floating shed', listeners rang in to agree."
    )
    assert speakers(text)[-1] == ("a floating shed", "Tom Ware")


def test_the_example_a_group_of_speakers_gives_is_he() -> None:
    """'Other listeners like Tom Ware pointed out ... "...," he said': of the group that
    spoke, the one named is "he"; the person named before is someone else."""
    text = (
        "The radio show on the ferry timetable drew hundreds of calls, said host Dana Pike.\n\n"
        "Other listeners like Tom Ware, who rang in from the quay, pointed out that the last "
        "boat leaves at six. 'Am I the only one who works past six?' he said."
    )
    assert speakers(text)[-1] == ("Am I the only one who works past six?", "Tom Ware")


def _pronoun_speaker_with_role_subject(nlp: Language, text: str) -> str | None:
    """The speaker of the last quote when the parse makes the second "chair" the subject of
    "warned" and hangs the name before it on the verb, as the model sometimes does."""
    doc = nlp(text)
    chair = [t for t in doc if t.text == "chair"][-1]
    warned = next(t for t in doc if t.text == "warned")
    name = doc[chair.left_edge.i - 2]
    chair.head, chair.dep_ = warned, "nsubj"
    name.head, name.dep_ = warned, "npadvmod"
    entities = extract_entities(doc)
    for entity in entities:
        entity.role = role_of(entity)
    speaker = extract_quotes(doc, entities)[-1].speaker
    return speaker.name if speaker else None


def test_a_name_before_the_role_that_is_subject_is_he(nlp: Language) -> None:
    """'Owen Tate, the chair of the ferry forum has warned ... "...," he said': when the
    parse makes "chair" the subject, the name that opens the sentence is "he", not another
    chair named before."""
    text = (
        "Dana Pike, the chair of the harbour board, resigned in May.\n\n"
        "Owen Tate, the chair of the Kelby ferry forum has warned of a worrying gap in "
        "crossings. 'Act before the winter,' he said."
    )
    assert _pronoun_speaker_with_role_subject(nlp, text) == "Owen Tate"


def test_a_name_inside_a_clause_before_the_role_is_not_he(nlp: Language) -> None:
    """'After talks with Owen Tate, the chair has warned ...': the name does not open the
    sentence, so it is not the chair, and "he" does not go to it."""
    text = (
        "Dana Pike, the chair of the harbour board, resigned in May.\n\n"
        "After talks with Owen Tate, the chair of the Kelby ferry forum has warned of a "
        "worrying gap in crossings. 'Act before the winter,' he said."
    )
    assert _pronoun_speaker_with_role_subject(nlp, text) != "Owen Tate"
