"""The language of a seed, and what extraction can do with a seed not in English.

Detection is cheap: text that is plainly English (its commonest function
words make up a good share of the words) is English without asking the
classifier; the rest goes to py3langid, which reads at most DETECT_CHARS
characters. English stays the answer unless the classifier is confident on
enough text, since a short or mixed text is more likely an English seed with a
foreign phrase than a foreign article.

A seed in another language is parsed with a spaCy model for that language when
one is installed (`model_for`). Without one it becomes a draft with its text,
first sentences and dates only: no entities, quotes or roles, because the
English tables would invent them ("un" is not the United Nations).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.dates import date_of
from generator.extract.foreign_dates import dateline_length, foreign_date
from generator.seeds import Seed
from generator.sources import agency_in

ENGLISH = "en"
#: Characters of the text the classifier reads.
DETECT_CHARS = 2000
#: Below this many letters a text is taken as English: too little to tell.
MIN_DETECT_LETTERS = 150
#: The classifier's probability needed to call a text not English.
MIN_CONFIDENCE = 0.95
#: Share of words that are common English function words above which a text
#: is English without asking the classifier (English news: about a third).
ENGLISH_WORD_SHARE = 0.15
_ENGLISH_WORD_LIST = (
    "the of and to in is was for that with on said as by at it he his from has have be are "
    "were its their they she her this but not who which"
)
_ENGLISH_WORDS = frozenset(_ENGLISH_WORD_LIST.split())
#: The classifier's label for text without language (numbers, symbols).
_NO_LANGUAGE = frozenset({ENGLISH, "zxx"})
_WORD = re.compile(r"[^\W\d_]+")

#: spaCy's trained pipelines by language: ``{code}_core_{genre}_{size}``.
_MODEL_GENRES = {
    "ca": "news", "da": "news", "de": "news", "el": "news", "es": "news", "fi": "news",
    "fr": "news", "hr": "news", "it": "news", "ja": "news", "ko": "news", "lt": "news",
    "mk": "news", "nb": "news", "nl": "news", "pl": "news", "pt": "news", "ro": "news",
    "ru": "news", "sl": "news", "sv": "news", "uk": "news", "zh": "web",
}  # fmt: skip
_MODEL_SIZES = ("sm", "md", "lg", "trf")


def model_packages(code: str) -> tuple[str, ...]:
    """The package names of spaCy's pipelines for a language, smallest first."""
    genre = _MODEL_GENRES.get(code)
    if genre is None:
        return ()
    return tuple(f"{code}_core_{genre}_{size}" for size in _MODEL_SIZES)


def model_for(code: str) -> str | None:
    """The installed spaCy pipeline for a language, or None."""
    for package in model_packages(code):
        if importlib.util.find_spec(package) is not None:
            return package
    return None


def language_note(code: str) -> str:
    """What ingest says about a seed in another language."""
    model = model_for(code)
    if model:
        return f"language {code}: extracted with {model}"
    return f"language {code}: no model installed, draft without entities"


# --- detection ----------------------------------------------------------------------


def _looks_english(words: list[str]) -> bool:
    common = sum(word.lower() in _ENGLISH_WORDS for word in words)
    return common >= ENGLISH_WORD_SHARE * len(words)


@cache
def _ranker() -> Callable[[str], list[tuple[str, float]]]:
    # Loading the model takes a second or two, so only a text that needs it pays.
    from py3langid.langid import (  # type: ignore[import-untyped]
        MODEL_FILE,
        LanguageIdentifier,
    )

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    rank: Callable[[str], list[tuple[str, float]]] = identifier.rank
    return rank


def language_of(text: str) -> str:
    """ISO 639-1 code of the text's language; "en" unless another is clear."""
    sample = text[:DETECT_CHARS]
    words = _WORD.findall(sample)
    if sum(len(w) for w in words) < MIN_DETECT_LETTERS or _looks_english(words):
        return ENGLISH
    ranked = _ranker()(sample)
    if not ranked or ranked[0][1] < MIN_CONFIDENCE or ranked[0][0] in _NO_LANGUAGE:
        return ENGLISH
    # The classifier also knows varieties without a two-letter code ("yue",
    # "arz"); the best-ranked language that has one stands for them ("zh", "ar").
    return next((str(code) for code, _ in ranked if len(code) == 2), ENGLISH)


# --- drafts ---------------------------------------------------------------------------

#: Summary and points of a draft: its first sentences, cut like the English ones.
MAX_SUMMARY_WORDS = 70
MAX_SUMMARY_SENTENCES = 3
DRAFT_POINTS = 3
MAX_TITLE_CHARS = 100
#: Model labels of people, organizations and places across spaCy's pipelines.
_PEOPLE, _ORGANIZATIONS, _PLACES = {"PER", "PERSON", "PERS"}, {"ORG"}, {"LOC", "GPE"}


def draft_text(sentences: list[str]) -> tuple[str, list[str]]:
    """(summary, key points): the first sentences, then the ones after them."""
    summary: list[str] = []
    for sentence in sentences[:MAX_SUMMARY_SENTENCES]:
        if summary and len(" ".join([*summary, sentence]).split()) > MAX_SUMMARY_WORDS:
            break
        summary.append(sentence)
    rest = sentences[len(summary) :]
    return " ".join(summary), rest[:DRAFT_POINTS]


def draft_title(title: str | None, sentences: list[str]) -> str:
    """The seed's headline, else its first sentence cut at a word."""
    if title:
        return title
    lead = sentences[0] if sentences else ""
    if len(lead) > MAX_TITLE_CHARS:
        lead = lead[:MAX_TITLE_CHARS].rsplit(" ", 1)[0]
    return lead.rstrip(" .") or "Untitled briefing"


def entities_of(ents: list[tuple[str, str]]) -> dict[str, list[dict[str, Any]]]:
    """Record entity lists from a model's (text, label) pairs, first mention first."""
    people: dict[str, dict[str, Any]] = {}
    organizations: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    for text, label in ents:
        name = " ".join(text.split())
        if len(name) < 2:
            continue
        if label in _PEOPLE:
            people.setdefault(name, {"name": name, "role": None, "aliases": []})
        elif label in _ORGANIZATIONS:
            organizations.setdefault(name, {"name": name, "aliases": []})
        elif label in _PLACES:
            places.setdefault(
                name, {"name": name, "kind": "other", "country_code": None, "aliases": []}
            )
    return {
        "people": list(people.values()),
        "organizations": list(organizations.values()),
        "places": list(places.values()),
    }


# --- the record of a seed in another language -----------------------------------------


@cache
def _pipeline(code: str, package: str | None) -> Language:
    """The installed model, or a blank pipeline that only splits sentences."""
    if package:
        nlp = spacy.load(package)
    else:
        try:
            nlp = spacy.blank(code)
        except Exception:  # no tokenizer for it, or one that needs other packages
            nlp = spacy.blank("xx")
    if not any(nlp.has_pipe(name) for name in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("sentencizer")
    return nlp


def sentence_texts(doc: Doc) -> list[str]:
    """The sentences' texts, spaces collapsed. spaCy's sentencizer keeps the punctuation
    after a full stop in that sentence, an opening mark too ("plan. «"): such marks
    open the next sentence instead."""
    texts: list[str] = []
    carried = ""
    for sentence in doc.sents:
        end = sentence.end
        while end > sentence.start and doc[end - 1].is_left_punct:
            end -= 1
        text = carried + doc[sentence.start : end].text
        carried = doc[end : sentence.end].text
        if text.strip():
            texts.append(" ".join(text.split()))
    if carried.strip():
        texts.append(carried.strip())
    return texts


def foreign_fields(seed: Seed, text: str, code: str, topics: list[str]) -> dict[str, Any]:
    """The record fields of a seed in another language (see the module docstring)."""
    package = model_for(code)
    dateline = text[: dateline_length(text)]
    doc = _pipeline(code, package)(text[len(dateline) :])
    sentences = sentence_texts(doc)
    summary, points = draft_text(sentences)
    date, date_source = date_of(seed)
    if not date and (date := foreign_date(text)):
        date_source = "dateline"
    ents = [(e.text, e.label_) for e in doc.ents] if package else []
    fields: dict[str, Any] = {
        "title": draft_title(seed.title, sentences),
        "date": date,
        # "MADRID, 15 de enero de 2025 (EFE) -": the agency tag names the source.
        "source": {"name": seed.source_name or agency_in(dateline), "url": seed.source_url},
        "summary": summary,
        "key_points": points,
        **entities_of(ents),
        "groups": [],
        "quotes": [],
        "topics": topics,
        "body": seed.text,
        "language": code,
    }
    if date:
        fields["date_source"] = date_source
    return fields
