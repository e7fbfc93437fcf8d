"""Line breaks that a data set flattened into " . " inside a sentence: "spotted off the coast
of . Tarnmouth", "it was super . hard".

The CNN/DailyMail data set stores a web page's text on one line, each line break of the
page written as " . " (a stop with a space on each side, which no writer types). Where the
page broke a line at a paragraph's end the stop does no harm; where it broke one inside a
sentence (a link, a caption's edge, a column), the parser ends the sentence there and key
points end "off the coast of." The break is inside a sentence when a comma or semicolon
ends the word before it ("lovable, . adoring"), or a spaced dash follows it, or the word
after it is in lower case, or the word before it cannot end one (an article, a preposition, a
conjunction, an auxiliary, a possessive, a courtesy title), or the two words around it are
written together elsewhere in the text ("Rush . Limbaugh" beside "Rush Limbaugh"), or a
common given name stands before it and a capitalised word that is not a pronoun or a
function word after it ("Leader Nancy . Quell said": a new sentence seldom opens with a
surname right after one that closed on a given name), or the break cuts a name or title
(`flat_break_names`). A break before an opening quote mark stays, as a speech often opens
a line of its own after a caption, unless the word before it is one that no line ends on
(an article, a modal, "of": "He welcomed the . 'uprising'") and the line is no caption
("(pictured)", "above"). Only the
text the parser reads is mended; the record's body keeps the seed's text as it came.
"""

from __future__ import annotations

import re
from functools import partial

from generator.extract.flat_break_names import name_goes_on
from generator.extract.referent_given_names import given_name_sex

#: A flattened line break: a stop with a space (not a line end) on each side, after a word.
#: The word is matched from its first character only: a word ends where its run of
#: non-spaces does, so a match inside the run would end at the same place and none is lost,
#: and a long run without spaces is read once, not once per character (linear, not quadratic).
_BREAK = re.compile(r"(?<!\S)(\S+) \. (?=\S)")
#: A word after a break, and two words written together (overlapping pairs).
_WORD = re.compile(r"[\w'’-]+")
_TWO_WORDS = re.compile(r"(?<!\S)(?=(\S+) ([\w'’-]+))")
#: The word or mark after a word.
_NEXT = re.compile(r" ?([\w'’-]+|[^\w\s])")
#: Marks that may open a quote after a break.
_OPENING_MARKS = frozenset("‘'\"“(")
#: Marks that end no sentence: a break after them falls inside one ("lovable, . adoring").
_CONTINUING_MARKS = frozenset(",;")
#: Dashes that, set off by spaces after a break, go on with the sentence ("a good cook . - so").
_DASHES = frozenset("-\u2013\u2014")
#: So many breaks mark a flattened text; fewer may be a writer's own " . ".
MIN_BREAKS = 3
#: Words that cannot end a sentence: articles, prepositions, conjunctions, auxiliaries,
#: possessives, "to", courtesy titles, and prepositions that need their object ("Since .
#: Mr Fenn became", "heading towards . Kelby").
_OPEN_ENDED_WORDS = (
    "a an the of to in on at for with by from into onto about over under between than "
    "and or but nor as that which who whom whose when where while if because although "
    "is are was were be been being has have had will would could should may might must "
    "can shall do does did his her its their our my your this these those such very "
    "since until unless whether despite during via upon among amongst against towards toward "
    "mr mrs ms dr sir lord lady prof rev"
)
OPEN_ENDED = frozenset(_OPEN_ENDED_WORDS.split())
#: Open-ended words that may still end a caption or a line before a speech: particles and
#: prepositions that end phrasal verbs ("late on"), object pronouns ("tell her"), pronouns.
_LINE_END_WORDS = (
    "on in over under about by off her his that this these those which who whom where when "
    "while do does did mr mrs ms dr sir lord lady prof rev"
)
MAY_END_A_LINE = frozenset(_LINE_END_WORDS.split())
#: Words after which a break before an opening quote mark falls inside a sentence.
_BEFORE_QUOTE = OPEN_ENDED - MAY_END_A_LINE
#: A photo caption's pointer: a line that holds one is a caption, whatever it ends on.
_CAPTION_POINTER = re.compile(
    r"\bpictured\b|\b(?:above|below)\b|\((?:left|right|centre|center|top|bottom|inset)\)", re.I
)
#: Where a line ends before the next one opens: a break, a sentence's stop, a line end.
_LINE_END = re.compile(r"(?: \.|[.!?][’'\"”]?) |\n")
#: Words that open a sentence after one that ends on a given name ("... his son Jack . He").
_OPENER_WORDS = "he she it they we i you there here then so yet now after before since once"
_SENTENCE_OPENERS = OPEN_ENDED | frozenset(_OPENER_WORDS.split())


def mend_flat_breaks(text: str) -> str:
    """``text`` with each flattened line break inside a sentence made a space (see the
    module's doc); a text with fewer than MIN_BREAKS breaks is left as it is."""
    if len(_BREAK.findall(text)) < MIN_BREAKS:
        return text
    return _BREAK.sub(partial(_mended, together=_words_together(text)), text)


def _mended(found: re.Match[str], together: frozenset[tuple[str, str]]) -> str:
    """The word before a break, then a space if the break falls inside a sentence."""
    before = found[1]
    after = found.string[found.end() : found.end() + 1]
    next_word = _WORD.match(found.string, found.end())
    dash_after = after in _DASHES and found.string[found.end() + 1 : found.end() + 2] == " "
    bare = before.strip("‘’'\"“”(").lower()
    # A quote mark after the break mostly opens a speech on a line of its own (after a
    # caption that ends "late on"): joining them would run the caption into the speech.
    if after in _OPENING_MARKS:
        inside = bare in _BEFORE_QUOTE and not _caption_line(found)
        return f"{before} " if inside else found[0]
    inside = before[-1:] in _CONTINUING_MARKS or (
        before[-1:].isalnum()
        and (
            after.islower()
            or dash_after
            or bare in OPEN_ENDED
            or (next_word is not None and (before, next_word[0]) in together)
            or (next_word is not None and _given_name_then_surname(before, next_word[0]))
            or (next_word is not None and _name_cut(before, next_word))
        )
    )
    return f"{before} " if inside else found[0]


def _caption_line(found: re.Match[str]) -> bool:
    """Whether the line that ends at the break holds a photo caption's pointer."""
    head = found.string[max(0, found.start() - 300) : found.start()]
    start = max((end.end() for end in _LINE_END.finditer(head)), default=0)
    return _CAPTION_POINTER.search(head[start:] + " " + found[1]) is not None


def _name_cut(before: str, after: re.Match[str]) -> bool:
    """Whether the break before the word ``after`` cuts a name or a title in two."""
    then = _NEXT.match(after.string, after.end())
    return name_goes_on(before, after[0], then[1] if then else None)


def _given_name_then_surname(before: str, after: str) -> bool:
    """Whether a common given name ends before the break and a capitalised word that opens
    no sentence of its own follows it: one name the page's line broke."""
    return (
        before[:1].isupper()
        and given_name_sex(before) is not None
        and after[:1].isupper()
        and not after.isupper()
        and after.lower() not in _SENTENCE_OPENERS
    )


def _words_together(text: str) -> frozenset[tuple[str, str]]:
    """Every two words written one after the other with a space between them."""
    return frozenset(_TWO_WORDS.findall(text))
