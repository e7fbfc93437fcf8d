"""One body's name the model read as two bodies on each side of its "and", read whole."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _bodies(nlp: Language, text: str, labels: list[tuple[str, str]]) -> list[str]:
    return [
        e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == "organization"
    ]


def test_two_bare_nouns_joined_by_and_are_one_body(nlp: Language) -> None:
    """'the Tarnland Revenue' + 'and' + 'Customs', both parts bare nouns: one body."""
    text = "Inspectors from the Tarnland Revenue and Customs visited the depot on Monday."
    labels = [("Tarnland Revenue", "ORG"), ("Customs", "ORG")]
    assert _bodies(nlp, text, labels) == ["Tarnland Revenue and Customs"]


def test_each_writing_of_the_joined_name_is_whole(nlp: Language) -> None:
    """The same name written twice, cut each time, is one body both times."""
    text = (
        "The Tarnland Revenue and Customs wrote to the firm in May. "
        "Later the Tarnland Revenue and Customs fined the firm."
    )
    labels = [("Tarnland Revenue", "ORG"), ("Customs", "ORG")] * 2
    assert _bodies(nlp, text, labels) == ["Tarnland Revenue and Customs"]


def test_a_part_written_alone_elsewhere_is_a_body_of_its_own(nlp: Language) -> None:
    """'Customs' named alone in another sentence: the two stay two bodies."""
    text = (
        "Officers of the Tarnland Revenue and Customs met at noon. "
        "Customs said the lorry was searched twice."
    )
    labels = [("Tarnland Revenue", "ORG"), ("Customs", "ORG"), ("Customs", "ORG")]
    assert _bodies(nlp, text, labels) == ["Tarnland Revenue", "Customs"]


def test_a_body_head_before_and_ends_a_body(nlp: Language) -> None:
    """'the Tarnland Office and Customs': 'Office' ends a body's name; two bodies."""
    text = "Staff of the Tarnland Office and Customs walked out on Friday."
    labels = [("Tarnland Office", "ORG"), ("Customs", "ORG")]
    assert _bodies(nlp, text, labels) == ["Tarnland Office", "Customs"]


def test_two_firms_ending_in_names_stay_two(nlp: Language) -> None:
    """'Vell Morgan and Tarnco': a given name and a coined name end no bare noun; two firms."""
    text = "Analysts at Vell Morgan and Tarnco cut their forecasts on Tuesday."
    labels = [("Vell Morgan", "ORG"), ("Tarnco", "ORG")]
    assert _bodies(nlp, text, labels) == ["Vell Morgan", "Tarnco"]


def test_a_union_name_opens_before_its_and(nlp: Language) -> None:
    """'the Retail and Kelby Workers Union', cut to 'Kelby Workers Union': whole."""
    text = "The Retail and Kelby Workers Union said it would ballot its members."
    labels = [("Kelby Workers Union", "ORG")]
    assert _bodies(nlp, text, labels) == ["Retail and Kelby Workers Union"]


def test_a_town_read_as_a_person_after_the_opens_a_trust(nlp: Language) -> None:
    """'the Kelby and Tarnwood Health Trust', 'Kelby' read as a person: one trust."""
    text = "The head of the Kelby and Tarnwood Health Trust resigned on Monday."
    labels = [("Kelby", "PERSON"), ("Tarnwood Health Trust", "ORG")]
    assert _bodies(nlp, text, labels) == ["Kelby and Tarnwood Health Trust"]


def test_bare_nouns_before_a_joint_head_end_the_name(nlp: Language) -> None:
    """'the Kelby Tenants' + 'and' + 'Residents Association': one association."""
    text = "A letter from the Kelby Tenants and Residents Association reached the council."
    labels = [("Kelby Tenants", "ORG"), ("Residents Association", "ORG")]
    assert _bodies(nlp, text, labels) == ["Kelby Tenants and Residents Association"]
