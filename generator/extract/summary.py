"""Key points and summary: the sentences that carry the story.

News puts the story first, so the lead is a strong baseline (Lead-3). The key
points are the first three sentences that can be points (`key_points`: no
furniture, captions, fragments, questions or bare quotes; no near-duplicates),
in story order and starting with the lead. A later sentence that opens with a
quotation or on a bare "it"/"this" (`sentence_standing`) comes behind every other: it
is a point only when the story has too few others. They lose what a reader can skip
(`sentence_cuts.POINT_CUTS`), and the summary and points a word that links them to a
sentence the reader does not see (`sentence_links`: "But ...").

The summary is the lead sentence cut to its main statement (`sentence_cuts`: no
opening clause, appositive, relative clause, second coordinated clause or closing
"when/after ..." clause). The first key point is the lead with only the point cuts, so the
summary is shorter than it and never repeats a key point word for word; when
nothing at all can be cut from the lead, the summary is the lead as written and
the key points start after it.

Measured on the tune half of the CNN/Daily Mail summaries set (see
`../shared/eval-data`), paired story by story against Lead-3: the filters and
the point cuts win far more stories than they lose. Choosing sentences by
centrality, skipping the lead, more or fewer than three points, a word budget,
and cutting opening, appositive or closing clauses from points did not: they
won about as many stories as they lost. Nor did (tune half, against base): points of
at most 35-55 words, other near-duplicate shares (0.4-0.8), more verbs of attribution to
cut ("concluded", "reported"), dropping points that address the reader ("you") or open
on "But"/"And"/"However", or cutting relative or second clauses from points. Taking the
lead as a point when nothing can be cut from it (such a lead is mostly a feature's
teaser) is worse on the tune half on all three ROUGE figures and, on the check half,
better on ROUGE-1 only; and the summary would repeat it. Lines of flattened copy that
end " ." (`caption_lines.caption_line`: the Daily Mail's captions, and some of its leads)
stay candidates: such captions retell the story much as its highlights do, and leaving
them out scored lower on both halves. A sentence that is a subordinate clause alone
("As ministers fly in to meet.") stays one too: leaving it out gained nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain

from spacy.tokens import Doc, Span, Token

from generator.extract.key_points import (
    clean,
    double_quote_open,
    points_of,
    quote_opening,
    retells,
    single_quote_open,
    tidy,
    with_quote_finished,
)
from generator.extract.lexicon import lexicon
from generator.extract.quote_mark_roles import CLOSING_MARK
from generator.extract.sentence_cuts import (
    DEFINING_CUTS,
    LAST_SUMMARY_CUTS,
    POINT_CUTS,
    SUMMARY_CUTS,
    cut,
)
from generator.extract.sentence_links import without_link_word
from generator.extract.sentence_standing import leans_on_context
from generator.record import max_chars

MIN_POINTS, MAX_POINTS = 3, 5


#: A record that `check` rejects is no help to an editor: a longer "sentence" (text with no
#: stop, a name repeated a thousand times) is no key point, and a summary is cut to fit.
SUMMARY_LIMIT, POINT_LIMIT = max_chars("summary"), max_chars("key_points")
#: Fewest words before a quotation that can be a summary without it.
MIN_STATEMENT_WORDS = 6


@dataclass(frozen=True)
class Digest:
    """The summary and key points of one story."""

    summary: str
    key_points: list[str]
    #: The sentence the summary was cut from, then each key point's, in order; None where
    #: a short text has no sentence that can be a point.
    sources: tuple[Span | None, ...] = ()


def _point(sent: Span) -> str:
    finished = with_quote_finished(sent)
    if finished is not sent:
        return without_link_word(clean(finished))  # the cuts read one sentence's parse
    return without_link_word(_with_quote_closed(sent, cut(sent, POINT_CUTS) or clean(sent)))


def _with_quote_closed(sent: Span, point: str) -> str:
    """The point with the speech it brings in ("Jo Ames said: 'We won.") closed after its
    last word when no later sentence near it closes that speech: a point is read alone,
    and an open mark leaves the reader looking for the rest. Only a mark after a colon or
    comma opens speech; a mark elsewhere may be an apostrophe ("the '90s")."""
    mark = quote_opening(sent)
    if mark is None or mark.i == sent.start or sent.doc[mark.i - 1].text not in (":", ","):
        return point
    closing = CLOSING_MARK.get(mark.text)
    if closing is None or mark.text not in point or point[-1:] not in (".", "!"):
        return point
    speech = point[point.index(mark.text) :]
    quote_open = single_quote_open if mark.text in ("'", "\u2018") else double_quote_open
    return point + closing if quote_open(speech) else point


def _before_open_quote(lead: Span) -> str | None:
    """The lead's words before a quotation that it opens and a later sentence closes,
    when they are a statement without it: "Jo Ames won fame after a photo of her was
    shared with the message: 'Look at this. Unbelievable.'" -> "Jo Ames won fame after a
    photo of her was shared with the message." A participle that brings the speech in
    goes with it: "Jo Ames quit on Monday, telling staff: 'I am done. ..." -> "Jo Ames quit
    on Monday." None when the lead leaves no quotation open, or when the words before only
    bring the speech in ("Jo Ames said: '...")."""
    mark = quote_opening(lead)
    if mark is None or with_quote_finished(lead) is lead:
        return None
    words = _without_closing_marks([t for t in lead.doc[lead.start : mark.i] if not t.is_space])
    participle = _speech_participle(words)
    if participle is not None:
        words = _without_closing_marks(words[:participle])
    elif any(_brings_in_speech(t, words) for t in words):
        return None
    if len(words) < MIN_STATEMENT_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return tidy(lead.doc[words[0].i : words[-1].i + 1].text + ".")


def _brings_in_speech(word: Token, words: list[Token]) -> bool:
    """Whether the word is a verb of saying whose words are the quotation after it: one with
    no clause of its own among the words before the quotation ("Jo Ames told reporters: '...",
    not "Jo Ames told how she escaped: '...", which is a statement without the quotation)."""
    if word.lower_ not in lexicon().reporting_verbs:
        return False
    inside = {t.i for t in words}
    return not any(child.dep_ == "ccomp" and child.i in inside for child in word.children)


def _without_closing_marks(words: list[Token]) -> list[Token]:
    """The words without the marks at their end (the colon or comma that brings speech in)."""
    while words and words[-1].is_punct:
        words = words[:-1]
    return words


def _speech_participle(words: list[Token]) -> int | None:
    """Where a participle set off by a comma that brings the speech in ends the words before
    a quotation, or None: a participle of saying (", telling reporters", ", adding"), or
    any participle whose clause runs up to the quotation with no verb of its own after it
    (", insisting:", ", writing to parents:"): the quotation is what it says."""
    for at in range(len(words) - 1, 0, -1):
        verb = words[at]
        if verb.tag_ != "VBG":
            continue
        says = verb.lower_ in lexicon().reporting_verbs or not any(
            t.pos_ in ("VERB", "AUX") for t in words[at + 1 :]
        )
        return at - 1 if says and words[at - 1].text == "," else None
    return None


def digest(doc: Doc, count: int = MIN_POINTS) -> Digest:
    """The summary and ``count`` key points (3-5) in story order, without near-duplicates."""
    count = max(MIN_POINTS, min(MAX_POINTS, count))
    # Read only as far as the points go: a long story's later sentences are never chosen.
    found = points_of(doc)
    lead = next(found, None)
    if lead is None:
        texts = [text for s in doc.sents if (text := clean(s))]
        # Too little text for points that differ from the summary.
        points = [t for t in texts[1:] if len(t) <= POINT_LIMIT and any(c.isalpha() for c in t)]
        return Digest(fitted(texts[0]) if texts else "", points[:count])
    sentences: Iterable[Span] = chain((lead,), found)
    summary = (
        _before_open_quote(lead)
        or cut(lead, SUMMARY_CUTS)
        or cut(lead, LAST_SUMMARY_CUTS)
        or cut(lead, DEFINING_CUTS)
    )
    if summary is None:
        # Nothing to cut: the lead itself is the summary, with any quotation it opens
        # finished, and points follow it.
        summary = clean(with_quote_finished(lead))
        sentences = found
    summary = without_link_word(summary)
    chosen: list[tuple[Span, str]] = []
    # Sentences that lean on the text around them, taken only when too few others are left.
    behind: list[tuple[Span, str]] = []
    for sent in sentences:
        point = _point(sent)
        if point == summary:
            point = without_link_word(clean(sent))  # the lead in full, beside its cut
        if point in summary or len(point) > POINT_LIMIT or retells(point, _texts(chosen)):
            continue
        if sent is not lead and leans_on_context(sent, point):
            behind.append((sent, point))
            continue
        chosen.append((sent, point))
        if len(chosen) == count:
            break
    for sent, point in behind:
        if len(chosen) == count:
            break
        if not retells(point, _texts(chosen)):
            chosen.append((sent, point))
    chosen.sort(key=lambda pair: pair[0].start)  # story order
    return Digest(fitted(summary), _texts(chosen), (lead, *(sent for sent, _ in chosen)))


def _texts(chosen: list[tuple[Span, str]]) -> list[str]:
    """The point texts of (sentence, point) pairs, in their order."""
    return [point for _, point in chosen]


def fitted(summary: str) -> str:
    """The summary, cut after its last whole word with an ellipsis when a record could not
    hold it whole."""
    if len(summary) <= SUMMARY_LIMIT:
        return summary
    cut_at = summary.rfind(" ", 0, SUMMARY_LIMIT)
    return summary[: cut_at if cut_at > 0 else SUMMARY_LIMIT - 1].rstrip() + "\u2026"
