"""Evidence that names set off after a plural noun of people's jobs are people's: "its founders,
Tom Vell and Ann Roke-Hallam, will stay on", "the two presenters, Jo Ames and Kim Lee".

The names are the apposition of the plural noun, the first as the parse's appositive and the
rest joined to it; each is one of the people the noun counts. Jobs that firms hold too
("its advisers, Tarn Capital and Hollis", "its owners", "rivals") vote for nothing. A name
alone after such a noun votes for nothing either: one name that many people's noun counts is
their firm's or their band's ("a report by the pay experts Tarnley Data Services").
General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import Lexicon, cues, person_noun, singulars
from generator.extract.listed_names import first_listed_name
from generator.extract.mentions import PERSON, Mention

#: Jobs firms hold as often as people do, beside the lexicon's shared roles.
FIRMS_TOO = frozenset(
    {"adviser", "advisor", "analyst", "consultant", "auditor", "partner", "sponsor"}
)
#: As much as a title before the name gives a set-off name: "the spokesman, Jo Ames".
_WEIGHT = 1.5


def apposed_list_votes(mention: Mention, lex: Lexicon) -> None:
    """A vote for a person on a name set off in a list after a plural noun of people's jobs
    (see the module)."""
    if mention.fixed:
        return
    root = mention.span.root
    head = first_listed_name(root)
    listed = head.i != root.i or any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in head.children)
    if listed and head.dep_ == "appos" and _jobs_of_people(head.head, lex):
        mention.vote(PERSON, _WEIGHT)


def _jobs_of_people(noun: Token, lex: Lexicon) -> bool:
    """Whether a lower-case plural noun counts people by their job or kin: "founders",
    "presenters", "sons"; not "rivals", "owners" nor "advisers"."""
    if noun.tag_ != "NNS" or not noun.is_lower:
        return False
    if person_noun(noun):
        return True
    words = cues()
    jobs = lex.role_words - words.shared_roles - words.org_heads - FIRMS_TOO
    return any(form in jobs for form in singulars(noun.lower_))
