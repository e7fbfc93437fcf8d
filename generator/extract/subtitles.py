"""Names inside a work's title: "wrote Glass Rivers: The Lost Summer", "a book called The
Small Guide to Quiet Gardens".

A name that a colon joins straight to a run of capitalised words inside a sentence is the
first half of a title with its subtitle. A caption's "Pictured: Jo Ames" and a headline's
"Ames: I quit" open their line; a quotation after a name ("told Jo Ames: The plan is
dead") goes on in lower case. A name that ends a run of capitalised words opened by a
work's noun, or by "called" after one, is the end of that work's title (the model often
reads only its last words as a name). A name that "the" and a capitalised kind of work
follow ("Tom Vell the Musical") opens a show's title. General words only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import cues
from generator.extract.mentions import WORK, Mention

#: Small words a title's run of capitals may hold: "The Far Shore of Tarn".
_TITLE_SMALL_WORDS = frozenset(
    {"of", "the", "a", "an", "and", "to", "in", "on", "for", "at", "from", "with", "&"}
)
#: Longest subtitle read, in tokens.
_MOST_WORDS = 12
#: Tags of the words that may follow a title: a preposition, a conjunction, a verb.
_RUN_ENDS = ("IN", "CC", "TO", "VB", "MD", "RB", "WDT", "WP")


def subtitle_votes(mention: Mention) -> None:
    """ "wrote Glass Rivers: The Lost Summer in 2019": the name before the colon is a work."""
    span = mention.span
    doc = span.doc
    if span.start == 0 or span.end + 2 >= len(doc):
        return
    colon, before = doc[span.end], doc[span.start - 1]
    if colon.text != ":" or span[-1].whitespace_ or not before.is_lower or not before.is_alpha:
        return
    capitals, end = 0, span.end + 1
    for token in doc[span.end + 1 : span.end + 1 + _MOST_WORDS]:
        if token.is_title or (token.is_upper and token.is_alpha):
            capitals, end = capitals + 1, token.i + 1
        elif token.is_space or token.lower_ not in _TITLE_SMALL_WORDS or capitals == 0:
            break
    if capitals >= 2 and _closes_title(doc[end] if end < len(doc) else None):
        mention.vote(WORK, 3.0)


#: Lower-case words a title's run before a name may hold: "Guide to Quiet Gardens"; not
#: "and", "with" nor "by", which join a person to a title ("the film Moon River with Jo Ames").
_LINKS = frozenset({"of", "the", "a", "an", "to", "for", "in", "on"})
#: Words that give a work the title after them: "a book called ...".
_NAMING = frozenset({"called", "titled", "entitled", "named"})


def title_run_votes(mention: Mention) -> None:
    """ "a book called The Small Guide to Quiet Gardens", "the memoir Days Of Tarn And Kelby":
    the name ends a run of capitalised words that a work's noun, or "called" after one,
    opens."""
    span = mention.span
    doc = span.doc
    start, capitals = span.start, 0
    while start > 0 and span.start - start < _MOST_WORDS:
        token = doc[start - 1]
        if token.is_title:
            capitals += 1
        elif token.lower_ not in _LINKS:
            break
        start -= 1
    while start < span.start and not doc[start].is_title:
        start += 1  # "called the Small Guide": the run opens with its first capital
    if capitals == 0 or start == 0:
        return
    work_nouns = cues().work_nouns
    opener = doc[start - 1].lower_
    if opener == "the" and start > 1:
        opener = doc[start - 2].lower_
        start -= 1
    named = opener in _NAMING and start > 1 and doc[start - 2].lower_ in work_nouns
    if opener in work_nouns or named:
        mention.vote(WORK, 3.0)


def _closes_title(token: Token | None) -> bool:
    """Whether a token may follow a title: the end, a punctuation mark, a line's end, or a
    word that is no part of a noun phrase ("in 2019", "and", "was")."""
    return token is None or token.is_punct or token.is_space or token.tag_.startswith(_RUN_ENDS)


#: Capitalised nouns of a kind of work that "the" sets after a name to make the title of a
#: show about or after it: "Tom Vell the Musical", "Ann Roke - The Movie".
_TITLE_TAILS = frozenset({"musical", "opera", "movie", "film", "game", "show", "ballet"})
#: Marks that may stand between the name and "the" of such a title.
_TAIL_MARKS = frozenset({":", "-", "\u2013", "\u2014"})


def title_tail_votes(mention: Mention) -> None:
    """ "Tom Vell the Musical opened", "Ann Roke - The Opera": the name opens the title of a
    work whose kind follows it capitalised after "the"; no person is named so."""
    span, doc = mention.span, mention.span.doc
    if _tail_of_title(span):
        mention.vote(WORK, 4.0)  # "Opera" of "Ann Roke - The Opera", read as a body
        return
    i = span.end
    if i < len(doc) and doc[i].text in _TAIL_MARKS:
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "the":
        return
    tail = doc[i + 1]
    if (
        tail.is_title
        and tail.lower_ in _TITLE_TAILS
        and (i + 2 >= len(doc) or not doc[i + 2].is_title)
    ):
        mention.vote(WORK, 4.0)


def _tail_of_title(span: Span) -> bool:
    """Whether a one-word name is the kind of work that ends such a title: "Opera" of "Ann
    Roke - The Opera", after a capitalised word or a mark that follows one."""
    doc, start = span.doc, span.start
    if len(span) != 1 or span[0].lower_ not in _TITLE_TAILS or start < 2:
        return False
    if doc[start - 1].lower_ != "the":
        return False
    before = doc[start - 2]
    if before.text in _TAIL_MARKS and start > 2:
        before = doc[start - 3]
    return before.is_title and before.is_alpha
