"""A name the model cut short once is the whole name it reads elsewhere: "Lane" of "Dorrie
Lane, the mortgage company," takes the kind the text gives it to "Dorrie Lane" too."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, extract_entities
from tests.extract.conftest import labelled


def test_a_firm_the_model_cut_once_is_a_firm_everywhere(nlp: Language) -> None:
    """ "Dorrie Lane, the mortgage company, said ... Dorrie Lane had broken rules": one firm."""
    text = (
        "Dorrie Lane, the mortgage finance company, said it would restate profits. "
        "Regulators said Dorrie Lane had broken accounting rules."
    )
    doc = labelled(nlp, text, [("Lane", "PERSON"), ("Dorrie Lane", "PERSON")])
    entities = extract_entities(doc)
    assert not [e.name for e in entities if e.kind == PERSON]
    assert [e.name for e in entities if e.kind == ORG] == ["Dorrie Lane"]


def test_a_firm_beside_a_person_of_its_name_stays_apart(nlp: Language) -> None:
    """ "Harrison Vell ... shares in Vell fell": the word before "Vell" is no part of it."""
    text = "Harrison Vell said he was sorry. Shares in Vell fell 5% on Monday."
    doc = labelled(nlp, text, [("Harrison Vell", "PERSON"), ("Vell", "ORG")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Harrison Vell") == PERSON


def test_a_title_before_a_cut_name_is_not_restored(nlp: Language) -> None:
    """ "Dr Tolley" read whole once leaves other "Dr" + "Tolley" mentions with "Ann Tolley"."""
    # The model leaves titles out of names.
    text = (
        "Dr Ann Tolley runs the Kelby Trust. Dr Tolley said the list was fair."
        " Dr Tolley added that staff agreed. A note came from Dr Tolley on Friday."
    )
    labels = [("Ann Tolley", "PERSON"), ("Tolley", "PERSON"), ("Tolley", "PERSON")]
    doc = labelled(nlp, text, [*labels, ("Dr Tolley", "ORG")])
    mentions = {e.name: len(e.mentions) for e in extract_entities(doc) if e.kind == PERSON}
    assert mentions.get("Ann Tolley") == 4 and "Dr Tolley" not in mentions


def test_a_given_name_the_model_left_out_opens_the_full_name(nlp: Language) -> None:
    """ "Tobiasz Quarrell has won ... Quarrell, 34, thanked": one person, named in full."""
    text = (
        "Tobiasz Quarrell has won the best actor award for his role. "
        "Quarrell, 34, thanked his co-star and his family."
    )
    doc = labelled(nlp, text, [("Quarrell", "ORG"), ("Quarrell", "ORG")])
    people = [e.name for e in extract_entities(doc) if e.kind == PERSON]
    assert people == ["Tobiasz Quarrell"]
