"""Partial names merged through the index of name parts: the same choices as pairwise."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, Mention, resolve_people


def _people(nlp: Language, text: str, names: list[str]) -> list[Mention]:
    """A person mention for each written name, in text order (first match after the last)."""
    doc = nlp.make_doc(text)
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        span = doc.char_span(start, start + len(name))
        assert span is not None
        out.append(Mention(span, PERSON, name, name))
        at = start + len(name)
    return out


def test_a_surname_joins_the_latest_full_name_before_it(nlp: Language) -> None:
    """ "Haddad" after "Rami Haddad" is Rami, even when an earlier "Haddad" became Omar Haddad."""
    text = "Omar Haddad spoke. Haddad left. Rami Haddad ruled. Haddad died."
    mentions = _people(nlp, text, ["Omar Haddad", "Haddad", "Rami Haddad", "Haddad"])
    resolve_people(mentions)
    assert [m.key for m in mentions] == [
        "Omar Haddad",
        "Omar Haddad",
        "Rami Haddad",
        "Rami Haddad",
    ]


def test_a_chain_of_partial_names_ends_at_the_longest(nlp: Language) -> None:
    """ "Sudani" -> "Mohammed al-Sudani" -> "Mohammed Shia al-Sudani"."""
    text = "Mohammed Shia al-Sudani arrived. Mohammed al-Sudani spoke. Sudani left."
    mentions = _people(nlp, text, ["Mohammed Shia al-Sudani", "Mohammed al-Sudani", "Sudani"])
    resolve_people(mentions)
    assert {m.key for m in mentions} == {"Mohammed Shia al-Sudani"}


def test_many_mentions_of_many_people_each_find_their_own(nlp: Language) -> None:
    """Hundreds of people named twice each: every surname goes to its own full name."""
    names = [f"Anna Surname{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(300)]
    written = [part for name in names for part in (name, name.split()[1])]
    text = " ".join(f"{part} spoke." for part in written)
    mentions = _people(nlp, text, written)
    resolve_people(mentions)
    assert [m.key for m in mentions] == [name for name in names for _ in range(2)]


def test_a_surname_that_took_a_full_name_counts_as_that_name_later(nlp: Language) -> None:
    """ "Lee" became Mark Lee, so the "Mark" after it is Mark Lee, not the earlier Mark Kim."""
    text = "Mark Lee came. Mark Kim went. Lee spoke. Mark laughed."
    mentions = _people(nlp, text, ["Mark Lee", "Mark Kim", "Lee", "Mark"])
    resolve_people(mentions)
    assert [m.key for m in mentions] == ["Mark Lee", "Mark Kim", "Mark Lee", "Mark Lee"]
