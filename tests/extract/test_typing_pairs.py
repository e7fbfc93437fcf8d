"""Two names joined by "and" that the model reads as one organization."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.entities import ORG, extract_entities
from generator.extract.line_ups import pair_of_names
from generator.extract.title_entities import with_title


def _labelled(nlp: Language, text: str, labels: dict[str, str]) -> Doc:
    """``text`` parsed, with the entity spans set to ``labels`` (written form -> label)."""
    doc = nlp(text)
    spans = []
    for form, label in labels.items():
        start = text.index(form)
        span = doc.char_span(start, start + len(form), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def test_two_people_read_as_one_body_are_no_organization(nlp: Language) -> None:
    """ "Vask and Marrow" after "Tobin Vask and Eli Marrow" lists the two dancers."""
    text = "Tobin Vask and Eli Marrow left in May. Vask and Marrow had shared the photos."
    doc = _labelled(
        nlp, text, {"Tobin Vask": "PERSON", "Eli Marrow": "PERSON", "Vask and Marrow": "ORG"}
    )
    organizations = {e.name for e in extract_entities(doc) if e.kind == ORG}
    assert "Vask and Marrow" not in organizations


def test_a_body_named_with_and_stays(nlp: Language) -> None:
    """ "Marlow and Hale Freight" joins words no one in the story is called by: one firm."""
    text = "Tobin Vask joined Marlow and Hale Freight in May, Marlow and Hale Freight said."
    doc = _labelled(nlp, text, {"Tobin Vask": "PERSON", "Marlow and Hale Freight": "ORG"})
    organizations = {e.name for e in extract_entities(doc) if e.kind == ORG}
    assert "Marlow and Hale Freight" in organizations


def test_only_known_names_make_a_pair() -> None:
    """Every part must be a known name or a word of a person's name."""
    assert pair_of_names("Vask and Marrow", set(), {"vask", "marrow"})
    assert pair_of_names("Pellham Council and Vask", {"Pellham Council"}, {"vask"})
    assert not pair_of_names("Vask and Hale", set(), {"vask"})
    assert not pair_of_names("Vask", set(), {"vask"})


def test_a_headline_pair_of_the_body_people_adds_no_body(nlp: Language) -> None:
    """A headline's "Vask and Marrow" names two people of the body, not an organization."""
    body = _labelled(
        nlp,
        "Tobin Vask and Eli Marrow were dismissed on Monday.",
        {"Tobin Vask": "PERSON", "Eli Marrow": "PERSON"},
    )
    title = _labelled(nlp, "Vask and Marrow dismissed", {"Vask and Marrow": "ORG"})
    people = extract_entities(body)
    names = {e.name for e in with_title(people, title, body) if e.kind == ORG}
    assert "Vask and Marrow" not in names
