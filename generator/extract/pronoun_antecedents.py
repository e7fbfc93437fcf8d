"""Who a "he"/"she" subject refers to, from one or two readings back through the text.

`PronounAntecedents` builds on `pronoun_search.PronounSearch` (one reading back through
the subjects of earlier sentences) and decides who the pronoun is: a person of unknown
sex read past a subject of saying is no one; whom the pronoun's verb is said to is not
who speaks; a fronted clause's person ("After Ann Vell won, she said") goes first; a weak
referent (a name only as an owner of a thing) gives way to the one the pronoun already
stood for. `antecedents.Context` adds descriptions and role nouns.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.addressees import OBJECT_PRONOUNS, addressee_words, told_other_sex
from generator.extract.entities import PERSON, Entity
from generator.extract.fronted_subjects import fronted_clauses
from generator.extract.lexicon import Lexicon
from generator.extract.pronoun_search import PronounSearch, subject_form
from generator.extract.quote_marks import Quote
from generator.extract.speech import SUBJECT_DEPS, noun_phrase

__all__ = ["PronounAntecedents"]


class PronounAntecedents(PronounSearch):
    """Who a pronoun subject of saying refers to, from `PronounSearch`'s readings back."""

    def __init__(self, doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon):
        super().__init__(doc, quotes, entities, lex)
        #: Set while a description reads a pronoun back, so that the pronoun's own search
        #: reads no further description through another pronoun.
        self._reading_pronoun = False

    def antecedent(self, pronoun: Token, quote: Quote, previous: Quote | None) -> Entity | None:
        """The person a pronoun subject refers to, or None.

        Sentences are read backwards from the pronoun: the latest compatible
        person who is a subject wins. The same pronoun as a subject on the way
        ("he grins ... he says") is the same person, so it extends the search
        by CHAIN_SENTENCES; a subject that names someone we cannot resolve
        ("the documentary maker") stops it, since carrying past it would guess.
        A proper-name subject we cannot resolve, or any noun subject of a
        reporting verb ("the 26-year-old winger said"), stops it too. When no
        subject settles it, the previous quote's speaker goes on if it is close.
        """
        found, passed = self._search_back(pronoun, quote, previous)
        if found is not None and passed and not self.known_sex(found):
            return None
        if found is not None and any(found is a for a in self._addressed(pronoun)):
            return None  # "He told Ann Vell: '...'": whom he spoke to is not who spoke
        if found is not None and told_other_sex(pronoun) and not self.known_sex(found):
            return None  # "he told her": one whose sex nothing states may be either
        return found

    def _addressed(self, pronoun: Token) -> list[Entity]:
        """Whom the verb of a subject pronoun is said to: the entity its object or its
        "to" names ("he told Ann Vell", "she said to the chair, Tom Ames"), or the person
        an object "him"/"her" of the pronoun's own sex refers back to ("he told him")."""
        found: list[Entity] = []
        for obj in addressee_words(pronoun):
            if obj.lower_ in OBJECT_PRONOUNS:
                if OBJECT_PRONOUNS[obj.lower_] != pronoun.lower_:
                    continue  # "he told her": `told_other_sex`
                referent, _ = self._read_back(obj, None, None, None)
            else:
                referent = self.entity_in(noun_phrase(obj))
            if referent is not None:
                found.append(referent)
        return found

    def pronoun_referent(self, pronoun: Token) -> Entity | None:
        """The person a "he"/"she" that a description follows refers to, read as for a
        speaker's pronoun with no quote before; one pronoun deep, to keep it cheap."""
        if self._reading_pronoun:
            return None
        self._reading_pronoun = True
        weak = self._weak
        try:
            found, passed = self._search_back(pronoun, None, None)
        finally:
            self._reading_pronoun = False
            self._weak = weak
        return None if found is not None and passed and not self.known_sex(found) else found

    def _search_back(
        self, pronoun: Token, quote: Quote | None, previous: Quote | None
    ) -> tuple[Entity | None, bool]:
        """`antecedent`'s search: the person, and whether it read past a subject of saying
        that is no person.

        A person of unknown sex whom a sentence names only as the owner of a thing outside
        its subject ("..., which mocks Tom Ames's plan") is a weak referent: when the search
        read on past them finds a person that the pronoun already stood for (a subject
        "she" after their name, before the weak one's), that person is it. Being known as
        of the pronoun's sex is not enough: "Jo met Sam Orr at the depot. Sam Orr drove
        home. The storm flooded Sam Orr's cellar" leaves Sam Orr, though no one stated
        Sam's sex, the nearer one.
        """
        self._weak = None
        found, passed = self._read_back(pronoun, quote, previous, None)
        chain_fronted = self._chain_fronted
        fronted = self.fronted_subject(pronoun, subject_form(pronoun))
        # "After Ann Vell won, she said": Ann Vell, unless nothing states her sex, the search
        # read back to someone else whose sex the text states, and the clause does not call
        # her so itself ("When Ann Vell was asked if she would stand, she said").
        other = found is not None and found is not fronted and self.known_sex(found)
        if fronted is not None and (
            self.known_sex(fronted) or not other or _asked_of_itself(pronoun)
        ):
            return fronted, False
        if found is not None and found is chain_fronted and not self.known_sex(found):
            # The same holds where an earlier same pronoun had the fronted clause: "Ann
            # Vell, a widow, ... When Tom Ames left, she bought it. '...,' she says".
            known = self._read_back(pronoun, quote, previous, found)
            if known[0] is not None and known[0] is not found and self.known_sex(known[0]):
                return known
        weak = self._weak
        if weak is None or found is not weak or self.known_sex(weak):
            return found, passed
        further, further_passed = self._read_back(pronoun, quote, previous, weak)
        if (
            further is not None
            and further is not weak
            and further.kind == PERSON
            and self._called_since(further, weak, pronoun)
        ):
            return further, further_passed
        return found, passed

    def _called_since(self, person: Entity, weak: Entity, pronoun: Token) -> bool:
        """Whether the pronoun stands as a subject outside quotes after the person's last
        name before it and before the weak referent's: the text already calls them so."""
        last = max((m.span.end for m in person.mentions if m.span.end <= pronoun.i), default=-1)
        limit = min((m.span.start for m in weak.mentions if m.span.start > last), default=pronoun.i)
        word = subject_form(pronoun)
        return last >= 0 and any(
            t.lower_ == word and t.dep_ in SUBJECT_DEPS and not self.quoted.inside(t.idx)
            for t in self.doc[last:limit]
        )


def _asked_of_itself(pronoun: Token) -> bool:
    """Whether a clause fronted before a subject pronoun's verb has the same pronoun as the
    subject of what the clause's verb reports or asks ("When Tom Ames was asked whether he
    would stand, he said"): that pronoun is the clause's own subject, so the fronted person
    is of the pronoun's sex."""
    word = subject_form(pronoun)
    return any(
        t.lower_ == word
        and t.dep_ in SUBJECT_DEPS
        and t.head.dep_ == "ccomp"
        and t.head.head.i == clause.i
        for clause in fronted_clauses(pronoun)
        for t in clause.subtree
    )
