"""Evidence that a name the model reads as a place or a body is a platform, a band or an idea.

- "streamed on Vexify", "10 million streams on Vexify", "available on Vexify": things are
  streamed, posted or watched on a service; a place is "in", and an island's "on" follows
  verbs of living or landing, not these.
- "Polar Monkeys" read as a place that no table or gazetteer knows: a name ending in the
  plural of a common noun that is no word of places ("Heights", "Falls", "Islands") is a
  band's or a team's, seldom a place's.
- "Tarnism", "Vellophobia": a one-word name ending in "-ism" or "-phobia" is an idea or a
  fear, no body nor person.

General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.mentions import ORG, WORK, Mention
from generator.extract.nlp import common_noun_plural, span_text
from generator.extract.quote_lemmas import verb_forms

#: Verbs of what is done on a platform, by their lemmas: "streamed on Vexify".
_ON_VERBS = ("stream", "post", "upload", "download", "share", "watch", "listen", "view", "air")
#: Nouns and adjectives whose "on" names a platform: "streams on Vexify", "available on".
_ON_WORDS = frozenset(
    {"streams", "stream", "plays", "views", "listens", "downloads", "followers", "subscribers"}
    | {"available", "video", "videos", "account", "channel", "page", "post", "posts", "app"}
    | {"playlist", "playlists", "podcast", "podcasts"}
)
#: Plurals of common nouns that end places' names: "Norwood Heights", "Tarn Falls".
PLACE_PLURALS = frozenset(
    {"heights", "falls", "springs", "hills", "lakes", "sands", "downs", "fields", "woods"}
    | {"gardens", "keys", "flats", "plains", "rocks", "meadows", "marshes", "cliffs", "moors"}
    | {"dunes", "peaks", "ridges", "shores", "banks", "bays", "isles", "islands", "rapids"}
    | {"narrows", "highlands", "lowlands", "midlands", "territories", "mountains", "forks"}
    | {"lands", "mills", "wells", "oaks", "pines", "cedars", "palms", "towers", "villas"}
    | {"estates", "cross", "works", "docks", "quays", "sidings", "commons", "greens", "glades"}
    | {"plantations", "vale", "pastures", "acres", "groves", "crossings", "ferries"}
)
#: Endings of idea and fear words: "Tarnism", "Vellophobia".
_IDEA_ENDINGS = ("ism", "isms", "phobia", "phobias")
#: Weight of these votes: more than the model's label and a verb of saying together.
_WEIGHT = 2.0


def platform_votes(mention: Mention) -> None:
    """Votes of a platform's "on", a plural name that is no place's, and an idea's ending
    (see the module)."""
    span = mention.span
    if _on_platform(span):
        mention.vote(ORG, _WEIGHT)
    if span.label_ in ("GPE", "LOC") and mention.place is None and _plural_common(span):
        mention.vote(ORG, _WEIGHT)  # "Polar Monkeys topped the chart": a band, no place
    text = span_text(span)  # cut from the doc's text: no Token made per word
    word = text.lower()
    if len(span) == 1 and text.isalpha() and word.endswith(_IDEA_ENDINGS):
        mention.vote(WORK, 2 * _WEIGHT)  # "Tarnism": an idea, as "socialism" is


def _on_platform(span: Span) -> bool:
    """Whether "on" before the name hangs on a verb or a word of platforms: "streamed on
    Vexify", "streams on Vexify"; not "lived on Karra"."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "on":
        return False
    if any(t.is_punct for t in span):
        return False  # "on Vexify, Ames said": the model's name ran on over a clause
    head: Token = doc[span.start - 1].head
    if head.pos_ in ("NOUN", "NUM") and head.lower_ not in _ON_WORDS:
        head = head.head  # "streamed millions of times on Vexify", read as the count's "on"
    return head.lower_ in verb_forms(_ON_VERBS) or head.lower_ in _ON_WORDS


def _plural_common(span: Span) -> bool:
    """Whether a name of two words or more ends in the plural of a common noun that ends no
    place's name: "Polar Monkeys"; not "Norwood Heights", "Ames" nor "Darkness"."""
    last = span[-1]
    word = last.lower_
    if len(span) < 2 or not word.endswith("s") or word.endswith("ss") or not last.is_title:
        return False
    if word in PLACE_PLURALS:
        return False
    return common_noun_plural(word)
