"""A name the entity step read as no person's is not rebuilt as a person by the speaker
search: a body's name the NER missed once (found again as that body), or a name the text
gave to an animal."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.antecedents import Context
from generator.extract.entities import ORG, PERSON, extract_entities, judged_no_person
from generator.extract.lexicon import lexicon
from generator.extract.speaker_names import short_organization
from tests.extract.conftest import labelled


def _missed(nlp: Language, text: str, labels: list[tuple[str, str]], form: str) -> str | None:
    """The kind of what the speaker search makes of the last use of ``form``, or None."""
    doc = labelled(nlp, text, labels)
    context = Context(doc, [], extract_entities(doc), lexicon())
    at = text.rindex(form)
    token = next(t for t in doc if t.idx == at + form.rindex(" ") + 1) if " " in form else None
    token = token or next(t for t in doc if t.idx == at)
    found = context.missed_person(token)
    return None if found is None else found.kind


def test_a_body_the_ner_missed_once_is_not_rebuilt_as_a_person(nlp: Language) -> None:
    """ "Tarn Watch, a charity," then "Tarn Watch, 12, said": the body, not a new person."""
    text = (
        "Tarn Watch, a charity, runs the shelter in Norport. "
        "Last week Tarn Watch, a 12-year-old group, said it had no money left."
    )
    assert _missed(nlp, text, [("Tarn Watch", "ORG")], "Tarn Watch") != PERSON


def test_a_pet_named_by_apposition_is_noted_as_no_person(nlp: Language) -> None:
    """ "her spaniel, Biscuit": the entity step notes the name as no person's."""
    text = "Ann Vell walks her spaniel, Biscuit, by the river every morning."
    doc = labelled(nlp, text, [("Ann Vell", "PERSON"), ("Biscuit", "PERSON")])
    people = [e.name for e in extract_entities(doc) if e.kind == PERSON]
    assert people == ["Ann Vell"] and "biscuit" in judged_no_person(doc)


def test_a_pet_is_not_rebuilt_as_a_person_by_its_age(nlp: Language) -> None:
    """ "Biscuit, a lively four-year-old," after "her spaniel, Biscuit": still no person."""
    text = (
        "Ann Vell walks her spaniel, Biscuit, by the river every morning. "
        "Biscuit, a lively four-year-old, said nothing at all."
    )
    labels = [("Ann Vell", "PERSON"), ("Biscuit", "PERSON")]
    assert _missed(nlp, text, labels, "Biscuit") != PERSON


def test_a_person_the_ner_missed_is_still_found(nlp: Language) -> None:
    """ "Tala, a farmer from the hills, said": a person whom nothing else calls a thing."""
    text = "The river burst its banks. Tala, a farmer from the hills, said the water came fast."
    assert _missed(nlp, text, [], "Tala") == PERSON


def test_a_name_ending_in_capitals_is_no_person(nlp: Language) -> None:
    """A name ending in an acronym ("Tarn RFC", "Norport MEPs") is a body or group, not a person."""
    # "Tarn RFC, a 12-year-old club, said": the acronym follows a word that is not one.
    text = "The pitch flooded on Monday. Tarn RFC, a 12-year-old club, said the hall was shut."
    assert _missed(nlp, text, [], "Tarn RFC") != PERSON


def test_a_body_named_in_full_where_the_ner_missed_it_is_that_body(nlp: Language) -> None:
    """ "how Tarn Watch proposed" after "Tarn Watch, a charity,": the body, found again."""
    text = "Tarn Watch, a charity, runs the shelter. The minister asked how Tarn Watch proposed it."
    doc = labelled(nlp, text, [("Tarn Watch", "ORG")])
    entities = extract_entities(doc)
    owners = {t.i: e for e in entities for m in e.mentions for t in m.span}
    subject = next(t for t in doc if t.text == "Watch" and t.i not in owners)
    bodies = [e for e in entities if e.kind == ORG]
    found = short_organization(subject, owners, bodies)
    assert found is not None and found.name == "Tarn Watch" and subject.i in owners


def test_a_name_ending_in_a_generation_is_still_a_person(nlp: Language) -> None:
    """ "Tomas Vellard III" ends in capitals but is a person's name, not a body's."""
    text = (
        "The pitch flooded on Monday. Tomas Vellard III, a farmer from the hills, said it was shut."
    )
    assert _missed(nlp, text, [], "Tomas Vellard III") == PERSON
