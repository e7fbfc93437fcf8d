"""Key points and summary: the sentences that carry the story.

News puts the story first, so the lead is a strong baseline (Lead-3). We keep
its order and fix what hurts it in real copy:

- furniture (bylines, "Updated:" stamps, "Scroll down"), captions (no verb, or
  a "Label: ..." opening), fragments, questions and bare quotes are not points;
- near-duplicates are dropped;
- points lose what a reader can skip: short parentheses, an attribution tail
  (", police said Sunday.") and a trailing participle clause.

The summary is the lead sentence cut to its main statement (no opening clause,
appositive, or closing "when/after ..." clause), and the first key point is
the lead in full. When nothing can be cut, the summary is the lead as written
and the key points start after it. Either way the summary never repeats a key
point word for word. (A later sentence that retells the lead stays a point:
dropping it cost ROUGE on every measure.)

Measured on the tune half of the CNN/Daily Mail summaries set (see
`../shared/eval-data`), each of these choices kept ROUGE-1, -2 and -Lsum at or
above Lead-3 of the cleaned text; cutting relative clauses from the summary,
skipping soft openings ("It's the moment every pet owner dreads.") and more
than three points did not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import lexicon

MIN_POINTS, MAX_POINTS = 3, 5
MIN_SENTENCE_WORDS = 4
MAX_SENTENCE_WORDS = 60
DUPLICATE_OVERLAP = 0.6
#: Parentheses this long or shorter are asides ("(RTL)", "($41 million)").
MAX_ASIDE_TOKENS = 12
#: A cut that leaves fewer tokens than this is not a sentence any more.
MIN_CUT_TOKENS = 4
#: A closing clause is cut only after a main clause at least this long.
MIN_MAIN_CLAUSE_TOKENS = 8

_FURNITURE = re.compile(
    r"scroll down|click here|e-?mail to a friend|original source|all rights reserved"
    r"|\bread more\b|\u00bb|follow us|copyright|^by\b|\b(?:published|updated):"
    r"|^last (?:updated|modified)\b",
    re.IGNORECASE,
)
#: A short label and a colon open a photo caption ("Final embrace: These ...").
_CAPTION_LABEL = re.compile(r"^[A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){0,3}: (?=[A-Z])")
#: Words that open a clause of circumstance, which a summary can drop.
_TIME_WORDS = frozenset(
    ["when", "after", "as", "before", "while", "since", "until", "once", "upon"]
)
_STOP_WORDS = (
    "the a an of to in on at for with by from and or but as that which who is was were be "
    "been are has have had it its he she they his her their this said says will would not"
)
_STOP = frozenset(_STOP_WORDS.split())
_MARKS = '"\u201c\u201d'
_QUOTE_MARKS = frozenset("\"'\u2018\u2019\u201c\u201d\u00ab\u00bb")
_ENDINGS = ".!\"'\u201d\u2019)"

#: What a key point loses: asides, attribution tails, trailing participle clauses.
POINT_CUTS = frozenset({"aside", "attribution", "participle"})
#: What the summary loses in addition: the opening clause, appositives, a closing clause.
SUMMARY_CUTS = POINT_CUTS | {"opening", "appositive", "trailing"}


@dataclass(frozen=True)
class Digest:
    """The summary and key points of one story."""

    summary: str
    key_points: list[str]


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in _STOP]


def _clean(sent: Span) -> str:
    return _tidy(sent.text)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([.!])$", r"\1", " ".join(text.split()))
    # The sentence splitter can leave a closing mark at the start of the next
    # sentence; an unpaired mark at either edge is noise.
    if sum(text.count(m) for m in _MARKS) % 2 == 1:
        if text[:1] in _MARKS and not text[1:2].isalnum():
            text = text[1:].lstrip()
        elif text[-1:] in _MARKS and text[:1] not in _MARKS:
            text = text[:-1].rstrip()
    return text


def _is_point(sent: Span, text: str) -> bool:
    """Whether a sentence can be a key point: a whole statement, not furniture."""
    words = len(text.split())
    if not MIN_SENTENCE_WORDS <= words <= MAX_SENTENCE_WORDS or _FURNITURE.search(text):
        return False
    if text[-1:] not in _ENDINGS or not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False  # a caption, heading or question
    if text[0].islower():
        return False  # a fragment cut from the sentence before
    label = _CAPTION_LABEL.match(text)
    if label and not lexicon().reporting_verbs & set(label.group().lower().split()):
        return False  # a caption such as "Rescued: The boy was ..." ("He said: ..." is not)
    if text[0] in _QUOTE_MARKS:
        # A bare quote needs the sentence around it; one with its speaker can stand.
        return any(t.lower_ in lexicon().reporting_verbs for t in sent)
    return True


def _candidates(doc: Doc) -> list[Span]:
    """Sentences that can be points, in story order."""
    return [sent for sent in doc.sents if _is_point(sent, _clean(sent))]


# --- cutting a sentence down ------------------------------------------------------


def _extent(token: Token) -> tuple[int, int]:
    """First and last token index of a token's subtree."""
    return token.left_edge.i, token.right_edge.i


def _last_word(sent: Span) -> int:
    end = sent.end - 1
    while end > sent.start and (sent.doc[end].is_punct or sent.doc[end].is_space):
        end -= 1
    return end


def _cuts(sent: Span, kinds: Collection[str]) -> set[int]:
    """Indexes of the tokens to drop from a sentence for the given kinds of cut."""
    end = _last_word(sent)
    drop: set[int] = set()
    if "opening" in kinds:
        drop.update(_opening_clause(sent))
    if "participle" in kinds or "attribution" in kinds:
        drop.update(_closing_phrase(sent, end, kinds))
    if "attribution" in kinds:
        drop.update(_attribution(sent, end))
    for token in sent:
        if "appositive" in kinds and _is_appositive_aside(token, sent):
            first, last = _extent(token)
            drop.update(range(first - 1, last + 1))
            if sent.doc[last + 1].text == ",":
                drop.add(last + 1)
    if "trailing" in kinds:
        drop.update(_trailing_clause(sent, end))
    if "aside" in kinds:
        drop.update(_parentheses(sent))
    return drop


def _opening_clause(sent: Span) -> range:
    """ "As he awaits the report, President Bush will ..." -> "President Bush will ..." """
    root = sent.root
    for child in root.children:
        first, last = _extent(child)
        if first != sent.start or child.i > root.i or last == first:
            continue
        opener = child.dep_ in ("advcl", "prep", "npadvmod", "advmod")
        if opener and sent.doc[last + 1].text == "," and _has_subject(root, last):
            return range(first, last + 2)
    return range(0)


def _closing_phrase(sent: Span, end: int, kinds: Collection[str]) -> range:
    """ ", accusing her of ..." (a participle) or ", according to the agency" at the end."""
    root = sent.root
    for child in root.children:
        first, last = _extent(child)
        if child.i < root.i or last < end or sent.doc[first - 1].text != ",":
            continue
        participle = child.dep_ == "advcl" and child.tag_ == "VBG"
        according = child.dep_ == "prep" and child.lower_ == "according"
        if (participle and "participle" in kinds) or (according and "attribution" in kinds):
            return range(first - 1, end + 1)
    return range(0)


def _attribution(sent: Span, end: int) -> range:
    """ "The plan failed, officials said Sunday." -> "The plan failed." """
    root = sent.root
    if root.lower_ not in lexicon().reporting_verbs:
        return range(0)
    content = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    speaker = [c for c in root.children if c.dep_ == "nsubj" and c.i > root.i - 8]
    # "As the ship waited, officials revealed plans": a clause with a
    # conjunction, or a verb with an object, is not an attribution.
    objects = [c for c in root.children if c.dep_ in ("dobj", "dative")]
    if not content or not speaker or objects or _has_mark(content[0]):
        return range(0)
    first, last = _extent(content[0])
    if first == sent.start and last + 1 < end and sent.doc[last + 1].text == ",":
        return range(last + 1, end + 1)
    return range(0)


def _trailing_clause(sent: Span, end: int) -> range:
    """A closing "when/after ..." clause: "X left after he said ..." -> "X left"."""
    doc = sent.doc
    for token in sent:
        first, last = _extent(token)
        if last < end or first - sent.start < MIN_MAIN_CLAUSE_TOKENS:
            continue
        if doc[first].lower_ not in _TIME_WORDS:
            continue
        clause = token.dep_ == "advcl" and doc[first].dep_ == "mark"
        phrase = token.dep_ == "prep" and any(c.dep_ == "pcomp" for c in token.children)
        if clause or phrase:
            return range(first - (doc[first - 1].text == ","), end + 1)
    return range(0)


def _has_mark(clause: Token) -> bool:
    return any(c.dep_ == "mark" for c in clause.children)


def _has_subject(root: Token, after: int) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > after for c in root.children)


def _is_appositive_aside(token: Token, sent: Span) -> bool:
    """An appositive set off by commas ("Virgin, a venture capital group, is ...")."""
    if token.dep_ != "appos":
        return False
    first, last = _extent(token)
    doc = sent.doc
    if first - 1 < sent.start or doc[first - 1].text != ",":
        return False
    if last + 1 >= sent.end or doc[last + 1].text not in (",", ".", "!"):
        return False
    words = doc[first : last + 1]
    # Ages, dates and places ("Portland, Dorset") are what a reader wants to keep.
    if any(t.like_num or t.ent_type_ in ("GPE", "LOC", "DATE") for t in words):
        return False
    return not all(t.pos_ in ("PROPN", "PUNCT") for t in words)


def _parentheses(sent: Span) -> set[int]:
    drop: set[int] = set()
    opened: int | None = None
    for token in sent:
        if token.text == "(":
            opened = token.i
        elif token.text == ")" and opened is not None:
            if token.i - opened <= MAX_ASIDE_TOKENS:
                drop.update(range(opened, token.i + 1))
            opened = None
    return drop


def cut(sent: Span, kinds: Collection[str]) -> str | None:
    """The sentence without the parts named by ``kinds``, or None if nothing is cut."""
    drop = _cuts(sent, kinds)
    if not drop:
        return None
    kept = [t for t in sent if t.i not in drop]
    if sum(sent.doc[i].text in _QUOTE_MARKS for i in drop) % 2:
        # An opening mark went with the cut: its closing mark goes too.
        for token in reversed(kept):
            if token.text in _QUOTE_MARKS and token.i > max(drop):
                kept.remove(token)
                break
    if len(kept) < MIN_CUT_TOKENS:
        return None
    parts = []
    for token in kept:
        parts.append(token.text + (" " if token.whitespace_ or token.i + 1 in drop else ""))
    text = re.sub(r"\s+([,.!])", r"\1", " ".join("".join(parts).split()))
    text = re.sub(r"\s*(?:--|[-\u2013\u2014])\s*([.!])$", r"\1", text)  # "armchairs -."
    text = _tidy(text.replace(",.", ".").replace(",,", ","))
    return text[:1].upper() + text[1:]


# --- choosing --------------------------------------------------------------------


def _overlap(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return common / min(len(a), len(b))


def _point(sent: Span) -> str:
    return cut(sent, POINT_CUTS) or _clean(sent)


def digest(doc: Doc, count: int = MIN_POINTS) -> Digest:
    """The summary and ``count`` key points (3-5) in story order, without near-duplicates."""
    count = max(MIN_POINTS, min(MAX_POINTS, count))
    candidates = _candidates(doc)
    if not candidates:
        sentences = [text for s in doc.sents if (text := _clean(s))]
        # Too little text for points that differ from the summary.
        return Digest(sentences[0] if sentences else "", sentences[1 : 1 + count])
    lead = candidates[0]
    summary = cut(lead, SUMMARY_CUTS)
    if summary is None:
        summary = _clean(lead)
        candidates = candidates[1:]
    chosen: list[str] = []
    for sent in candidates:
        point = _point(sent)
        if point == summary:
            point = _clean(sent)  # the lead in full, beside its cut in the summary
        words = _words(point)
        if point in summary or any(
            _overlap(words, _words(other)) >= DUPLICATE_OVERLAP for other in chosen
        ):
            continue
        chosen.append(point)
        if len(chosen) == count:
            break
    return Digest(summary, chosen)
