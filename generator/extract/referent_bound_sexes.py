"""The sex a possessive "his"/"her" bound by a person's name as its clause's subject states.

"Sam Orr lost his keys", "Ann watched Sam Orr lose his keys": a possessive in the
clause whose subject is a person's name refers, in news, to that person. `referent_sexes`
reads these votes only when no title, noun, pronoun sentence or given name states the sex,
so that a man named mostly beside others ("she saw Sam Orr and his brother") is not read as
someone "she" may be. A clause that names another person before the possessive ("Jo Ames
thanked Ann Lee for her help") gives no vote, nor one whose possessives disagree.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.entities import PERSON, Entity
from generator.extract.nlp import text_of
from generator.extract.pronoun_forms import DETERMINER_SEX
from generator.extract.speech import SUBJECT_DEPS, QuoteText

__all__ = ["bound_sexes"]

#: Possessives of one sex, by the sex they state.
_POSSESSIVES = DETERMINER_SEX


def bound_sexes(doc: Doc, quoted: QuoteText, owners: dict[int, Entity]) -> dict[int, str]:
    """Entity id -> "m"/"f" for each person whom such possessives, all of one sex, bind."""
    votes: dict[int, set[str]] = {}
    text = text_of(doc)  # doc.text would join every token again for each possessive
    for token in doc:
        sex = _POSSESSIVES.get(token.lower_)
        if sex is None or token.dep_ != "poss" or quoted.inside(token.idx):
            continue
        subject = _clause_subject(token)
        if subject is None or quoted.inside(subject.idx):
            continue
        if subject.sent.start != token.sent.start or "\n\n" in text[subject.idx : token.idx]:
            continue  # a parse run on across sentences or paragraphs binds nothing
        person = owners.get(subject.i)
        if person is None or person.kind != PERSON:
            continue
        between = doc[subject.i + 1 : token.i]
        if any((o := owners.get(t.i)) is not None and o is not person for t in between):
            continue  # "Jo Ames thanked Ann Lee for her help": maybe Ann Lee's
        votes.setdefault(id(person), set()).add(sex)
    return {key: next(iter(sexes)) for key, sexes in votes.items() if len(sexes) == 1}


def _clause_subject(possessive: Token) -> Token | None:
    """The subject of the nearest verb above a possessive that has one, if it stands
    before the possessive: the clause's subject, which binds it."""
    for word in possessive.ancestors:
        if word.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in word.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            continue
        subject = subjects[0]
        return subject if subject.i < possessive.i else None
    return None
