"""A lone name the model read as a person's that the entity step dropped without evidence.

The entity step keeps a one-word name only on evidence ("Marisol" said once, with no
full form, title or appositive, is dropped) and relabels every PERSON span it drops as
WORK_OF_ART, so that a film the model took for a person does not come back as a person
"missed" (`no_person_notes.label_works`). A dropped name the text judged no person's
(`judged_no_person`: "her spaniel, Biscuit") is in the doc's list; one dropped only for
want of evidence is not. As the subject of a verb of saying ("'...,' Marisol told the
paper"), such a name is the person speaking: works and things do not say. A word one
letter off a name of a person of the story ("Ferrowman" after "Ida Ferrowmann") is that
person misspelt (`speaker_misspelt_names`), no new one.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from generator.extract.entities import Entity, judged_no_person
from generator.extract.lexicon import normalize
from generator.extract.speaker_misspelt_names import one_slip

__all__ = ["dropped_given_name"]


def dropped_given_name(subject: Token, people: Sequence[Entity]) -> bool:
    """Whether `subject` is one capitalised word alone in a WORK_OF_ART span that the text
    did not judge to be no person's: a lone name the entity step dropped for want of
    evidence. A work the model itself saw ("'Vellum' opens") is rarely one bare word that
    a verb of saying takes as subject; the caller asks only of such subjects. No word of
    a name of `people` may be one slip from it."""
    doc = subject.doc
    if subject.ent_type_ != "WORK_OF_ART" or subject.ent_iob_ != "B":
        return False
    if subject.i + 1 < len(doc) and doc[subject.i + 1].ent_iob_ == "I":
        return False  # a title of several words: a work's
    if not (subject.is_alpha and subject.text[:1].isupper() and subject.text[1:].islower()):
        return False
    if normalize(subject.text) in judged_no_person(doc):
        return False
    word = subject.lower_
    return not any(one_slip(word, w.lower()) for p in people for w in p.name.split())
