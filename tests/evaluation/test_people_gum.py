"""GUM mention types on a tiny hand-written CoNLL-U document (not GUM text)."""

from __future__ import annotations

from generator.evaluation.people_gum import mention_type, parse_gum

_ROWS = [
    ("Acme", "(1-organization-new-x-cf1-1-coref-Acme_Corp)"),
    ("hires", ""),
    ("Olsen", "(2-person-new-x-cf2-1-coref)"),
    ("Maria", "(3-person-new-x-cf3-1-coref"),
    ("Olsen", "3)"),
    ("joined", ""),
    ("the", "(4-organization-new-x-cf1-1-coref(5-place-new-x-cf4-1-sgl"),
    ("Ruritania", "5)"),
    ("office", "4)"),
]


def _conllu() -> list[str]:
    lines = ["# newdoc id = sample", "# newpar", "# text = Acme hires Olsen"]
    for number, (form, entity) in enumerate(_ROWS, start=1):
        if number == 4:
            lines += ["", "# newpar", "# text = Maria Olsen joined the Ruritania office"]
        misc = f"Entity={entity}" if entity else "_"
        lines.append("\t".join([str(number), form, "_", "_", "_", "_", "0", "_", "_", misc]))
    return lines


def test_paragraphs_and_nested_mentions_are_read() -> None:
    """The first paragraph is the heading; nested and one-token mentions get their types."""
    doc = parse_gum("sample.conllu", _conllu())
    assert doc.heading == "Acme hires Olsen"
    assert doc.body == "Maria Olsen joined the Ruritania office"
    assert doc.mentions["maria olsen"] == frozenset({"person"})
    assert doc.mentions["ruritania"] == frozenset({"place"})
    assert doc.mentions["ruritania office"] == frozenset({"organization"})


def test_mention_types_of_our_forms() -> None:
    """Same form first; a part of a person's name is a person; no mention is None."""
    doc = parse_gum("sample.conllu", _conllu())
    assert mention_type("acme", doc.mentions) == "organization"
    assert mention_type("maria", doc.mentions) == "person"
    assert mention_type("office", doc.mentions) == "organization"
    assert mention_type("hires", doc.mentions) is None
