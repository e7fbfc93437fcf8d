"""Names in capitals that the text uses as common nouns, not as the name of a body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, extract_entities
from generator.extract.title_entities import with_title


def _organizations(nlp: Language, text: str) -> set[str]:
    """The organizations the extractor finds in ``text``."""
    return {e.name for e in extract_entities(nlp(text)) if e.kind == ORG}


def test_a_counted_initialism_is_no_body(nlp: Language) -> None:
    """A counted initialism ("an EMT", "ample PPE") is no body; the body that speaks stays."""
    text = (
        "Tam Rello, an EMT, retired in March after thirty years. The wards in Pellham still lack"
        " ample PPE. The PHRB said on Monday it would buy more masks."
    )
    found = _organizations(nlp, text)
    assert "EMT" not in found
    assert "PPE" not in found
    assert "PHRB" in found


def test_a_plural_initialism_is_no_body(nlp: Language) -> None:
    """An initialism the text also writes in the plural ("two ATVs") names a kind of thing."""
    text = (
        "Police in Kelby said a man stole an ATV from a farm. Two ATVs were found in a barn"
        " later, and the ATV was returned."
    )
    assert "ATV" not in _organizations(nlp, text)


def test_an_initialism_before_the_thing_it_names_is_no_body(nlp: Language) -> None:
    """ "her CT scan", "the CT scan": an initialism naming a kind of thing at most of its uses."""
    text = (
        "Dana Morrow booked her CT scan at Pellham General Hospital for May. The CT scan"
        " showed nothing new, her doctor said."
    )
    assert "CT" not in _organizations(nlp, text)


def test_a_word_in_capitals_for_stress_is_no_body(nlp: Language) -> None:
    """ "paid from her OWN savings" stresses a word the text also writes in lower case."""
    text = "Ned Carrow says the mayor paid from her OWN savings. Her own aides were surprised."
    assert "OWN" not in _organizations(nlp, text)


def test_a_stressed_headline_word_is_no_body(nlp: Language) -> None:
    """A headline's word in capitals that the body writes in lower case adds no organization."""
    body = nlp("Ned Carrow said the mayor of Pellham paid from her own savings.")
    title = nlp("Mayor paid from her OWN savings, says Ned Carrow")
    names = {e.name for e in with_title(extract_entities(body), title, body)}
    assert "OWN" not in names


def test_a_body_in_capitals_keeps_its_kind(nlp: Language) -> None:
    """A body named in capitals with a body's evidence stays one, though it is counted once."""
    text = (
        "The KRFU said on Tuesday that it would fine the club. A KRFU official said the fine"
        " was fair, and the KRFU's chairman agreed."
    )
    assert "KRFU" in _organizations(nlp, text)


def test_a_word_in_capitals_used_as_an_adverb_is_no_body(nlp: Language) -> None:
    """ "fix the roof ASAP" uses the initialism as an adverb, which no body's name is."""
    text = "Jo Ames wrote to the landlord in Pellham: we need someone to fix the roof ASAP."
    assert "ASAP" not in _organizations(nlp, text)


def test_an_initialism_before_a_session_or_community_is_no_body(nlp: Language) -> None:
    """ "a Q&A session" and "the KTZ community" name kinds of things and of people."""
    text = (
        "Ada Finch took questions in a Q&A session at the Pellham library on Friday. She said"
        " the KTZ community had long asked for a bigger hall."
    )
    found = _organizations(nlp, text)
    assert "Q&A" not in found
    assert "KTZ" not in found
