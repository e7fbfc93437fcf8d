"""A country's name after "Miss" is a beauty contest's, not a woman's: "the final of Miss
Wales", "crowned Miss World".

"Miss" before a surname makes a woman of it, but before a country, a nation of the United
Kingdom or "World" and "Universe" it names a pageant and its title. Such a writing loses
what the title said for a person (the model's person becomes a thing's) and says a little
for a thing; the name's other writings ("she flew home to Wales") keep their own votes, so
the country stays a place where the text says so. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import lexicon
from generator.extract.mentions import PERSON, WORK, Mention

#: Names after "Miss" that no table of countries lists and that name a pageant all the same.
_CONTEST_WORDS = frozenset({"world", "universe", "earth", "international"})
#: Nations of the United Kingdom, which the country tables do not list.
_NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})


def pageant_title(span: Span) -> bool:
    """Whether the name is a country's or "World" right after the title "Miss": "Miss
    Wales", "Miss World"; not "Miss Tarn", "miss Wales" (a verb)."""
    if span.start == 0 or span.doc[span.start - 1].text != "Miss":
        return False
    name = span.text.lower()
    if name in _CONTEST_WORDS or name in _NATIONS:
        return True
    place = lexicon().place(span.text)
    return place is not None and place.kind == "country"


def pageant_votes(mentions: list[Mention]) -> None:
    """Each writing of a pageant's title loses its person's votes and votes for a thing."""
    for mention in mentions:
        if mention.fixed or not pageant_title(mention.span):
            continue
        mention.votes.pop(PERSON, None)
        prior = mention.prior.pop(PERSON, None)
        if prior is not None:  # the model's guess stays, of a thing: every name keeps one
            mention.prior[WORK] = mention.prior.get(WORK, 0.0) + prior
        mention.vote(WORK, 1.0)
