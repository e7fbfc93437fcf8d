"""Which sentences can be key points: whole statements of the story, not furniture.

A key point is a complete declarative sentence. Bylines, "Updated:" stamps and
"Scroll down" lines are furniture; a line without a verb, or opened by a short
label and a colon ("Rescued: The boy ..."), is a photo caption; a sentence that
starts in lower case is a fragment of the one before; questions and quotes
without their speaker need the text around them; the rest of a sentence the parser
cut after a word (no stop) is no statement of its own. A point that retells one
already chosen (most of its content words again) is a near-duplicate.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_in, tokens_of
from generator.extract.lexicon import lexicon
from generator.extract.name_spans import WEEKDAYS
from generator.extract.nlp import span_text, text_of
from generator.extract.paragraphs import paragraph_start
from generator.extract.quote_mark_roles import CLOSING_MARK
from generator.extract.sentence_index import sentence_at, sentences

MIN_SENTENCE_WORDS = 4
MAX_SENTENCE_WORDS = 60
#: Share of the shorter point's content words that makes two points one.
DUPLICATE_OVERLAP = 0.6

_FURNITURE = re.compile(
    r"scroll down|click here|e-?mail to a friend|original source|all rights reserved"
    r"|\bread more\b|\u00bb|follow us|copyright|^by\b|\b(?:published|updated):"
    r"|^last (?:updated|modified)\b",
    re.IGNORECASE,
)
#: A sentence that only points to what follows ("Here is what we know so far.", "Here's
#: how it works.", "This is everything you need to know."): it tells the reader nothing.
_SIGNPOST = re.compile(
    r"^(?:here(?:'s|\u2019s| is| are)|this is|these are) (?:what|how|why|who|when|where"
    r"|everything|all (?:you|we)|the latest|a look|our guide)\b[^,;:]{0,60}[.!]$",
    re.IGNORECASE,
)
#: A short label and a colon open a photo caption ("Final embrace: These ...").
_CAPTION_LABEL = re.compile(r"^[A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){0,4}: (?=[A-Z])")
_STOP_WORDS = (
    "the a an of to in on at for with by from and or but as that which who is was were be "
    "been are has have had it its he she they his her their this said says will would not"
)
_STOP = frozenset(_STOP_WORDS.split())
DOUBLE_MARKS = '"\u201c\u201d'
QUOTE_MARKS = frozenset("\"'\u2018\u2019\u201c\u201d\u00ab\u00bb")
_ENDINGS = ".!\"'\u201d\u2019)"


def clean(sent: Span) -> str:
    """The sentence's text on one line, without an unpaired mark at its edges."""
    return tidy(span_text(sent))


#: A space before the final stop, and a doubled final stop after a word (`tidy`).
_SPACED_STOP = re.compile(r"\s+([.!])$")
_DOUBLED_STOP = re.compile(r"(?<=\w)\.\.$")


def tidy(text: str) -> str:
    """Single spaces, one final stop with no space before it, no unpaired double mark at an edge."""
    text = _SPACED_STOP.sub(r"\1", " ".join(text.split()))
    text = _DOUBLED_STOP.sub(".", text)  # a doubled stop is a typo; "..." stays
    # The sentence splitter can leave a closing mark at the start of the next
    # sentence; an unpaired mark at either edge is noise.
    if sum(text.count(m) for m in DOUBLE_MARKS) % 2 == 1:
        if text[:1] in DOUBLE_MARKS and not text[1:2].isalnum():
            text = text[1:].lstrip()
        elif text[-1:] in DOUBLE_MARKS and text[:1] not in DOUBLE_MARKS:
            text = text[:-1].rstrip()
    return text


def _is_point(sent: Span, text: str) -> bool:
    """Whether a sentence can be a key point: a whole statement, not furniture."""
    words = len(text.split())
    if not MIN_SENTENCE_WORDS <= words <= MAX_SENTENCE_WORDS or _FURNITURE.search(text):
        return False
    if _SIGNPOST.match(text):
        return False  # a pointer to what follows
    if text[-1:] not in _ENDINGS or not any(t.pos_ in ("VERB", "AUX") for t in tokens_in(sent)):
        return False  # a caption, heading or question
    if text[0].islower() or _closes_an_earlier_quote(sent):
        return False  # a fragment cut from the sentence before
    if _caption_label(text):
        return False  # a caption such as "Rescued: The boy was ..." ("He said: ..." is not)
    if text[0] in QUOTE_MARKS:
        # A bare quote needs the sentence around it; one with its speaker can stand.
        return any(t.lower_ in lexicon().reporting_verbs for t in tokens_in(sent))
    return True


def _caption_label(text: str) -> str | None:
    """The short label and colon that open a photo caption ("Rescued: "), or None; a label
    with a verb of saying ("He said: ") brings in speech, not a caption."""
    label = _CAPTION_LABEL.match(text)
    if label is None or lexicon().reporting_verbs & set(label.group().lower().split()):
        return None
    return label.group()


def _after_cut_label(previous: Span | None, sent: Span, text: str) -> bool:
    """Whether the sentence before, in the same paragraph, is only a caption's label that the
    parser cut from the caption ("Splash:" | "A dog leaps into the pond ."): the
    sentence is then that caption, as it is when the parser keeps the label with it."""
    if previous is None or _paragraph_break(previous, sent, text):
        return False
    label = clean(previous)
    return _caption_label(f"{label} {clean(sent)}") == f"{label} "


_SINGLE = frozenset("'\u2018\u2019")
_DOUBLE = frozenset(DOUBLE_MARKS)
_CLAUSE_ENDS = frozenset(".?!,")


def _closes_an_earlier_quote(sent: Span) -> bool:
    """Whether the sentence closes a quotation that a sentence before it opened."""
    return _earlier_quote_close(sent) is not None


def _earlier_quote_close(sent: Span) -> int | None:
    """Index of the mark that closes a quotation a sentence before opened: a mark right after
    its final stop or comma ("... laughing.'") with none of its kind opened in the sentence;
    None if there is none. A mark after a word is no evidence: it may be an apostrophe."""
    opened = {"single": 0, "double": 0}
    tokens = tokens_of(sent.doc)
    for token in tokens[sent.start : sent.end]:
        kind = "single" if token.text in _SINGLE else "double" if token.text in _DOUBLE else None
        if kind is None:
            continue
        previous = tokens[token.i - 1] if token.i > sent.start else None
        if previous is not None and previous.text in _CLAUSE_ENDS and not previous.whitespace_:
            if not opened[kind]:
                return token.i
            opened[kind] -= 1
        elif previous is None or previous.whitespace_:
            opened[kind] += 1
    return None


#: What a writer ends a sentence on: a point's endings, and those of questions, asides,
#: colons and broken-off speech; a sentence that ends on anything else the parser cut.
_SENTENCE_ENDS = frozenset(_ENDINGS) | frozenset("?\u2026:;\u2018\u201c]\u2013\u2014-")


def _point_sentences(doc: Doc) -> Iterator[Span]:
    """Sentences that can be points, in story order, read only as far as the caller goes."""
    text = text_of(doc)
    # The first paragraph's end; a page flattened to one line has only the lead sentence's,
    # and no paragraph to tell where a caption ends.
    first_break = text.find("\n")
    paragraphs = first_break >= 0
    if not paragraphs:
        first_break = next((sent.end_char for sent in sentences(doc)), len(text))
    previous: Span | None = None
    in_caption = False  # the paragraph so far is a photo caption
    for parsed in sentences(doc):
        sent = _last_paragraph(parsed, text)
        new_paragraph = previous is None or _paragraph_break(previous, sent, text)
        # A caption is a paragraph of its own: what follows it there describes the photo too
        # ("Jo Ames carries a lantern Tuesday. She is wearing her father's coat.").
        in_caption = (in_caption and paragraphs and not new_paragraph) or (
            first_break < sent.start_char and _is_picture_caption(sent)
        )
        if (
            not in_caption
            and _is_point(sent, clean(sent))
            and not _continues(previous, sent, text)
            and not _after_cut_label(previous, sent, text)
            and not _inside_open_quote(sent, text)
        ):
            yield sent
        previous = sent


def _last_paragraph(sent: Span, text: str) -> Span:
    """The sentence, or its part after a blank line inside it: a caption or a quoted post
    has no stop, and the parser runs it on into the next paragraph's sentence ("... tweeted
    in response | (blank line) | This was the first year ..."). A paragraph ends a sentence."""
    written = text[sent.start_char : sent.end_char].rstrip()
    gap = written.rfind("\n\n")
    if gap < 0:
        return sent
    start = sent.start_char + gap
    first = next((t.i for t in tokens_in(sent) if t.idx > start and not t.is_space), sent.end)
    return sent.doc[first : sent.end] if first < sent.end else sent


def _inside_open_quote(sent: Span, text: str) -> bool:
    """Whether a quotation opened earlier in the paragraph is still open where the sentence
    starts: "'I fell. | And the road is gone. | It is all gone,' she said." The middle
    sentence has no mark of its own, and is a speaker's words without the speaker. A mark
    before its first word opens a quote of its own or closes one the paragraph before
    left open (the splitter may put that mark here), so the sentence is not inside one."""
    first_word = next(
        (t.idx for t in tokens_in(sent) if not (t.is_punct or t.is_space)), sent.end_char
    )
    if any(mark in QUOTE_MARKS for mark in text[sent.start_char : first_word]):
        return False
    opens = paragraph_start(text, first_word)
    if double_quote_open(text[opens:first_word]):
        return True
    # Single marks are read over the last few sentences only: an apostrophe missed far back
    # in a page flattened to one line must not leave the rest of it inside a quotation.
    window = sent
    for _ in range(_MAX_QUOTE_SENTENCES):
        if window.start == 0 or window.start_char <= opens:
            break
        window = sentence_at(sent.doc, window.start - 1)
    return single_quote_open(text[max(opens, window.start_char) : first_word])


#: A single mark that opens a quotation: at a line's start or after a space or bracket,
#: before a letter ("'Come", "\u2018Come"); one that closes it: any other that is not
#: between two letters, which is an apostrophe ("we\u2019re", "it's").
_SINGLE_OPEN = re.compile("(?:^|(?<=[\\s(]))['\u2018](?=[^\\W\\d_])")
_SINGLE_MARK = re.compile("['\u2018\u2019]")


def double_quote_open(text: str) -> bool:
    """Whether a quotation opened with a double mark in ``text`` is still open at its end."""
    return text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")


def single_quote_open(text: str) -> bool:
    """Whether a quotation opened with a single mark in ``text`` is still open at its end.
    A closing mark with none open is an apostrophe ("the teachers' union")."""
    depth = 0
    for mark in _SINGLE_MARK.finditer(text):
        at = mark.start()
        if _SINGLE_OPEN.match(text, at):
            depth += 1
        elif depth and not (text[at - 1 : at].isalpha() and text[at + 1 : at + 2].isalpha()):
            depth -= 1
    return depth > 0


# The pipeline runs no lemmatizer: only the attribute ruler's lemmas (be, have, do, pronouns)
# are set, so other verbs are matched by their written forms.
_NOT_A_SCENE = frozenset(("be", "have", "do"))
#: A quote mark that is no apostrophe: a single mark between two letters ("sister's") is one.
_A_QUOTE_MARK = re.compile(
    "[\"\u201c\u201d\u00ab\u00bb]|(?<!\\w)['\u2018\u2019]|['\u2018\u2019](?!\\w)"
)
#: A weekday written anywhere in a sentence: without one, no parse needs reading.
_A_WEEKDAY = re.compile(r"\b(?:" + "|".join(sorted(WEEKDAYS)) + r")\b", re.IGNORECASE)


def _is_picture_caption(sent: Span) -> bool:
    """Whether a sentence describes a photo: a verb of the present tense with a bare
    weekday ("Jo Ames carries a lantern Tuesday past the court."). A story tells what happened
    in the past tense or in the future; only a caption puts a dated scene in the present.
    Not for a story's first paragraph, where a present-tense lead may announce an event.
    """
    text = span_text(sent)
    if not _A_WEEKDAY.search(text) or _A_QUOTE_MARK.search(text):
        return False
    verbs = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj")]
    return any(
        verb.tag_ in ("VBZ", "VBP")
        and verb.lemma_ not in _NOT_A_SCENE
        and verb.lower_ not in lexicon().reporting_verbs
        # A bare weekday: "next Friday" is the future.
        and any(
            c.dep_ == "npadvmod" and c.lower_ in WEEKDAYS and not c.n_lefts
            for c in _clause_words(verb)
        )
        for verb in verbs
    )


def _clause_words(verb: Token) -> Iterator[Token]:
    """The words of the verb's own clause: its subtree without clauses of other verbs."""
    for child in verb.children:
        if child.pos_ not in ("VERB", "AUX"):
            yield child
            yield from _clause_words(child)


def _paragraph_break(previous: Span, sent: Span, text: str) -> bool:
    """Whether a line break lies between a sentence and the next (a span may end on it)."""
    written = text[previous.start_char : previous.end_char].rstrip()
    return "\n" in text[previous.start_char + len(written) : sent.start_char]


def _continues(previous: Span | None, sent: Span, text: str) -> bool:
    """Whether the parser cut one sentence in two: the one before, in the same paragraph,
    stops on a word ("... warned his counterpart | Jo Ames the port would close.")."""
    if previous is None:
        return False
    if _paragraph_break(previous, sent, text):
        return False
    written = text[previous.start_char : previous.end_char].rstrip()
    return bool(written) and written[-1] not in _SENTENCE_ENDS


#: Most sentences after a point that may finish a quotation the point opened.
_MAX_QUOTE_SENTENCES = 3


def with_quote_finished(sent: Span) -> Span:
    """The sentence, run on to the later sentence of its paragraph that closes a quotation
    it opened: "Jo Ames said: 'I'm delighted. | It was absurd.'" is one point, not a point
    cut off inside the quotation. The sentence itself when it leaves no quotation open."""
    if quote_opening(sent) is None:
        return sent
    doc, text = sent.doc, text_of(sent.doc)
    end, words = sent, len(sent.text.split())
    for _ in range(_MAX_QUOTE_SENTENCES):
        if end.end >= len(doc) or "\n" in text[end.start_char : end.end_char].rstrip(" "):
            return sent  # the paragraph ends with the quotation still open
        end = sentence_at(doc, end.end)
        words += len(end.text.split())
        if words > MAX_SENTENCE_WORDS:
            return sent
        closing = _earlier_quote_close(end)
        if closing is not None:
            # What follows the mark the parser may have read on into ("...' It said ...").
            return doc[sent.start : closing + 1]
    return sent


def quote_opening(sent: Span) -> Token | None:
    """The mark with which the sentence opens a quotation after its first word and never
    closes it: a mark with a space before it and a word right after, no mark at the
    sentence's end, and no mark after it that closes it (a quoted phrase, "she had 'no
    regrets' about it", is closed where it stands). None if it opens none."""
    tokens = tokens_of(sent.doc)
    words = tokens[sent.start : sent.end]
    last = next((t for t in reversed(words) if not t.is_space), None)
    if last is None or last.text in QUOTE_MARKS:
        return None
    openers = [
        token
        for token in words
        if token.text in QUOTE_MARKS
        and token.i > sent.start
        and tokens[token.i - 1].whitespace_
        and not token.whitespace_
        and token.i + 1 < sent.end
    ]
    # The last opener still open at the end: quoted phrases before it are closed, and one
    # quoted inside the speech it opens closes before the end.
    return next((mark for mark in reversed(openers) if _left_open(mark, sent)), None)


def _left_open(mark: Token, sent: Span) -> bool:
    """Whether the quotation the mark opens is still open at the sentence's end."""
    rest = sent.doc[mark.i : sent.end].text
    if mark.text in ("'", "\u2018"):
        return single_quote_open(rest)
    if mark.text in ('"', "\u201c"):
        return double_quote_open(rest)
    closing = CLOSING_MARK.get(mark.text)
    return closing is None or closing not in rest[1:]


def points_of(doc: Doc) -> Iterator[Span]:
    """Sentences that can be points, in story order, each read when the caller asks for
    it: a caller that stops early leaves the rest of a long story unread."""
    return _point_sentences(doc)


def lead_sentence(doc: Doc) -> Span | None:
    """The first sentence that can be a point: the story's lead, after any caption."""
    return next(_point_sentences(doc), None)


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in _STOP]


def retells(point: str, chosen: list[str]) -> bool:
    """Whether most content words of the point, or of a chosen one, are in the other."""
    words = Counter(_content_words(point))
    for other in chosen:
        others = Counter(_content_words(other))
        shorter = min(words.total(), others.total())
        if shorter and (words & others).total() / shorter >= DUPLICATE_OVERLAP:
            return True
    return False
