"""Evidence that a name whose first word is a noun of bodies is a body's: "Retailer Tarnstone
said", "Streaming platform Tarnloop said": the model read a noun of bodies into the name.

Written before a name, "retailer", "bookmaker", "bank" or "airline" says what kind of body
follows ("the retailer Tarnstone"); read into the name, it says the same, and the verb of
saying after the name is a body's as often as a person's. Nouns that people's jobs share
("developer", "publisher", "operator", "miner") vote for nothing. General word lists only.
"""

from __future__ import annotations

from itertools import pairwise

from generator.extract.doc_words import tokens_in
from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, Mention
from generator.extract.sentence_openers import opens_sentence

#: Head nouns of bodies that are people's jobs too: "Developer Jo Ames", "Miner Al Roe".
_PEOPLE_TOO = frozenset(
    {"maker", "rival", "developer", "publisher", "operator", "broadcaster", "pollster", "miner"}
)
#: Nouns of bodies that open titles of works and names of bodies alike, capitalised: "Paper
#: Moons", "Party Animals", "Chain Reaction", "Giant Steps".
_TITLES_TOO = frozenset(
    {"paper", "daily", "weekly", "journal", "giant", "unit", "party", "team", "club", "brand"}
    | {"chain", "label", "group", "utility", "carrier", "network", "studio", "band"}
)
#: Nouns of bodies that sell a service online, beside the lexicon's: "streaming platform".
_PLATFORMS = frozenset({"platform", "service", "provider", "marketplace"})
#: As much as the same noun written before the name gives: "the retailer Tarnstone".
_WEIGHT = 3.0


def body_opener_votes(mention: Mention) -> None:
    """A vote for a body when the name opens with a noun of bodies, capitalised or not, before
    a capitalised word: "Retailer Tarnstone", "Streaming platform Tarnloop" (see the module)."""
    span = mention.span
    if mention.fixed or len(span) < 2:
        return
    heads = cues().org_heads
    for word, after in pairwise(tokens_in(span)):
        lower = word.lower_
        if not (lower in _PLATFORMS or (lower in heads and lower not in _PEOPLE_TOO)):
            continue
        opening = word.i == span.start and opens_sentence(word) and lower not in _TITLES_TOO
        if (word.is_lower or opening) and after.text[:1].isupper():
            mention.vote(ORG, _WEIGHT)
            return
