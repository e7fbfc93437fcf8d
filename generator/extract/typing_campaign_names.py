"""Evidence that a name the model reads as a person's is a campaign's: "Save Pellow Meadow",
"Keep Tarnby Green", "Stop Burning Now". Campaigns name themselves by what they demand, an
order opening with a verb of keeping or stopping and ending on the thing to keep or stop (a
common word); no one's name is so made, and the model may leave the verb out of its span
("group Save [Kelby Fields] said").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.mentions import ORG, Mention
from generator.extract.nlp import adjectives, common_nouns
from generator.extract.referent_given_names import given_name_sex

__all__ = ["campaign_name_votes"]

#: Verbs a campaign's name opens with, in the order it demands: common English verbs of
#: keeping, saving and stopping, none of them a given name. Not "free": "the Free Jo Ames
#: campaign" is named for a person, who is in the story too; not "ban" nor "block", which
#: are surnames as well ("Ban Ki-moon").
_DEMANDS = frozenset(
    {"save", "keep", "stop", "protect", "defend", "scrap", "fight", "reclaim", "halt"}
    | {"ditch", "axe", "restore", "preserve", "rescue", "reopen", "oppose"}
)
#: Weight: more than the model's person label and a verb of saying together.
_WEIGHT = 3.0


def _demand(token: Token) -> bool:
    """Whether a word is a capitalised verb of a campaign's demand: "Save", not "save" nor a
    given name."""
    return token.is_title and token.lower_ in _DEMANDS and given_name_sex(token.text) is None


def _ends_in_a_common_word(token: Token) -> bool:
    """Whether a name's last word is an English noun or adjective, as the thing a campaign
    would keep or stop ends: "Meadow", "Green", "Fields"; not a surname such as "Ki-moon"."""
    word = token.lower_
    return word in common_nouns() or word in adjectives()


def campaign_name_votes(mention: Mention) -> None:
    """A body's vote for a name the model reads as a person's that opens with a campaign's
    verb ("Keep Tarnby Green") or follows one the span left out ("Save [Kelby Fields]")."""
    span = mention.span
    if span.label_ != "PERSON":
        return
    doc = span.doc
    inside = len(span) >= 2 and _demand(span[0]) and span[1].is_title
    # A person's name after the verb names whom a campaign is for ("Save Jo Ames"): only a
    # name that opens with no given name is the campaign's own.
    before = (
        span.start > 0 and _demand(doc[span.start - 1]) and given_name_sex(span[0].text) is None
    )
    if (inside or before) and _ends_in_a_common_word(span[-1]):
        mention.vote(ORG, _WEIGHT)  # a campaign speaks as a body: "its petition"
