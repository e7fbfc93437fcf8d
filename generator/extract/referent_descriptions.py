"""Who a description of a person refers to: an office, an age, a noun of one sex.

`Descriptions` builds on `referent_sexes.Sexes` and reads the
words by which news refers back to someone it has named, without the name:

* "the lanky professor", "the Chancellor", "the 44-year-old": the main subject of
  the narrative sentence before, or the one person the text gave that age;
* "his daughter": the one person named before whose stated role is "daughter";
* a noun of one sex ("the Queen", "the mother") never takes a person of the other.

A role phrase that runs into a name, an office's holder and a name the NER missed are
read by `referent_role_phrases.RolePhrases`, which builds on this class.

Every unclear case gives None: a wrong name is worse than none.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.family_names import KIN_NOUNS
from generator.extract.referent_ages import stated_ages
from generator.extract.referent_epithets import epithet_holder
from generator.extract.referent_nationals import national_holder
from generator.extract.referent_nouns import (
    age_of,
    definite_age,
    definite_family,
    family_noun,
    family_of_number,
    kin_head,
    kin_word,
    one_person,
    singular,
)
from generator.extract.referent_roles import (
    current_holder,
    lesser_office,
    may_hold,
    office_elsewhere,
)
from generator.extract.referent_said_clauses import closing_sayer
from generator.extract.referent_sexes import Sexes
from generator.extract.referent_stated_roles import role_allows
from generator.extract.role_phrases import person_noun
from generator.extract.speaker_names import (
    role_modifiers,
)
from generator.extract.speech import (
    MALE,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    ROLE_QUALIFIERS,
    SUBJECT_DEPS,
    according_to,
    definite,
    is_role_noun,
    noun_phrase,
    words,
)
from generator.extract.speech_offices import titled_as

__all__ = ["Descriptions"]

#: Words by which a description sets its person against one named before.
CONTRASTING = frozenset(["other", "second", "third", "latter"])


class Descriptions(Sexes):
    """Who a description refers back to: an office, an age, a relative."""

    def described(self, noun: Token) -> Entity | None:
        """ "X is aware ... 'Quote,' the lanky professor said": the person just before.

        A definite singular description ("the 26-year-old", "the lanky professor",
        "the chancellor" when no other person holds it) refers back to the person
        who is the main subject of the nearest narrative sentence before it (or whom a
        "he"/"she" main subject there refers to), or to the one person the text gave the
        age it states; a description that sets itself apart ("the second victim") or
        whose noun that sentence gives someone else ("asks the soldier") gives None, as
        does a title with capitals ("the Chancellor") for a person with no stated role
        or title, and anything less clear.
        """
        noun = family_of_number(noun)  # "the mum-of-two said": the parser heads it by "two"
        national = self.national(noun)
        if national is not None:
            return national  # "the Dutchman said": the one person named before as Dutch
        if not singular(noun, self.lex):
            return None
        if not (definite(noun) or definite_age(noun) or definite_family(noun)):
            # "his daughter added"; "the college's music department said"
            return self._kin_named_before(noun) or self.possessed_body(noun)
        if noun.lower_ in words().unnamed_roles and not any(
            c.dep_ == "amod" and c.pos_ == "ADJ" for c in noun.children
        ):
            # "the spokesman said" is someone no name gives; "the chief economic
            # adviser warned" an office, held by the person just before.
            return None
        # "the proposed question is: ..." names no one; "the 26-year-old winger" does, and
        # "the college" the body named before.
        if not one_person(noun, self.lex):
            return self.body_referent(noun)
        titled = self._titled_before(noun)
        if titled is not None:
            return titled
        age = age_of(noun)
        if age is not None:
            # "Jo Ames, 44, ... the 44-year-old said": the one person given that age before.
            aged = [p for p in self.known_people() if age in stated_ages(p, noun.i)]
            if len(aged) == 1:
                return aged[0] if self._of_sex(aged[0], noun) else None
        if any(c.lower_ in CONTRASTING for c in noun.children):
            return None  # "the second victim", "the other man": not the one just named
        kin = self._kin_named_before(noun, definite=True)
        if kin is not None:
            return kin  # "his sister Mira Dole ... the eldest sister said": her
        found = self.narrative_subject(noun)
        if found is None:
            return None
        sent, subject = found
        subject = closing_sayer(subject, self.lex) or subject  # "X may lose, Rep. Y said"
        if _unnamed_source(sent, self.owners):
            return None  # "According to a friend, Jo Ames ... '...,' the insider said": the friend
        if _other_main_subject(subject, self.owners):
            return None  # "Ames was away, but Jo Lee said ...": either may be "the 29-year-old"
        # "Jo Ames's prize money sits in a bank. ... the player says": a thing a person owns,
        # not a person, was the subject; its owner is who the sentence was about. Not for
        # an office written with capitals ("the Ferry Warden"): someone else often holds it.
        if noun.text[:1].islower():
            subject = self._owner_of_thing(subject) or subject
        phrase = range(subject.left_edge.i, subject.right_edge.i + 1)
        if any(
            t.lower_ == noun.lower_
            and t.i not in phrase
            and t.i not in self.owners
            and t.dep_ != "compound"
            for t in sent
        ):
            # "Jo Ames asks the soldier. '...,' the soldier replies": not Ames; a title in
            # a name ("Labour MP Ann Orme") is that person's, no one else the noun is.
            return None
        if subject.lower_ in PRONOUNS | POSSESSIVE_PRONOUNS:
            # "Jo Ames starred in it. He says ... 'Quote,' the actor said": whom "he" is,
            # unless the noun is of the other sex ("He says ... the actress said"). A role
            # noun must be in the role stated for that person: a pronoun read back through
            # a story of several office holders ("the Chancellor") too often lands on
            # another of them.
            other = words().female_nouns if subject.lower_ in MALE else words().male_nouns
            entity = None if noun.lower_ in other else self.pronoun_referent(subject)
            if not role_allows(entity, noun, self.lex, stated_only=False):
                return None
        else:
            entity = (
                self.entity_in(noun_phrase(subject))
                or self.missed_subject(subject)
                or epithet_holder(subject, self.known_people())  # "The Elm Row star shared"
            )
            if entity is None and self._chained(subject, noun):
                # "The 31-year-old wrote ... the singer said": one person, read back
                entity = self.described(subject)
            if not role_allows(entity, noun, self.lex, stated_only=True):
                return None  # "Union boss Jo Ames spoke. The minister said": not Ames
        if entity is None or entity.kind != PERSON or lesser_office(entity, noun):
            return None
        office = is_role_noun(noun, self.lex)
        if office and noun.text.istitle() and not may_hold(entity, noun):
            # "Tom Ames spoke. '...,' the Governor said": an office with capitals is
            # a title, not a word for whoever was just named with no role or title. An
            # abbreviation ("the MP") is written so whatever it names.
            return None
        holders = office_elsewhere(noun, entity, self.known_people()) if office else []
        if holders:
            # "the home secretary" is Ann Vell, titled so later, not Tom Ames
            holder = current_holder(holders, noun)
            return holder if holder is not None and self._of_sex(holder, noun) else None
        # "Ann Lee spoke. The Lee-supporting teen said": not the one it names.
        own = {id(o) for t in noun.subtree if (o := self.owners.get(t.i)) is not None}
        if id(entity) in own or not self._of_sex(entity, noun):
            return None
        stated = stated_ages(entity, noun.i)
        return None if age is not None and stated and age not in stated else entity

    def national(self, noun: Token) -> Entity | None:
        """The one person named before whom the text stated to be of the people a definite
        member noun names ("the Dutchman", "the Scot"): `referent_nationals`. The noun may
        be a mention of the country ("the Swiss"), never of a person or body."""
        owner = self.owners.get(noun.i)
        if not definite(noun) or (owner is not None and owner.kind in (PERSON, ORG)):
            return None
        return national_holder(noun, self.known_people(), self.lex, self.compatible)

    def _chained(self, subject: Token, noun: Token) -> bool:
        """Whether a subject is a definite description of one person ("the 31-year-old")."""
        if subject.i >= noun.i or not (definite(subject) or definite_age(subject)):
            return False
        return subject.lower_ == noun.lower_ or one_person(subject, self.lex)

    def narrative_subject(self, noun: Token) -> tuple[Span, Token] | None:
        """The main subject outside quotes of the narrative just before a description, and
        the sentence (or run-in paragraph) it is the subject of."""
        return next(
            (
                (sent, token)
                for sent in self._narrative_before(noun)
                for token in sent
                if token.dep_ in SUBJECT_DEPS
                and self._main_verb(token.head)
                and not self.quoted.inside(token.idx)
            ),
            None,
        )

    def _main_verb(self, verb: Token) -> bool:
        """Whether a verb heads its sentence: the root, or the verb of a paragraph the parse
        hung on a word of the paragraph before ("'...,' she said. / Jo's car was ...")."""
        return verb.dep_ == "ROOT" or "\n\n" in self.text[verb.head.idx : verb.idx]

    def _owner_of_thing(self, subject: Token) -> Token | None:
        """The possessor of a subject that is a thing ("Jo Ames's prize", "her remarks"):
        a person's name or "his"/"her"; not the owner of a person ("Jo Ames's lawyer")."""
        if subject.pos_ != "NOUN" or one_person(subject, self.lex):
            return None
        owners = [c for c in subject.children if c.dep_ == "poss"]
        if len(owners) != 1:
            return None
        owner = owners[0]
        if owner.lower_ in POSSESSIVE_PRONOUNS:
            return owner
        entity = self.owners.get(owner.i)
        return owner if entity is not None and entity.kind == PERSON else None

    def pronoun_referent(self, pronoun: Token) -> Entity | None:
        """The person a "he"/"she" subject refers to: `antecedents.Context` reads it; on
        its own this class reads none."""
        return None

    def missed_subject(self, subject: Token) -> Entity | None:
        """The person a narrative subject names whom the NER missed ("Edna Voss, from Kelby,
        finished ... '...,' the pensioner said"): `referent_role_phrases.RolePhrases`
        reads it; on its own this class reads none."""
        return None

    def _titled_before(self, noun: Token) -> Entity | None:
        """ "County Sheriff Jo Ames said ... the sheriff said": the one person named before
        whose name followed the noun as a title, of the noun's sex. Nouns for people that
        are no stated role ("sheriff", "detective", "chaplain") reach here, not `by_role`."""
        if not (person_noun(noun.lower_) or is_role_noun(noun, self.lex)):
            return None  # "the 44-year-old" is no title: "two-year-old Rex" is not it
        modifiers = [t.lower_ for t in role_modifiers(noun) if t.lower_ not in ROLE_QUALIFIERS]
        found = {
            id(p): p
            for p in self.known_people()
            if any(m.span.start < noun.i for m in p.mentions)
            and titled_as(p, noun.lower_, modifiers)
        }
        person = next(iter(found.values())) if len(found) == 1 else None
        if person is None or not self._of_sex(person, noun):
            return None
        # "historian Jo Ames ... says one historian ... adds the historian": the same noun
        # again after the title is the nearer thing "the historian" refers back to.
        titled_at = max(m.span.start for m in person.mentions if m.span.start < noun.i)
        again = any(
            t.lower_ == noun.lower_ and not self.quoted.inside(t.idx)
            for t in self.doc[titled_at : noun.i]
        )
        return None if again else person

    def _kin_named_before(self, noun: Token, definite: bool = False) -> Entity | None:
        """ "his daughter Ann told ... 'Q,' his daughter added": the one person named before
        whose stated role is that relative ("eldest sister", "mother of two from Kelby",
        "mother-of-two"), when the noun belongs to a pronoun or, with ``definite``, to
        "the" ("the eldest sister said"). Only kin: "her owner says"
        of a dog is not the woman named as its owner."""
        if noun.lower_ not in KIN_NOUNS:
            return None
        # "the father-of-two" is a man with children, not the one named as someone's father
        family = family_noun(noun)
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        if not (the if definite else owned):
            return None
        kin = {
            id(p): p
            for p in self.known_people()
            if p.role
            and kin_word(kin_head(p.role)) == kin_word(noun.lower_)  # "her mum": "mother"
            and (not family or "-of-" in p.role.split(",")[0])
            and any(m.span.start < noun.i for m in p.mentions)
        }
        found = next(iter(kin.values())) if len(kin) == 1 else None
        return found if found is not None and self._of_sex(found, noun) else None

    def _narrative_before(self, noun: Token) -> list[Span]:
        """Where the person a description refers back to is the main subject: a paragraph
        the parse ran into the noun's sentence ("Lee answered. / '...,' the councillor
        posted."), then the nearest sentence before that is not quoted words only."""
        index = self.sentences.index_at(noun.idx)
        spans = self.sentences.spans
        own = spans[index]
        found = []
        cut = self.text.rfind("\n\n", own.start_char, noun.idx)
        ran_in = self.sentences.within(own, own.start_char, cut) if cut >= 0 else None
        if ran_in is not None:
            found.append(ran_in)
        index -= 1
        while index >= 0 and all(
            t.is_punct or t.is_space or self.quoted.inside(t.idx) for t in spans[index]
        ):  # sentences of quoted words only (and the break after) are not narrative
            index -= 1
        return [*found, spans[index]] if index >= 0 else found

    def _of_sex(self, entity: Entity, noun: Token) -> bool:
        """Whether a noun of one sex ("the Queen", "the mother") can name the person."""
        if noun.lower_ in words().male_nouns:
            return self.compatible(entity, "he")
        if noun.lower_ in words().female_nouns:
            return self.compatible(entity, "she")
        return True


def _unnamed_source(sent: Span, owners: Mapping[int, Entity]) -> bool:
    """Whether a sentence gives its words to someone it does not name ("according to a
    source close to the show", "according to one friend"): a description after it
    ("the insider said") refers back to that source, not to the sentence's subject."""
    for token in sent:
        if not according_to(token) or token.i + 2 >= len(sent.doc):
            continue
        source = next((c for c in sent.doc[token.i + 1].children if c.dep_ == "pobj"), None)
        if source is None or source.i in owners:
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in source.children):
            return True
    return False


def _other_main_subject(subject: Token, owners: Mapping[int, Entity]) -> bool:
    """Whether a clause joined to the main one ("..., but Jo Lee said ...") has a subject
    naming another person than ``subject`` does: the sentence is about two people, and a
    description after it may refer back to either."""
    verb = subject.head
    own = owners.get(subject.i)
    for clause in verb.children:
        if clause.dep_ != "conj" or clause.pos_ not in ("VERB", "AUX"):
            continue
        for child in clause.children:
            other = owners.get(child.i) if child.dep_ in ("nsubj", "nsubjpass") else None
            if other is not None and other.kind == PERSON and other is not own:
                return True
    return False
