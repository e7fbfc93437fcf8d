"""A prefix written with a hyphen into a name is no word of the name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities


def _names(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract_entities(nlp(text))}


def test_ex_before_a_body_is_cut(nlp: Language) -> None:
    """ "Ex-Kelby Council press chief": the body named is Kelby Council."""
    names = _names(nlp, "Ex-Kelby Council press chief Tom Marsh has joined the campaign.")
    assert "Kelby Council" in names and not any(n.startswith("Ex") for n in names)


def test_a_stance_prefix_makes_no_body(nlp: Language) -> None:
    """ "The Pro-Tarland party": "Pro" is no organization."""
    names = _names(nlp, "The Pro-Tarland party won two seats in the spring election.")
    assert not any(n.lower().startswith("pro") for n in names)


def test_a_body_named_with_a_stance_prefix_stays_whole(nlp: Language) -> None:
    """ "the Anti-Slavery League said": the prefix is part of the body's own name."""
    names = _names(nlp, "The Anti-Slavery League said on Monday it would appeal the ruling.")
    assert "Anti-Slavery League" in names
