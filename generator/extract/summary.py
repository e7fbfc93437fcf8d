"""Key points and summary: the sentences that carry the story.

News puts the story first, so the lead is a strong baseline (Lead-3). We
keep its strength and fix what hurts it in real copy: captions (sentences
without a verb), page furniture and fragments are skipped, near-duplicate
sentences are dropped, and overlong background sentences give way to the
next point, then everything is put back in story order.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

MIN_POINTS, MAX_POINTS = 3, 5
MAX_SUMMARY_WORDS = 70
MIN_SENTENCE_WORDS = 4
MAX_SENTENCE_WORDS = 60
MAX_POINT_WORDS = 30
DUPLICATE_OVERLAP = 0.6
_BOILERPLATE = re.compile(
    r"scroll down|click here|e-?mail to a friend|original source|all rights reserved"
    r"|\bread more\b|\u00bb|follow us|copyright",
    re.IGNORECASE,
)
_STOP_WORDS = (
    "the a an of to in on at for with by from and or but as that which who is was were be "
    "been are has have had it its he she they his her their this said says will would not"
)
_STOP = frozenset(_STOP_WORDS.split())


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in _STOP]


_MARKS = '"\u201c\u201d'


def _clean(sent: Span) -> str:
    text = " ".join(sent.text.split())
    # The sentence splitter can leave a closing mark at the start of the next
    # sentence; an unpaired mark at either edge is noise.
    if sum(text.count(m) for m in _MARKS) % 2 == 1:
        if text[:1] in _MARKS and not text[1:2].isalnum():
            text = text[1:].lstrip()
        elif text[-1:] in _MARKS and text[:1] not in _MARKS:
            text = text[:-1].rstrip()
    return text


def _starts_paragraph(sent: Span) -> bool:
    before = sent.doc.text[: sent.start_char].rstrip(" \t")
    return not before or before.endswith("\n\n")


def candidate_sentences(doc: Doc) -> list[str]:
    """Sentences that could be key points, in story order."""
    return [text for text, _ in _candidates(doc)]


def _candidates(doc: Doc) -> list[tuple[str, bool]]:
    """(sentence, whether it opens a paragraph) for each usable sentence."""
    out = []
    for sent in doc.sents:
        text = _clean(sent)
        n = len(text.split())
        if n < MIN_SENTENCE_WORDS or n > MAX_SENTENCE_WORDS or _BOILERPLATE.search(text):
            continue
        if text[-1:] not in ".!\"'\u201d)" or not any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue  # a caption or heading, not a sentence
        out.append((text, _starts_paragraph(sent)))
    return out


def _overlap(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return common / min(len(a), len(b))


def key_points(doc: Doc, count: int = MIN_POINTS) -> list[str]:
    """``count`` key sentences (3-5) in story order, without near-duplicates.

    The lead sentence always leads. The others come from the next few
    sentences, preferring those short enough to read as a point
    (MAX_POINT_WORDS): long sentences in a lead are mostly background and
    quotes. Measured on the CNN stories this beats Lead-3 on ROUGE-1/2/L.
    """
    count = max(MIN_POINTS, min(MAX_POINTS, count))
    candidates = _candidates(doc)
    sentences = [text for text, _ in candidates]
    if not sentences:
        sentences = [_clean(s) for s in doc.sents if _clean(s)]
    if not sentences:
        return []
    # Where paragraphs hold several sentences, each paragraph's first sentence
    # is its point; the rest of the lead paragraph is already the summary.
    # With one sentence a paragraph (wire copy) this is the plain lead.
    leads = [i for i, (_, opens) in enumerate(candidates) if opens]
    by_paragraph = count <= len(leads) < len(sentences)
    # (More points for long stories scored below Lead-3 on the CNN set: 3 it is.)
    pool = leads if by_paragraph else list(range(len(sentences)))
    window = pool[: count + 1]
    preferred = [0] + [i for i in window if i and len(sentences[i].split()) <= MAX_POINT_WORDS]
    rest = [i for i in range(len(sentences)) if i not in preferred]
    chosen: list[int] = []
    for index in [*preferred, *rest]:
        words = _words(sentences[index])
        if any(_overlap(words, _words(sentences[i])) >= DUPLICATE_OVERLAP for i in chosen):
            continue
        chosen.append(index)
        if len(chosen) == count:
            break
    return [sentences[i] for i in sorted(chosen)]


def summary_of(doc: Doc) -> str:
    """The lead: 1-3 sentences and at most ~MAX_SUMMARY_WORDS words."""
    out: list[str] = []
    for point in candidate_sentences(doc)[:3] or key_points(doc)[:1]:
        if out and len(" ".join([*out, point]).split()) > MAX_SUMMARY_WORDS:
            break
        out.append(point)
    return " ".join(out)
