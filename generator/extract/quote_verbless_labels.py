"""Whose words a verbless label before a colon says a quote is: "Her reply: '...'".

News sets a quote after a bare noun phrase that names a spoken judgement and its
owner, with no verb at all: "Lee's succinct reply: '...'", "His verdict on the plan:
'...'", "The response from Acme: '...'". The phrase is a caption for the words that
follow, so the owner of the reply or verdict said them, as the owner of "Lee's reply was
warm: '...'" does (`quote_words_of.judgement_owner`). Only a phrase with no verb that
opens its sentence counts: "Lee read out Ann's reply: '...'" has a verb, and its
subject's business is the verb's (`quote_frames.colon_subject`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.paragraphs import paragraph_start
from generator.extract.quote_frames import SPEECH_NOUNS
from generator.extract.quote_marks import ALL_MARKS, Quote
from generator.extract.quote_words_of import VERDICT_NOUNS
from generator.extract.speech import Sentences

__all__ = ["label_owner"]

#: Nouns of words spoken whose owner said the quote a label sets after them.
LABEL_NOUNS = VERDICT_NOUNS | SPEECH_NOUNS | {"retort", "explanation", "excuse", "words"}
#: Most words of a label before its colon ("Lee's short and blunt reply to the council").
MAX_LABEL_WORDS = 10
#: Prepositions whose object owns the noun: "the reply from Acme", "the verdict of Lee".
OWNING_PREPOSITIONS = frozenset(["from", "of", "by"])


def label_owner(sentences: Sentences, quote: Quote) -> Token | None:
    """The owner ("Lee's", "her", "Acme" of "from Acme") of the noun of speech that heads
    a verbless phrase opening the quote's sentence and ending in a colon right before the
    quote; None when there is no such phrase or it names no owner."""
    lead = _lead(sentences, quote)
    if lead is None:
        return None
    words = [t for t in lead if not (t.is_punct or t.is_space)]
    if not 0 < len(words) <= MAX_LABEL_WORDS or any(t.pos_ in ("VERB", "AUX") for t in lead):
        return None
    heads = [w for w in words if w.head.i == w.i or not lead.start <= w.head.i < lead.end]
    if len(heads) != 1:
        return None  # two phrases, or words the parse hung on the quote: not one label
    noun = heads[0]
    if noun.pos_ != "NOUN" or noun.lower_ not in LABEL_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in OWNING_PREPOSITIONS:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _lead(sentences: Sentences, quote: Quote) -> Span | None:
    """The words from the start of the quote's sentence, or of its paragraph when the parse
    ran a sentence on from the one before, up to a colon just before the quote."""
    first = quote.parts[0][0]
    text = sentences.text
    before = text[max(0, first - 4) : first].rstrip(" " + ALL_MARKS)
    if not before.endswith(":"):
        return None
    colon = len(before) - 1 + max(0, first - 4)
    sent = sentences.spans[sentences.index_at(colon)]
    start = max(sent.start_char, paragraph_start(text, colon))
    return sentences.doc.char_span(start, colon, alignment_mode="contract")
