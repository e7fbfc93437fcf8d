"""Speakers read from parses the tagger gets half wrong: a participle hung on a noun, a
title standing as subject before the name it belongs to, a writing sent by someone."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.entities import PERSON, Entity, Mention
from generator.extract.lexicon import lexicon
from generator.extract.nlp import load_nlp
from generator.extract.quote_marks import Quote, find_quotes
from generator.extract.speaker_subjects import subject_of
from generator.extract.speakers import Attribution
from tests.extract.test_quotes import speakers


def _doc(rows: list[tuple[str, int, str, str]], tight: tuple[int, ...] = ()) -> Doc:
    """A parse from (word, head, dep, pos) rows; a space follows each word but the last,
    one before a comma, a colon or a full stop, and those in ``tight``."""
    words = [r[0] for r in rows]
    spaces = [
        i + 1 < len(rows) and rows[i + 1][0] not in ",.:" and i not in tight
        for i in range(len(rows))
    ]
    heads = [r[1] for r in rows]
    deps = [r[2] for r in rows]
    pos = [r[3] for r in rows]
    return Doc(load_nlp().vocab, words, spaces, heads=heads, deps=deps, pos=pos)


def test_a_participle_after_a_comma_and_an_adverb_is_the_clause_subjects() -> None:
    """'Vesk rose to answer the board, gently mocking ... and telling them:' is Vesk."""
    rows = [
        ("Vesk", 1, "nsubj", "PROPN"),
        ("rose", 1, "ROOT", "VERB"),
        ("to", 3, "aux", "PART"),
        ("answer", 1, "xcomp", "VERB"),
        ("the", 5, "det", "DET"),
        ("board", 3, "dobj", "NOUN"),
        (",", 5, "punct", "PUNCT"),
        ("gently", 8, "advmod", "ADV"),
        ("mocking", 5, "acl", "VERB"),
        ("them", 8, "dobj", "PRON"),
        ("and", 8, "cc", "CCONJ"),
        ("telling", 8, "conj", "VERB"),
        ("us", 11, "dobj", "PRON"),
        (":", 1, "punct", "PUNCT"),
    ]
    doc = _doc(rows)
    doc[8].tag_ = doc[11].tag_ = "VBG"
    assert subject_of(doc[11]) == doc[0]


def test_a_participle_right_after_its_noun_still_describes_it() -> None:
    """'footage of Vesk telling them' with no comma is Vesk's words."""
    rows = [
        ("footage", 0, "ROOT", "NOUN"),
        ("of", 0, "prep", "ADP"),
        ("Vesk", 1, "pobj", "PROPN"),
        ("telling", 2, "acl", "VERB"),
        ("them", 3, "dobj", "PRON"),
    ]
    doc = _doc(rows)
    doc[3].tag_ = "VBG"
    assert subject_of(doc[3]) == doc[2]


def test_a_title_subject_gives_the_person_in_apposition() -> None:
    """'Head Ranger, hill walker Mara Quill, said' with the title as subject: Quill speaks."""
    rows = [
        ("Head", 1, "compound", "PROPN"),
        ("Ranger", 8, "nsubj", "PROPN"),
        (",", 1, "punct", "PUNCT"),
        ("hill", 4, "compound", "NOUN"),
        ("walker", 6, "compound", "NOUN"),
        ("Mara", 6, "compound", "PROPN"),
        ("Quill", 1, "appos", "PROPN"),
        (",", 1, "punct", "PUNCT"),
        ("said", 8, "ROOT", "VERB"),
        (":", 8, "punct", "PUNCT"),
        ("'", 8, "punct", "PUNCT"),
        ("We", 12, "nsubj", "PRON"),
        ("stay", 8, "ccomp", "VERB"),
        ("shut", 12, "acomp", "ADJ"),
        ("all", 15, "det", "DET"),
        ("week", 12, "npadvmod", "NOUN"),
        (".", 12, "punct", "PUNCT"),
        ("'", 8, "punct", "PUNCT"),
    ]
    doc = _doc(rows, tight=(10, 16))
    quill = Entity(PERSON, "Mara Quill", [Mention(doc[5:7], PERSON, "Mara Quill", "Mara Quill")])
    quotes = find_quotes(doc.text)
    search = Attribution(doc, quotes, [quill], lexicon())
    assert search.speaker_of_subject(doc[1], quotes[0], None) is quill


def test_a_statement_sent_by_a_person_is_theirs() -> None:
    """'A statement emailed to the paper by Tavi Orrin said ...' is Orrin's words."""
    text = (
        "Tavi Orrin joined the Pellham board last month.\n\n"
        "A statement emailed to the Gazette by Tavi Orrin said 'the board will respect "
        "every ruling of the court'."
    )
    assert speakers(text) == [("the board will respect every ruling of the court", "Tavi Orrin")]


def test_an_age_hung_on_the_verb_is_its_subject() -> None:
    """ "'...,' the 58-year-old wrote", the age hung on 'wrote': the age phrase says it."""
    rows = [
        ("'", 2, "punct", "PUNCT"),
        ("We", 2, "nsubj", "PRON"),
        ("won", 11, "ccomp", "VERB"),
        (",", 11, "punct", "PUNCT"),
        ("'", 11, "punct", "PUNCT"),
        ("the", 10, "det", "DET"),
        ("58", 8, "nummod", "NUM"),
        ("-", 8, "punct", "PUNCT"),
        ("year", 10, "npadvmod", "NOUN"),
        ("-", 10, "punct", "PUNCT"),
        ("old", 11, "amod", "ADJ"),
        ("wrote", 11, "ROOT", "VERB"),
        (".", 11, "punct", "PUNCT"),
    ]
    doc = _doc(rows, tight=(0, 3, 6, 7, 8, 9))
    quotes = find_quotes(doc.text, 1)
    assert doc.text.startswith("'We won,' the 58-year-old wrote")
    assert subject_of(doc[11], quotes[0]) == doc[10]


def test_a_show_title_the_parser_made_subject_does_not_hide_the_name() -> None:
    """'"...," Vesk, a top aide, said on "Talk Hour."' is Vesk's, though the show is subject."""
    rows = [
        ('"', 2, "punct", "PUNCT"),
        ("We", 2, "nsubj", "PRON"),
        ("won", 11, "ccomp", "VERB"),
        (",", 2, "punct", "PUNCT"),
        ('"', 11, "punct", "PUNCT"),
        ("Vesk", 11, "npadvmod", "PROPN"),
        (",", 5, "punct", "PUNCT"),
        ("a", 9, "det", "DET"),
        ("top", 9, "amod", "ADJ"),
        ("aide", 5, "appos", "NOUN"),
        (",", 11, "punct", "PUNCT"),
        ("said", 11, "ROOT", "VERB"),
        ("on", 11, "prep", "ADP"),
        ('"', 15, "punct", "PUNCT"),
        ("Talk", 15, "compound", "PROPN"),
        ("Hour", 11, "nsubj", "PROPN"),
        (".", 11, "punct", "PUNCT"),
        ('"', 11, "punct", "PUNCT"),
    ]
    doc = _doc(rows, tight=(0, 3, 13, 16))
    assert doc.text.startswith('"We won," Vesk, a top aide, said on "Talk Hour."')
    vesk = Entity(PERSON, "Jon Vesk", [Mention(doc[5:6], PERSON, "Vesk", "Jon Vesk")])
    quotes = find_quotes(doc.text, 1)
    search = Attribution(doc, quotes, [vesk], lexicon())
    assert search.speaker_of_verbs([doc[11]], quotes[0], None) == (vesk, True)


def _cheered(writer: str) -> tuple[Doc, list[Quote], Attribution, Entity]:
    """'Many cheered Acme, with <writer> Lee writing, "We lost," she added.' with the
    writer's name as an entity."""
    rows = [
        ("Many", 1, "nsubj", "NOUN"),
        ("cheered", 1, "ROOT", "VERB"),
        ("Acme", 1, "dobj", "PROPN"),
        (",", 1, "punct", "PUNCT"),
        ("with", 1, "prep", "ADP"),
        (writer, 6, "compound", "PROPN"),
        ("Lee", 7, "nsubj", "PROPN"),
        ("writing", 4, "pcomp", "VERB"),
        (",", 7, "punct", "PUNCT"),
        ('"', 11, "punct", "PUNCT"),
        ("We", 11, "nsubj", "PRON"),
        ("lost", 15, "ccomp", "VERB"),
        (",", 11, "punct", "PUNCT"),
        ('"', 15, "punct", "PUNCT"),
        ("she", 15, "nsubj", "PRON"),
        ("added", 15, "ROOT", "VERB"),
        (".", 15, "punct", "PUNCT"),
    ]
    doc = _doc(rows, tight=(9, 12))
    lee = Entity(PERSON, f"{writer} Lee", [Mention(doc[5:7], PERSON, "Lee", f"{writer} Lee")])
    quotes = find_quotes(doc.text, 1)
    return doc, quotes, Attribution(doc, quotes, [lee], lexicon()), lee


def test_she_after_the_quote_is_the_writer_named_before_it() -> None:
    """'with Ann Lee writing, "...," she added': "she" is the sentence's named writer."""
    doc, quotes, search, lee = _cheered("Ann")
    assert doc.text.startswith('Many cheered Acme, with Ann Lee writing, "We lost," she')
    verbs = [doc[15], doc[1], doc[7]]
    assert doc[14].lower_ == "she" and doc[15].lower_ == "added"
    assert search.sayer_before(verbs, doc[14], quotes[0]) is lee


def test_the_nearest_verb_before_the_quote_must_name_a_person() -> None:
    """A nearest verb of saying naming no person ('Many cheered Acme') leaves the pronoun open."""
    doc, quotes, search, _ = _cheered("Ann")
    verbs = [doc[15], doc[1]]
    assert search.sayer_before(verbs, doc[14], quotes[0]) is None
