"""Evidence that a name the model reads as a body is a person's though the given-name table
does not know its first word: "Orwin Paskell's review was shelved. He said".

`given_name_votes` trusts a full name whose first word is a common given name of one sex;
given names are many more than any table holds. For the rest, the text itself shows a
person: a pronoun of a person opens the next sentence, and the name is the only one that
it can take up ("Orwin Paskell's review was shelved. He said"). The first word written
alone and read as a person's ("Orwin was late") is no such evidence: it made bodies people.

Only two capitalised words that end no body's or place's name and open with no adjective
("New Harbour"), of which no writing has an article before it ("the Orwin Paskell") nor any
evidence of a body, a place or a thing ("shares in Orwin Paskell", "Orwin Paskell Ltd"). A
sentence that already speaks of someone by a pronoun ("when she joined Orwin Paskell, he
said") passes "He" on to that person, not to the name.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.given_name_votes import personal_name_shape
from generator.extract.mentions import ORG, PERSON, PLACE, WORK, Mention, by_writing
from generator.extract.nlp import adjectives
from generator.extract.pronoun_forms import ALL_FORMS, HE, SHE, SUBJECTS
from generator.extract.referent_given_names import given_name_sex

__all__ = ["unlisted_given_name_votes"]

#: The model's labels that such a name gets by mistake.
_MISREAD = frozenset({"ORG", "GPE", "LOC", "FAC"})
#: Kinds whose evidence on any writing keeps the model's reading.
_OTHER_KINDS = (ORG, PLACE, WORK)
#: Pronouns of one person, as the subject that opens a sentence: "He said", "She added".
_PERSON_SUBJECTS = SUBJECTS
#: Every pronoun of one person but the reflexives, which in the name's own sentence speaks
#: of someone already.
_PERSON_PRONOUNS = ALL_FORMS - {HE.reflexive, SHE.reflexive}
#: Words before a name that a person's name does not take: "the Orwin Paskell".
_ARTICLES = frozenset({"the", "a", "an"})
#: Labels of the other names that, in the name's sentence, the pronoun may take up instead: a
#: number or a date is no antecedent.
_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"})
#: One vote: as much as the model's body label of one writing, which the text's evidence
#: then outweighs on the tie.
_WEIGHT = 1.0


def unlisted_given_name_votes(mentions: list[Mention]) -> None:
    """One vote for a person on each writing of such a name (see the module's doc)."""
    for group in by_writing(mentions).values():
        span = group[0].span
        if len(span) != 2 or given_name_sex(span[0].text) is not None:
            continue  # a name the table knows is `given_name_votes`' to judge
        if span[0].tag_ != "NNP" or span[0].lower_ in adjectives():
            continue  # "Across Dornwick", "Royal Theatre": no given name opens them
        if any(_articled(m.span) for m in group):
            continue
        if any(m.fixed or m.place is not None or not personal_name_shape(m.span) for m in group):
            continue
        if not all(m.span.label_ in _MISREAD for m in group):
            continue
        if any(m.votes.get(kind, 0.0) > 0 for m in group for kind in _OTHER_KINDS):
            continue
        if any(_taken_up_next(m.span) for m in group):
            for mention in group:
                mention.vote(PERSON, _WEIGHT)


def _articled(span: Span) -> bool:
    """Whether an article stands right before the name: "the venerable Orwin Paskell" is not
    (an adjective between), "the Orwin Paskell" is."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _ARTICLES


def _taken_up_next(span: Span) -> bool:
    """Whether the sentence after the name's opens with "He" or "She" and the name is the only
    name and no pronoun of a person is in its own sentence: "the publication of Orwin
    Paskell's review. He said", not "Ada Lune hired Orwin Paskell. She said"."""
    sentence = span.sent
    doc = span.doc
    if sentence.end >= len(doc):
        return False
    opener = doc[sentence.end]
    while opener.is_space and opener.i + 1 < len(doc):
        opener = doc[opener.i + 1]
    if opener.lower_ not in _PERSON_SUBJECTS or not opener.is_title:
        return False
    if any(token.lower_ in _PERSON_PRONOUNS for token in sentence):
        return False
    return not any(
        ent.label_ in _NAMES and (ent.end <= span.start or ent.start >= span.end)
        for ent in sentence.ents
    )
