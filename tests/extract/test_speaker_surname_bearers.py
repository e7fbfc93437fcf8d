"""A capitalised word the tagger reads as a common noun is still the surname of a person of
the story when the text writes it so (`speakers.Attribution._surname_bearer`)."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.entities import PERSON, Entity, Mention
from generator.extract.lexicon import lexicon
from generator.extract.nlp import load_nlp
from generator.extract.quote_marks import find_quotes
from generator.extract.speakers import Attribution

TEXT = (
    "Ola Sly was held by officers in Kelby. His brother Tom Sly had called for help. "
    "Officers pinned Sly to the ground. "
    "Sly demanded they lift the hood, saying: ‘You are trying to kill me.’"
)


def _person(doc: Doc, name: str, *starts: int) -> Entity:
    """A person with a mention of its full name and of its surname at each later start."""
    first = doc.text.index(name)
    span = doc.char_span(first, first + len(name))
    assert span is not None
    mentions = [Mention(span, PERSON, name, name)]
    for start in starts:
        mentions.append(Mention(doc[start : start + 1], PERSON, doc[start].text, name))
    return Entity(PERSON, name, mentions)


def test_a_surname_read_as_a_noun_names_its_one_bare_bearer() -> None:
    """'Sly demanded ...' with 'Sly' tagged a noun: the Sly the text calls 'Sly'."""
    doc = load_nlp()(TEXT)
    bare = [t.i for t in doc if t.text == "Sly" and doc[t.i - 1].text not in ("Ola", "Tom")]
    subject = doc[bare[-1]]
    assert not subject.text[:1].islower() and subject.pos_ != "PROPN"
    ola = _person(doc, "Ola Sly", bare[0])
    tom = _person(doc, "Tom Sly")
    quotes = find_quotes(doc.text)
    search = Attribution(doc, quotes, [ola, tom], lexicon())
    assert search.speaker_of_subject(subject, quotes[0], None) is ola
