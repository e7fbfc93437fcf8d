"""Who a description of a person refers to: an office, an age, a noun of one sex.

`Descriptions` builds on `referent_sexes.Sexes` and reads the
words by which news refers back to someone it has named, without the name:

* "the lanky professor", "the Chancellor", "the 44-year-old": the main subject of
  the narrative sentence before, or the one person the text gave that age;
* "his daughter": the one person named before whose stated role is "daughter";
* a noun of one sex ("the Queen", "the mother") never takes a person of the other;
* a role phrase that runs into a name ("former deputy head of Acme Jo Ames", "the
  reporter in those years, Jo Ames,"): that name;
* "the Tory leader": the one person named before whose stated role holds it;
* a proper name the NER missed ("Owen Marsh said"): a new person, or the body its
  shape names ("Kelham PD said").

Every unclear case gives None: a wrong name is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.entities import PERSON, Entity
from generator.extract.family_names import KIN_NOUNS
from generator.extract.lexicon import Lexicon
from generator.extract.quote_marks import Quote
from generator.extract.referent_ages import stated_ages
from generator.extract.referent_nouns import (
    age_of,
    definite_age,
    family_noun,
    kin_head,
    member_noun,
    one_person,
    singular,
)
from generator.extract.referent_roles import (
    current_holder,
    holder_by_words,
    holder_in_context,
    lesser_office,
    may_hold,
    member_of_body,
    office_elsewhere,
)
from generator.extract.referent_sexes import Sexes
from generator.extract.referent_stated_roles import role_allows
from generator.extract.referent_surnames import titled_as_other_sex
from generator.extract.role_phrases import person_noun
from generator.extract.speaker_names import (
    full_names,
    missed_body,
    missed_person,
    person_by_role,
    role_modifiers,
)
from generator.extract.speech import (
    MALE,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    ROLE_QUALIFIERS,
    SUBJECT_DEPS,
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
    """Who a description refers back to: an office, an age, a relative, a missed name."""

    def __init__(self, doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon):
        super().__init__(doc, quotes, entities, lex)
        self._full_names: dict[str, Span] | None = None

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
        if not singular(noun, self.lex):
            return None
        if not (definite(noun) or definite_age(noun)):
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
            entity = self.entity_in(noun_phrase(subject))
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
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        if not (the if definite else owned):
            return None
        kin = {
            id(p): p
            for p in self.known_people()
            if p.role
            and kin_head(p.role) == noun.lower_
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

    def named_after(self, noun: Token) -> Entity | None:
        """The person a role phrase runs into, as a title or in apposition: "former deputy
        head of Acme Jo Ames told", "the court reporter in those years, Jo Ames, wrote". A
        name after a preposition ("a lawyer for Jo Ames") or owning something ("the
        reporter, Jo Ames's friend,") is someone else."""
        doc = noun.doc
        edge = noun.right_edge
        at = edge.i + 1
        if at < len(doc) and doc[at].text == ",":
            at += 1  # "..., Jo Ames,": the name in apposition
        elif not any(c.dep_ == "det" for c in noun.children) and edge.i > noun.i:
            at = edge.i  # "deputy head of Acme Jo Ames": the phrase ends in the name
            while at > noun.i and self.owners.get(at - 1) is self.owners.get(edge.i):
                at -= 1
            if doc[at - 1].pos_ == "ADP":
                return None
        owner = self.owners.get(at)
        if owner is None or owner.kind != PERSON or self.owners.get(at - 1) is owner:
            return self._apposed_to_place(noun)
        end = at
        while end < len(doc) and self.owners.get(end) is owner:
            end += 1
        follower = doc[end] if end < len(doc) else None
        if follower is not None and (follower.tag_ == "POS" or follower.lower_ in ("'s", "’s")):
            return None
        return owner

    def _apposed_to_place(self, noun: Token) -> Entity | None:
        """The person named between commas at the end of a role phrase that closes on a
        place or an organization: "the head of the Ledger in Norport, Jo Ames, said", the
        parser hanging the name on the place, which no person stands for."""
        for token in noun.subtree:
            owner = self.owners.get(token.i)
            if token.dep_ != "appos" or owner is None or owner.kind != PERSON:
                continue
            place = token.head
            if place.pos_ != "PROPN" or place.ent_type_ not in ("GPE", "LOC", "ORG", "FAC"):
                return None
            start = min(
                m.span.start for m in owner.mentions if m.span.start <= token.i < m.span.end
            )
            if start > 0 and noun.doc[start - 1].text == "," and token.i + 1 == noun.right_edge.i:
                return owner
            return None
        return None

    # --- people without an entity ------------------------------------------------------

    def by_role(self, token: Token) -> Entity | None:
        """ "the Tory leader" -> the one person whose stated role is a "... leader".

        Only people named before the role noun count: "the former minister said"
        refers back, so a minister the story introduces later is someone else.
        """
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
            return None  # "her owner": a relation to someone, not a role one person holds
        named = self.named_after(token)
        if named is not None:
            return named
        people = self.known_people()
        named_before = [p for p in people if any(m.span.start < token.i for m in p.mentions)]
        found = person_by_role(token, named_before, lambda: self.described(token))
        if found is None:
            found = holder_in_context(token, named_before, self.quoted)
        if found is None:
            found = holder_by_words(token, named_before)
        bodies = self.served_bodies(token) if found is None else []
        member = member_of_body(token, bodies, people, self.owners, self.lex.role_words)
        if member is not None and any(member is p for p in named_before):
            # "the trust's treasurer": the one person of the story who is the trust's
            found = member if self._of_sex(member, token) else None
        return found

    def missed_person(self, subject: Token) -> Entity | None:
        """A person named as the subject of "said" whom the NER left out, or None; for a
        member of a people or party ("the Vermont Democrat said"), whom it describes."""
        if definite(subject) and (member_noun(subject, self.lex) or family_noun(subject)):
            return self.described(subject)
        known = self.known_people()
        found = missed_person(subject, self.owners, known, self.lex, self._names_in_full)
        if found in known and titled_as_other_sex(subject, found):
            return None  # "Mr Vell said" with Ann Vell the one Vell: a man not named
        if found is not None and all(found is not k for k in known):
            self.added.append(found)
            # Owned from now on, so that later references find the name ("Tala, 42,
            # said ... The farmer said" refers back to Tala).
            self.owners.update((t.i, found) for m in found.mentions for t in m.span)
        if found is None and subject.ent_type_ != "PERSON":
            found = self.organization_named_by(subject)
        return found or self._missed_body(subject)

    def _missed_body(self, subject: Token) -> Entity | None:
        """The organization a name the NER missed is by its shape ("Kelham PD said"), one
        entity however often the text names it."""
        span = missed_body(subject, self.owners)
        return None if span is None else self.new_organization(span)

    def _names_in_full(self) -> dict[str, Span]:
        if self._full_names is None:
            self._full_names = full_names(self.doc, self.owners, self.lex)
        return self._full_names
