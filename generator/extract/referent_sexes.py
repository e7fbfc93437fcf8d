"""The sexes of a document's people, and the protagonist a stray "he"/"she" refers to.

`Sexes` builds on `referent_bodies.Bodies`. A person's sex is what a courtesy title, a
noun of one sex or a pronoun after their name says (`speech.pronoun_genders`), else a
given name of one sex, else the possessives their name binds as a subject
(`referent_bound_sexes`); a person whose sex nothing says fits either pronoun. The
protagonist of a profile is the one person of the pronoun's sex the story names far more
often than anyone it could be.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon
from generator.extract.quote_marks import Quote
from generator.extract.referent_bodies import Bodies
from generator.extract.referent_bound_sexes import bound_sexes
from generator.extract.referent_given_names import given_name_sex
from generator.extract.speech import MALE, gender_of, pronoun_genders

__all__ = ["Sexes"]

#: Mentions that make a person the protagonist a stray "he"/"she" refers to.
PROTAGONIST_MENTIONS = 4


class Sexes(Bodies):
    """Whose sex the text states, whom "he"/"she" can refer to, and the protagonist."""

    def __init__(self, doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon):
        super().__init__(doc, quotes, entities, lex)
        self._genders: dict[int, str] | None = None
        self._bound: dict[int, str] | None = None

    def protagonist(self, pronoun: str) -> Entity | None:
        """The person a profile is about, when "he"/"she" can only be them.

        The person must be known to be of the pronoun's sex, named at least
        PROTAGONIST_MENTIONS times, and named at least twice as often as
        anyone else the pronoun could refer to.
        """
        people = [p for p in self.known_people() if self.compatible(p, pronoun)]
        counts = sorted(((len(p.mentions), p) for p in people), key=lambda pair: -pair[0])
        if not counts:
            return None
        top, person = counts[0]
        runner_up = counts[1][0] if len(counts) > 1 else 0
        if top < PROTAGONIST_MENTIONS or top < 2 * runner_up or not self.known_sex(person):
            return None
        return person

    def known_sex(self, entity: Entity) -> bool:
        """Whether titles, nouns or pronouns say the person's sex."""
        return self._sex(entity) is not None

    def compatible(self, entity: Entity, pronoun: str) -> bool:
        """Whether ``he``/``she`` can refer to the entity."""
        sex = self._sex(entity)
        return sex is None or sex == ("m" if pronoun in MALE else "f")

    def _sex(self, entity: Entity) -> str | None:
        """ "m" or "f" as titles, nouns (`gender_of`) or the pronouns that take the person up
        (`pronoun_genders`, read once per document) say, else a given name or the
        possessives the name binds (`bound_sexes`); None when nothing does."""
        if self._genders is None:
            self._genders = pronoun_genders(self.sentences, self.quoted, self.owners)
        stated = gender_of(entity) or self._genders.get(id(entity))
        if stated is None and entity.kind == PERSON:
            stated = given_name_sex(entity.name)  # "Tom Ames": a given name of one sex
        if stated is None and entity.kind == PERSON:
            if self._bound is None:
                self._bound = bound_sexes(self.doc, self.quoted, self.owners)
            stated = self._bound.get(id(entity))  # "Sam Orr lost his keys"
        return stated
