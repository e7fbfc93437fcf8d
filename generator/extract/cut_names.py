"""Names the model cut short: "Lane" of "Dorrie Lane, the mortgage company,", where the
model left "Dorrie" out once and read "Dorrie Lane" whole elsewhere in the story.

The cut form and the whole one are one name, so they get one kind: what the text says
beside the cut form ("the mortgage company") counts for the whole name too. Only a word
no entity holds, written straight before the cut form, that with it spells a name the
model read elsewhere, restores it; "Ford" beside "Harrison Ford" is no cut, since the
word before it is no part of it, nor is "Tolley" after "Dr" beside a "Dr Tolley" read whole
elsewhere: a title is no part of a name.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.kin_lists import kin_listed_surnames
from generator.extract.lexicon import lexicon
from generator.extract.mentions import Mention


def restore_cut_names(mentions: list[Mention]) -> None:
    """Give each cut mention the span, text and key of the whole name written elsewhere,
    and a first name listed before a relative's full name that relative's surname."""
    kin_listed_surnames(mentions)  # "sisters Dana and Mairead Quill"
    lex = lexicon()
    titles = lex.honorifics | lex.role_words
    whole: dict[tuple[str, ...], Mention] = {}
    for mention in mentions:
        if len(mention.span) > 1 and not mention.fixed and mention.place is None:
            whole.setdefault(tuple(t.text for t in mention.span), mention)
    for mention in mentions:
        span = mention.span
        if mention.fixed or mention.place is not None or span.start == 0:
            continue
        word = span.doc[span.start - 1]
        if not word.is_title or word.ent_iob_ != "O" or not word.whitespace_:
            continue
        if word.lower_ in titles:
            continue  # "Dr Tolley": the model leaves a title out of the name, rightly
        other = whole.get((word.text, *(t.text for t in span)))
        if other is None:
            continue
        mention.span = Span(span.doc, span.start - 1, span.end, label=span.label_)
        mention.text, mention.key = other.text, other.key
