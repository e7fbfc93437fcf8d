"""The indefinite description a lede's pronoun stands for: "A nurse ... after she said".

"A retired sergeant has been criticised after she told a radio show the chief was 'out
of touch'": the pronoun is the description the sentence opens with, someone the story
has not named yet. `speaker_forward.introduced_later` reads who that description is from
the paragraphs after; this module finds the description a pronoun of its own sentence
takes up.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.speech import PRONOUNS, SUBJECT_DEPS, words

__all__ = ["lede_description"]


def lede_description(pronoun: Token) -> Token | None:
    """The indefinite noun ("a retired sergeant") that is the one main subject of the
    pronoun's sentence before it, when no name or other noun for a person stands between
    them and the noun is not of the other sex; else None."""
    if pronoun.lower_ not in PRONOUNS:
        return None
    root = pronoun.sent.root
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i]
    if len(subjects) != 1:
        return None
    noun = subjects[0]
    if noun.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
    ):
        return None
    other = words().male_nouns if pronoun.lower_ == "she" else words().female_nouns
    if noun.lower_ in other:
        return None  # "A man ... she said": someone else
    between = noun.doc[noun.i + 1 : pronoun.i]
    if any(t.ent_type_ == "PERSON" or t.lower_ in PRONOUNS for t in between):
        return None  # "A nurse told Tom Ames he ...": not plainly the nurse
    return noun
