"""Evidence that a name the model reads as a person's is a show's, a shop's or a thing's: its
first word is the plural of a common noun ("Gardens Roadshow", "Kettles Direct").

A given name is no plural of an English common noun; a surname that is one ("Banks",
"Rivers") does not open a name written given name first. A first word the given-name table
knows ("Miles", "James") stays a person's, one whose singular is a short word ("Les") is left
alone, and so is a plural of people's nouns or titles ("Nurses Amy Tull and Kay Brent"). One
vote, a little more than the model's label: a title, a verb of saying or a pronoun of the name
keeps it a person ("Brooks Tarrant said").
"""

from __future__ import annotations

from generator.extract.lexicon import cues, lexicon, occupations, people_nouns, singulars
from generator.extract.mentions import WORK, Mention
from generator.extract.nlp import common_nouns
from generator.extract.referent_given_names import given_name_sex

#: A little more than the model's person label of one writing.
_WEIGHT = 1.5
#: Endings of nouns of doers, mostly people, whom the lists of people's words may miss:
#: "Firefighters Jo Ames and Al Vell", "Students Amy Tull and Kay Brent".
_AGENT_ENDINGS = ("er", "or", "ist", "ent", "ant", "ian", "ee")
#: Singulars this short are names' clippings too often ("Les", "Jos").
_SHORTEST = 4


def plural_opener(text: str) -> bool:
    """Whether a capitalised word is the plural of a common noun of four letters or more
    and no given name: "Antiques", "Gardens"; not "Miles", "Les"."""
    if not text[:1].isupper() or not text[1:].islower() or given_name_sex(text) is not None:
        return False
    forms = singulars(text.lower())[1:]
    if any(form in _people_words() or form.endswith(_AGENT_ENDINGS) for form in forms):
        return False  # "Nurses Amy Tull and Kay Brent": a plural title before people's names
    return any(len(form) >= _SHORTEST and form in common_nouns() for form in forms)


def _people_words() -> frozenset[str]:
    """Nouns of people, their trades and titles: a plural of one opens a list of people."""
    return cues().person_nouns | people_nouns() | lexicon().role_words | occupations()


def plural_opener_votes(mention: Mention) -> None:
    """A vote for a work on a name of two words or more that the model read as a person's
    and that opens with a common noun's plural (see the module's doc)."""
    span = mention.span
    if len(span) < 2 or span.label_ != "PERSON" or mention.fixed:
        return
    if plural_opener(span[0].text):
        mention.vote(WORK, _WEIGHT)
