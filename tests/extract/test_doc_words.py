"""A doc's words read once as strings (`words_of`), and kept true for the doc they are on."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.doc_words import words_of
from generator.extract.nlp import with_text


def test_words_hold_each_token_text_and_lower_form(nlp: Language) -> None:
    """Texts and lower forms by position, as the tokens give them."""
    doc = nlp("Marla Tevin opened the Brisk Mill in Ostrava on Monday.")
    words = words_of(doc)
    assert words.texts == tuple(t.text for t in doc)
    assert words.lowers == tuple(t.lower_ for t in doc)


def test_written_lower_holds_only_words_written_in_lower_case(nlp: Language) -> None:
    """ "mill" written in lower case once counts; "Ostrava", only capitalised, does not."""
    doc = nlp("The Brisk Mill in Ostrava is the oldest mill of the valley.")
    written = words_of(doc).written_lower
    assert "mill" in written
    assert "ostrava" not in written
    assert "brisk" not in written


def test_starts_of_finds_every_run_in_text_order(nlp: Language) -> None:
    """A name of two words is found at each writing, first to last, not at a lone word."""
    doc = nlp("Brisk Mill hired staff. Brisk said Brisk Mill would grow, Brisk Mill")
    starts = words_of(doc).starts_of(["Brisk", "Mill"])
    assert starts == [i for i in range(len(doc) - 1) if doc[i : i + 2].text == "Brisk Mill"]
    assert len(starts) == 3


def test_the_words_are_read_once_per_doc(nlp: Language) -> None:
    """A second call returns the words the first one made."""
    doc = nlp("Tovar Quarry closed on Friday.")
    assert words_of(doc) is words_of(doc)


def test_a_rebuilt_doc_reads_its_own_words(nlp: Language) -> None:
    """A doc rebuilt with new characters and the old ``user_data`` makes its own words."""
    doc = nlp("Pello said 'never' to the Tovar board.")
    words_of(doc)
    rebuilt = with_text(doc, "Pello said \u2018never\u2019 to the Tovar board.")
    assert rebuilt is not doc
    assert words_of(rebuilt).texts == tuple(t.text for t in rebuilt)
    assert words_of(rebuilt).texts != words_of(doc).texts
