"""Evidence that a name is a book or a show: its maker's noun before it, a subtitle in it.

- "Ada Vell, author of Quiet Harbours": what an author, a writer or a composer is "of"
  is a work; a body has directors, chiefs and members, not authors. Not a name that owns
  the work: "the author of Ada Vell's life" is her biographer.
- "Quiet Harbours: Life Among the Fishermen": a name that holds a colon between
  capitalised words is a title and its subtitle; the names of bodies hold no colon.

General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import lower_at
from generator.extract.mentions import WORK, Mention

#: Makers of works whose "of" names the work: "author of", "the composer of".
_MAKERS = frozenset(
    {"author", "authors", "co-author", "coauthor", "writer", "writers", "co-writer"}
    | {"screenwriter", "novelist", "composer", "lyricist", "illustrator", "playwright"}
)
#: Weight of either sign: as much as "the film X" says.
_WEIGHT = 3.0


def maker_votes(mention: Mention) -> None:
    """Votes for a work from its maker's "of" and from a subtitle (see the module)."""
    span = mention.span
    doc = span.doc
    of_at = span.start - 1
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        of_at -= 1  # "author of The Quiet Harbours", when the model left "The" out
    # "'s" only: a lone apostrophe after a name as often closes a quoted title.
    owner = lower_at(doc, span.end) in ("'s", "\u2019s")
    if lower_at(doc, of_at) == "of" and lower_at(doc, of_at - 1) in _MAKERS and not owner:
        mention.vote(WORK, _WEIGHT)
    if _holds_subtitle(span):
        mention.vote(WORK, _WEIGHT)


def _holds_subtitle(span: Span) -> bool:
    """Whether a colon inside the name stands between capitalised words: "Quiet Harbours:
    Life Among the Fishermen"; not a name the model ran over a colon ("Note: Ames")."""
    for token in span[1:-1]:
        if token.text != ":":
            continue
        before, after = span.doc[token.i - 1], span.doc[token.i + 1]
        if before.is_title and after.is_title and token.i - span.start >= 2:
            return True
    return False
