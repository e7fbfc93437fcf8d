"""Direct quotations and who said them.

`quote_marks` finds the quotes from their marks (every convention of English
news); `speakers` reads each speaker from the parse around it. This module
puts the two together and adds the one rule that spans quotes: a quote with
no reporting verb around it continues the speaker of the sentence before it
in the same paragraph ("Mr X said the talks failed. 'It was a disaster.'").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.entities import Entity
from generator.extract.lexicon import Lexicon, lexicon
from generator.extract.quote_marks import MIN_QUOTE_WORDS, Quote, find_quotes
from generator.extract.speakers import Attribution, gender_of

__all__ = ["MIN_QUOTE_WORDS", "Quote", "attribute", "extract_quotes", "find_quotes", "gender_of"]


def attribute(
    doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon | None = None
) -> list[Entity]:
    """Set each quote's speaker (in place), or leave it None when unclear.

    Returns the people the NER missed who were found speaking ("Owen Marsh
    said"), as new entities.
    """
    search = Attribution(doc, quotes, entities, lex or lexicon())
    previous: Quote | None = None
    for quote in quotes:
        quote.speaker = _speaker(search, quote, previous)
        previous = quote
    return search.added


def _speaker(search: Attribution, quote: Quote, previous: Quote | None) -> Entity | None:
    verbs = search.reporting_verbs(quote)
    if verbs:
        speaker, decided = search.speaker_of_verbs(verbs, quote, previous)
        if decided:
            return speaker
    introducer = search.sentences.colon_subject(quote) or search.sentences.dash_subject(quote)
    if introducer is not None:
        # "Okafor, the addictions doctor, is more blunt: '...'"
        return search.speaker_of_subject(introducer, quote, previous)
    if not search.sentences.starts_sentence(quote):
        return None  # a fragment in a sentence that says nothing of its speaker
    # No reporting verb around the quote: news style continues the speaker of
    # the sentence just before ("Mr Blair said talking was the answer. "You've
    # got to confront it."), or of the paragraph before when the quote opens
    # its own paragraph.
    first = quote.parts[0][0]
    before = search.sentences.sentence_before(first)
    if before is not None:
        start = before.start_char
    else:
        start, before = search.sentences.paragraph_before(quote)
        if before is None:
            return None
    earlier = [t for t in before if search.is_reporting(t) and not search.quoted.inside(t.idx)]
    continued = previous is not None and previous.speaker is not None
    if continued and previous is not None and previous.parts[-1][1] >= start:
        return previous.speaker
    if earlier:
        # A verb of the main clause reports, the nearest first ("The Greens posted
        # losses and Mr X predicted ..."); one in a clause it governs does not
        # ("Lee said Ann asked her why ...").
        earlier.sort(key=lambda verb: (not main_clause(verb), -verb.i))
        found, _ = search.speaker_of_verbs(earlier, quote, previous)
        return found
    if continued and previous is not None and search.nobody_between(previous, quote):
        # '"...," Ms Lee said in Leeds, Yorks. "..."': the abbreviation split the
        # sentence, but no one else has come up since her last words.
        return previous.speaker
    return None


def main_clause(verb: Token) -> bool:
    """Whether a verb heads its sentence, alone or joined to the head by "and"."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Quotes of a parsed article with their speakers.

    People the NER missed but the text names as speakers are appended to
    ``entities``, so that the record lists everyone it quotes.
    """
    quotes = find_quotes(doc.text)
    entities.extend(attribute(doc, quotes, entities))
    unique: dict[str, Quote] = {}
    for quote in quotes:
        unique.setdefault(quote.text, quote)
    return list(unique.values())
