"""Entity typing of a part that is the subject of a passive "played by" a person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import entity_kinds, labelled


def test_the_subject_of_is_played_by_a_person_is_a_part(nlp: Language) -> None:
    """ "Jack Stirling is played by Tom Vell" in a film's story: the part, not a person."""
    kinds = entity_kinds(
        nlp,
        "In the new film, Jack Stirling is played by Tom Vell, who won an award last year. "
        "Jack Stirling is a spy.",
    )
    assert kinds.get("Jack Stirling") != "person"
    assert kinds.get("Tom Vell") == "person"


def test_a_part_to_be_played_later_is_a_part(nlp: Language) -> None:
    """ "Dora Finch will be played by Ann Roke" in a sitcom: the part, not a person."""
    kinds = entity_kinds(
        nlp, "The sitcom returns next week. Dora Finch will be played by Ann Roke in it."
    )
    assert kinds.get("Dora Finch") != "person"
    assert kinds.get("Ann Roke") == "person"


def test_a_person_beaten_by_another_stays_a_person(nlp: Language) -> None:
    """ "Tom Vell was beaten by Ann Roke": a passive of no part leaves both people."""
    kinds = entity_kinds(
        nlp, "Tom Vell was beaten by Ann Roke in the final. Tom Vell said he was tired."
    )
    assert kinds.get("Tom Vell") == "person"
    assert kinds.get("Ann Roke") == "person"


def test_a_part_played_in_a_show_by_a_lone_surname_is_a_part(nlp: Language) -> None:
    """A lone surname that plays a named part in a show is its actor: the name is a part."""
    text = (
        "Comedian Hal Brisby is back on screen. Brisby plays hapless plumber Nigel Quant in "
        "the show, which airs on Fridays."
    )
    labels = [("Hal Brisby", "PERSON"), ("Nigel Quant", "PERSON")]
    kinds = {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}
    assert kinds.get("Nigel Quant") != "person"
    assert kinds.get("Hal Brisby") == "person"


def test_a_part_played_for_years_by_the_clause_subject_is_a_part(nlp: Language) -> None:
    """Subjectless "playing X" after a span of years: the clause's subject plays part X."""
    kinds = entity_kinds(
        nlp,
        "Orla Fenby quits the soap after nine years playing teacher Peggy Heath. Fans will "
        "see Peggy board a ferry in her final scenes, producers said.",
    )
    assert kinds.get("Peggy Heath") != "person"
    assert kinds.get("Peggy") != "person"
    assert kinds.get("Orla Fenby") == "person"


def test_a_part_played_since_a_year_is_a_part(nlp: Language) -> None:
    """ "who has played X since 2003": a span of time marks a standing part, not a match."""
    kinds = entity_kinds(
        nlp,
        "Comic actor Bram Tolley, who has played Gus Penhale since 2003, is leaving the sitcom.",
    )
    assert kinds.get("Gus Penhale") != "person"
    assert kinds.get("Bram Tolley") == "person"


def test_a_part_played_by_a_creator_and_star_is_a_part(nlp: Language) -> None:
    """The part an actor after "Creator and star" plays is no person, the actor a conjunct."""
    kinds = entity_kinds(
        nlp,
        "The comedy is set in a bakery. Creator and star Duncan Ferrier plays Cyril Mapp, "
        "the shop's hopeless manager.",
    )
    assert kinds.get("Cyril Mapp") != "person"
    assert kinds.get("Duncan Ferrier") == "person"


def test_a_part_played_by_a_writer_and_star_is_a_part(nlp: Language) -> None:
    """The part an actor after "Writer and star" plays is no person, the actor set beside."""
    kinds = entity_kinds(
        nlp,
        "The comedy is set in a seaside bakery. Writer and star Martin Hebden plays Cyril "
        "Mapp, the bakery's hapless owner.",
    )
    assert kinds.get("Cyril Mapp") != "person"
    assert kinds.get("Martin Hebden") == "person"
