"""Photo captions and headings that stand between a story's sentences in copy flattened
from a web page.

In such copy ("Sent off: Tom Ames, pictured, leaves the pitch . 'It was a tough night,'
he said.") each line of the page ends " ." when it had no stop of its own: a caption, a
heading, a link. No sentence of the story ends so, so a line that does and holds a clause
of some words (`caption_line`) is passed over by a pronoun reading back for its person
(`pronoun_search`) and by a quote without a verb looking for the sentence before it
(`speech.Sentences.sentence_before`): the story goes on from the sentence before the
caption. A caption of a paragraph of its own before a quote is `introduced_past_caption`.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.flat_breaks import OPEN_ENDED
from generator.extract.lexicon import lexicon
from generator.extract.nlp import span_text
from generator.extract.quote_marks import ALL_MARKS

#: Fewest words of a caption: a shorter line ("Business .", "Mr .") is a sentence of
#: the story that the page broke, not a caption.
MIN_CAPTION_WORDS = 4


def caption_line(sent: Span) -> bool:
    """Whether a sentence is a line of flattened copy that ends without a stop of its own
    (" ." after its last word) and holds a clause of some words: a photo caption or a
    heading, which no story sentence of such copy is; not a line that ends inside what a
    verb of saying reports, which the words after the break go on."""
    text = span_text(sent)
    if not text.endswith(" .") or len(text) < 3 or not text[-3].isalnum():
        return False
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if sum(t.is_alpha for t in words) < MIN_CAPTION_WORDS:
        return False
    last = words[-1]  # "... than in all of 2011/12 .": a number ends a caption too
    if last.lower_ in OPEN_ENDED:
        return False  # a line the page broke inside a sentence ("He welcomed the .")
    # "... went on to claim that Ms Lee . 'quote'": a report the break cut from its words
    return last.head.lower_ not in lexicon().reporting_verbs


def introduced_past_caption(text: str, start: int) -> int | None:
    """The start of the paragraph before the one at ``start`` when that one is a caption
    (a line with no stop of its own: "Pictured: the flooded street") and the paragraph
    before it ends in a colon ("Jo Ames told reporters:"), which the quote after the
    caption goes on from; else None."""
    end = text.find("\n\n", start)
    line = text[start : len(text) if end < 0 else end].strip()
    if start < 2 or not line or line[-1] in ".!?:" + ALL_MARKS or "\n" in line:
        return None
    before = text.rfind("\n\n", 0, start - 2)
    before = 0 if before < 0 else before + 2
    return before if text[before : start - 2].rstrip().endswith(":") else None
