"""A doc's words and tokens read once (`words_of`, `tokens_of`), kept true for the doc they
are on, and what is read from them."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from generator.extract.doc_words import full_name_surnames, tokens_in, tokens_of, words_of
from generator.extract.nlp import span_text, with_text


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


def test_tokens_are_the_docs_tokens_made_once(nlp: Language) -> None:
    """Each kept token is the doc's token at its position; a second call returns the same."""
    doc = nlp("Orla Penhale took the ferry to Skellig Bay on Sunday.")
    tokens = tokens_of(doc)
    assert [(t.i, t.text, t.dep_) for t in tokens] == [(t.i, t.text, t.dep_) for t in doc]
    assert tokens_of(doc) is tokens


def test_kept_tokens_read_entities_as_they_change(nlp: Language) -> None:
    """Labels set after the tokens were kept show on them: a token reads its doc."""
    doc = nlp("Orla Penhale took the ferry to Skellig Bay.")
    tokens = tokens_of(doc)
    doc.ents = []
    assert all(t.ent_type_ == "" for t in tokens)


def test_a_rebuilt_doc_has_its_own_tokens(nlp: Language) -> None:
    """A doc rebuilt with the old ``user_data`` keeps no token of the doc it came from."""
    doc = nlp("Pello said 'never' to the Tovar board.")
    tokens_of(doc)
    rebuilt = with_text(doc, "Pello said \u2018never\u2019 to the Tovar board.")
    assert all(t.doc is rebuilt for t in tokens_of(rebuilt))
    assert [t.text for t in tokens_of(rebuilt)][2] == "\u2018"


def test_surnames_are_last_words_of_people_named_in_full(nlp: Language) -> None:
    """ "Penhale" of "Orla Penhale" counts; a one-word person and a place's last word do not."""
    doc = nlp("Orla Penhale met Brannock near Skellig Bay.")
    doc.ents = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, 3, 4, label="PERSON"),
        Span(doc, 5, 7, label="GPE"),
    ]
    assert full_name_surnames(doc) == frozenset({"Penhale"})


def test_surnames_of_two_people_side_by_side(nlp: Language) -> None:
    """Two full names with no word between them give both surnames."""
    doc = nlp("Orla Penhale Tam Brannock arrived.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 2, 4, label="PERSON")]
    assert full_name_surnames(doc) == frozenset({"Penhale", "Brannock"})


def test_span_text_is_the_spans_own_text(nlp: Language) -> None:
    """Every sentence, a span ending before a space or a line break, and an empty span."""
    doc = nlp("Orla Penhale said:\n\n'We sail at dawn.'  Then she left. ")
    spans = [*doc.sents, doc[0:2], doc[2:5], doc[3:3], doc[len(doc) - 2 :]]
    assert [span_text(s) for s in spans] == [s.text for s in spans]


def test_tokens_in_a_span_are_its_own(nlp: Language) -> None:
    """A sentence's and a slice's tokens, in order, as iterating the span gives them."""
    doc = nlp("Orla Penhale sailed. Tam Brannock stayed in Skellig Bay.")
    for span in [*doc.sents, doc[4:7], doc[2:2]]:
        assert [t.i for t in tokens_in(span)] == [t.i for t in span]
