"""A "Miss" or "Mrs" before a surname a mother and her daughter share: the one it fits."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.antecedents import Context
from generator.extract.entities import extract_entities
from generator.extract.lexicon import lexicon
from tests.extract.conftest import labelled
from tests.extract.test_quotes import speakers

#: A mother and her daughter, both named in full, the daughter last.
_MOTHER_FIRST = (
    "Orla Kestrick, 61, and her daughter Nessa Kestrick, 29, opened a florist in Pellham "
    "last spring.\n\n"
)

#: The same two women, the mother named last.
_DAUGHTER_FIRST = (
    "Nessa Kestrick, 29, and her mother Orla Kestrick, 61, opened a florist in Pellham "
    "last spring.\n\n"
)


def test_mrs_before_a_shared_surname_is_the_mother() -> None:
    """ "Mrs Kestrick said" is the mother, though her daughter was named nearer."""
    text = _MOTHER_FIRST + "Mrs Kestrick said: 'I had never arranged a single flower.'"
    assert speakers(text) == [("I had never arranged a single flower.", "Orla Kestrick")]


def test_miss_before_a_shared_surname_is_the_daughter() -> None:
    """ "Miss Kestrick said" is the daughter, though her mother was named nearer."""
    text = _DAUGHTER_FIRST + "Miss Kestrick said: 'Mum learnt faster than anyone.'"
    assert speakers(text) == [("Mum learnt faster than anyone.", "Nessa Kestrick")]


def test_ms_before_a_shared_surname_is_the_woman_named_last() -> None:
    """ "Ms Kestrick", fitting both women, is the one named last: the daughter "Miss" named."""
    # Not the mother named in full nearer before.
    text = (
        _DAUGHTER_FIRST
        + "Miss Kestrick said: 'Mum learnt faster than anyone.'\n\n"
        + "Ms Kestrick, who studied art in Harlow, added: 'I wanted colour in my life.'"
    )
    assert speakers(text)[-1] == ("I wanted colour in my life.", "Nessa Kestrick")


def _missed_speaker(nlp: Language, text: str, labels: list[str], form: str) -> str | None:
    """The person the speaker search makes of the surname in the last ``form`` ("Ms
    Kestrick"), which the model left out, when it read each of ``labels`` as a person."""
    doc = labelled(nlp, text, [(label, "PERSON") for label in labels])
    context = Context(doc, [], extract_entities(doc), lexicon())
    at = text.rindex(form) + form.index(" ") + 1
    found = context.missed_person(next(t for t in doc if t.idx == at))
    return None if found is None else found.name


def test_a_missed_ms_before_a_shared_surname_is_the_woman_named_last(nlp: Language) -> None:
    """A "Ms Kestrick" the model missed is the woman "Miss Kestrick" named last, not the first."""
    text = (
        _MOTHER_FIRST
        + "Mrs Kestrick said: 'I had never arranged a single flower.'\n\n"
        + "Miss Kestrick added: 'Mum learnt faster than anyone.'\n\n"
        + "Ms Kestrick, who studied art in Harlow, said the pair hoped to open a second shop."
    )
    labels = ["Orla Kestrick", "Nessa Kestrick", "Kestrick", "Kestrick"]
    assert _missed_speaker(nlp, text, labels, "Ms Kestrick") == "Nessa Kestrick"


def test_a_missed_miss_before_a_shared_surname_is_the_daughter(nlp: Language) -> None:
    """ "Miss Kestrick" the model missed is the daughter, not the mother named first."""
    text = _MOTHER_FIRST + "Miss Kestrick, who studied art in Harlow, said: 'I love colour.'"
    labels = ["Orla Kestrick", "Nessa Kestrick"]
    assert _missed_speaker(nlp, text, labels, "Miss Kestrick") == "Nessa Kestrick"


def test_a_mans_title_between_names_no_woman_for_ms() -> None:
    """ "Mr Kestrick said" between "Miss" and "Ms Kestrick" names no woman: "Ms" is the daughter."""
    # "Ms" still goes on from the daughter, not the mother a man's title was given to.
    text = (
        _MOTHER_FIRST
        + "Mrs Kestrick said: 'I had never arranged a single flower.'\n\n"
        + "Miss Kestrick added: 'Mum learnt faster than anyone.'\n\n"
        + "'They work every hour,' Mr Kestrick said.\n\n"
        + "Ms Kestrick, who is engaged to a local farmer, said the pair hoped to open a "
        + "second shop.\n\n'We have had offers from all over,' she said."
    )
    assert speakers(text)[-1] == ("We have had offers from all over", "Nessa Kestrick")
