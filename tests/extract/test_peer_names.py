"""A name the model left untagged after a peer's or knight's title is a person's."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.entities import mentions_of
from generator.extract.lexicon import lexicon
from generator.extract.mentions import PERSON
from generator.extract.peer_names import titled_peers


def _doc(words: list[str], pos: list[str], ents: list[str] | None = None) -> Doc:
    """A parsed-looking doc of ``words``, a space after each but the last two."""
    spaces = [True] * len(words)
    spaces[-2:] = [False, False]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        ents=ents or ["O"] * len(words),
    )


def test_untagged_name_after_lord_is_a_person() -> None:
    """'adviser Lord Tarrow objected': Tarrow, without the title, is read as a person."""
    doc = _doc(
        ["The", "adviser", "Lord", "Tarrow", "objected", "."],
        ["DET", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
    )
    assert [(s.text, s.label_) for s in titled_peers(doc, lexicon())] == [("Tarrow", "PERSON")]


def test_office_after_lord_is_no_name() -> None:
    """'the Lord Chancellor ruled': the word after the title is an office, no one's name."""
    doc = _doc(
        ["the", "Lord", "Chancellor", "ruled", "."],
        ["DET", "PROPN", "PROPN", "VERB", "PUNCT"],
    )
    assert titled_peers(doc, lexicon()) == []


def test_longer_capitalised_run_is_left() -> None:
    """'Dame Anna Quell Trust gave': a run longer than a name is a body's, not read here."""
    doc = _doc(
        ["the", "Dame", "Anna", "Quell", "Trust", "gave", "."],
        ["DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
    )
    assert titled_peers(doc, lexicon()) == []


def test_tagged_name_is_left_to_the_model() -> None:
    """A name the model tagged after the title is not found a second time."""
    doc = _doc(
        ["said", "Baroness", "Quell", "today", "."],
        ["VERB", "PROPN", "PROPN", "NOUN", "PUNCT"],
        ["O", "O", "B-PERSON", "O", "O"],
    )
    assert titled_peers(doc, lexicon()) == []


def test_first_lady_is_no_peer() -> None:
    """'First Lady Anna Quell': an office's words, not a peer's title."""
    doc = _doc(
        ["First", "Lady", "Anna", "Quell", "smiled", "."],
        ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
    )
    assert titled_peers(doc, lexicon()) == []


def test_peers_in_a_parsed_text_are_people(nlp: Language) -> None:
    """Untagged peers after their offices are people, named with their peerage title."""
    doc = nlp(
        "On Monday the trade envoy Lord Pellow met Kelby Council Minister Lord Venner. "
        "Later the harbour panel's chair, Lord Tarrow, said the scheme could go."
    )
    people = {m.key for m in mentions_of(doc) if m.kind == PERSON}
    assert {"Lord Pellow", "Lord Venner", "Lord Tarrow"} <= people


def test_peerage_titles_are_read_from_the_title_data() -> None:
    """titles.yaml's `peerage` holds the peers' titles, and each is a courtesy title too."""
    lex = lexicon()
    assert {"lord", "baroness", "viscountess", "dame"} <= lex.peerage <= lex.honorifics
    assert "mr" not in lex.peerage
