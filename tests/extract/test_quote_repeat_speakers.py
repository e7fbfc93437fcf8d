"""Words a page prints twice are one person's: the printings take the speaker a paragraph
holding one of them names beside it (`quote_echoes.settle_repeats`)."""

from __future__ import annotations

from generator.extract.entities import PERSON, Entity, Mention
from generator.extract.lexicon import lexicon
from generator.extract.nlp import load_nlp
from generator.extract.quote_echoes import settle_repeats
from generator.extract.quote_marks import find_quotes
from generator.extract.speakers import Attribution


def test_printings_with_two_speakers_take_the_one_named_beside_them() -> None:
    """A printing read back to the wrong 'she' takes the name written beside the other."""
    text = (
        "Kit Dorran and Mia Selby spoke at the harbour meeting.\n\n"
        "‘We will never let the harbour close while boats still sail,’ she told the Gazette.\n\n"
        "Mia Selby told the Gazette: ‘We will never let the harbour close while boats still "
        "sail.’"
    )
    doc = load_nlp()(text)
    people = []
    for name in ("Kit Dorran", "Mia Selby"):
        start = text.rindex(name)
        span = doc.char_span(start, start + len(name))
        assert span is not None
        people.append(Entity(PERSON, name, [Mention(span, PERSON, name, name)]))
    kit, mia = people
    quotes = find_quotes(doc.text)
    search = Attribution(doc, quotes, people, lexicon())
    quotes[0].speaker, quotes[1].speaker = kit, mia
    settle_repeats(search, quotes)
    assert [q.speaker for q in quotes] == [mia, mia]
