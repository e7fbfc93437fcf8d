"""A possessive bound by a person's name as its clause's subject states that person's sex,
so that a man whose sex nothing else states does not take a "she" from the woman before."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from generator.extract.referent_bound_sexes import bound_sexes
from generator.extract.speech import QuoteText
from tests.extract.test_quotes import speakers


def test_she_is_not_the_man_who_held_his_arm() -> None:
    """'Kit Dane held his arm. "...," she says': Ann Roke, not Kit Dane."""
    text = (
        "Ann Roke was walking her dog in Selby when the storm hit.\n\n"
        "She saw Kit Dane fall from the ladder. Kit Dane held his arm and shouted.\n\n"
        '"I will never forget the sound," she says.'
    )
    assert speakers(text)[-1] == ("I will never forget the sound", "Ann Roke")


def test_a_possessive_after_another_name_binds_no_one(nlp: Language) -> None:
    """'Kit Dane thanked Ann Roke for her help': no vote for Kit Dane's sex."""
    doc = nlp("Kit Dane thanked Ann Roke for her help at the depot.")
    owners = {
        t.i: e
        for e in extract_entities(doc)
        if e.kind == PERSON
        for m in e.mentions
        for t in m.span
    }
    names = {id(e): e.name for e in owners.values()}
    found = {names[k]: v for k, v in bound_sexes(doc, QuoteText([]), owners).items()}
    assert "Kit Dane" not in found
