"""Evidence that a name the model reads as a person's is a product's, a brand's or a firm's.

A brand's tiers and editions end in a word of grading ("Orvell Basic", "Orvell Premium"),
which no surname is when the first word is no given name. A sentence may open with a noun
of a kind of body, capitalised only for that, before the body's name ("Rival Tarnwell said"):
no person is written after it unless the name opens with a given name ("Rival Jo Ames").
General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, WORK, Mention
from generator.extract.referent_given_names import given_name_sex

#: Last words of a product's or a service's tier: "Orvell Basic", "Tarn Premium". Surnames
#: that are also such words ("Gold", "Best") stay out.
TIERS = frozenset(
    {"basic", "premium", "standard", "deluxe", "essentials", "classic", "unlimited", "max"}
    | {"extra", "select", "starter", "elite", "advanced", "originals", "go", "kids"}
)
#: Weight of these votes: more than the model's label and a verb of saying together.
_WEIGHT = 3.0


def product_votes(mention: Mention) -> None:
    """Votes of a tier word ending a name and of a body's noun opening a sentence before it
    (see the module)."""
    span = mention.span
    if span.label_ != "PERSON" or len(span) < 2 or not all(t.is_title for t in span):
        return
    if given_name_sex(span[0].text) is None and span[-1].lower_ in TIERS:
        mention.vote(WORK, _WEIGHT)  # "Orvell Basic": a tier of a service, no one's name
    elif _opening_body_noun(span):
        mention.vote(ORG, _WEIGHT)  # "Rival Tarnwell said": the rival firm Tarnwell


def _opening_body_noun(span: Span) -> bool:
    """Whether a name of two words opens a sentence with a noun of a kind of body, and its
    second word is no given name: "Rival Tarnwell", "Retailer Vossen"; not "Rival Jo"."""
    first = span[0]
    opens = first.is_sent_start or first.i == 0 or first.nbor(-1).is_space
    return (
        len(span) == 2
        and opens
        and first.lower_ in cues().org_heads
        and given_name_sex(first.text) is None
        and given_name_sex(span[1].text) is None
    )
