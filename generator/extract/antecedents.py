"""Who a mention refers back to: pronouns, descriptions, role nouns and missed names.

`Context` builds on `pronoun_antecedents.PronounAntecedents` (who a "he"/"she" is, from
`pronoun_search.PronounSearch`'s readings back through earlier sentences),
`referent_pronouns.PronounClues` (what one sentence tells the search) and
`referent_unnamed.UnnamedPeople` (entity mentions, organizations, writings,
descriptions) and resolves the words by which a person who speaks is
referred to without a name:

* "he"/"she": the nearest compatible person before it, read back through the
  subjects of earlier sentences (courtesy titles, role and appositive nouns,
  and "he"/"she" next to a lone name tell he from she);
* a role noun ("the minister"): the one person whose stated role or title holds it,
  or the name the role phrase runs into ("deputy head of Acme Jo Ames");
* a definite description ("the lanky professor"): the main subject just before;
* a proper name the NER missed ("Owen Marsh said"): a new person.

Every unclear case gives None: a wrong name is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.addressees import OBJECT_PRONOUNS
from generator.extract.definite_nouns import definite
from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon
from generator.extract.pronoun_antecedents import PronounAntecedents
from generator.extract.quote_lemmas import lemma
from generator.extract.quote_marks import Quote
from generator.extract.referent_ages import story_person
from generator.extract.referent_descriptions import CONTRASTING
from generator.extract.referent_later_ages import later_aged
from generator.extract.referent_nouns import age_of, definite_age, family_noun, one_person, singular
from generator.extract.referent_offices import (
    OFFICE_SENTENCES,
    THING_WORDS,
    Verdict,
    held_by_anyone,
    held_now,
    office_words,
    people_noun,
    verdict,
)
from generator.extract.referent_parties import party_holder
from generator.extract.referent_past_offices import stated_past_holder
from generator.extract.referent_repeats import same_descriptions
from generator.extract.referent_roles import (
    PAST_QUALIFIERS,
    holds_office,
    only_held_before,
    past_holder,
)
from generator.extract.referent_short_forms import short_form_holder
from generator.extract.referent_stated_roles import stated_holder
from generator.extract.referent_synonym_roles import synonym_holder
from generator.extract.speaker_names import role_modifiers
from generator.extract.speaker_seats import seat_holder
from generator.extract.speech import SUBJECT_DEPS, is_role_noun, noun_phrase, words
from generator.extract.speech_offices import titled_as

__all__ = ["Context"]

#: Pronoun subjects that name no person: "It rained", "They stayed" (a family, a crowd).
THING_PRONOUNS = frozenset(["it", "this", "that", "there", "they", "these", "those"])


class Context(PronounAntecedents):
    """Who the words for a speaker without a name refer to: pronouns, roles, descriptions."""

    def __init__(self, doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon):
        super().__init__(doc, quotes, entities, lex)
        #: Whom an earlier use of the same office noun named, by the noun's index.
        self._offices: dict[int, Entity | None] = {}

    def described(self, noun: Token) -> Entity | None:
        """As `referent_descriptions.Descriptions.described`; "him"/"her" as the object of
        a verb of quoting ("the Ledger quoted him as saying") is read back as "he"/"she"
        would be, the quoting subject aside; other verbs' objects are not who speaks."""
        if noun.lower_ in OBJECT_PRONOUNS and noun.dep_ == "dobj" and lemma(noun.head) == "quote":
            found, passed = self._search_back(noun, None, None)
            return None if found is not None and passed and not self.known_sex(found) else found
        if self.introduced_unnamed(noun):
            return None  # "a woman began shouting ... the woman interjects": that woman
        found = super().described(noun)
        if found is not None and _holds_now(found, noun):
            found = None  # "Acme boss Ann Lee said ... the former Acme boss said"
        if found is not None and self._holds_other_office(found, noun):
            found = None  # "Tory leader Mark Dane said ... the prime minister told"
        if self._plain_description(noun, offices=True):
            # "Novelist Ann Roe ... Judge Tom Vell said ... the author said": Ann Roe
            fits = lambda person: self._of_sex(person, noun)  # noqa: E731
            found = synonym_holder(noun, self.known_people(), found, fits) or found
        if found is None and is_role_noun(noun, self.lex) and definite(noun):
            found = self._named_so_before(noun)
        if found is None and self._story_description(noun):
            fits = lambda person: self._of_sex(person, noun)  # noqa: E731
            people = self.known_people()
            narrative = self.narrative_subject(noun)
            near = narrative[0] if narrative is not None else None
            found = story_person(
                noun, people, self._quotes, self.owners, self.quoted.inside, fits, near
            )
        if found is None:
            found = self._office_holder_before(noun)
        if found is None and self._plain_description(noun):
            # "Margaret Hill, a pensioner, ... the pensioner said": the role the text gave her
            fits = lambda person: self._of_sex(person, noun)  # noqa: E731
            found = stated_holder(noun, self.known_people(), self.owners, fits)
        if found is None and definite_age(noun):
            found = later_aged(noun, self.known_people(), self.quoted.inside, self._of_sex)
        return found

    def _plain_description(self, noun: Token, offices: bool = False) -> bool:
        """Whether a noun is a definite singular description of one person that sets itself
        apart from no one and is no office ("the pensioner", not "the other pensioner", "her
        teacher" or, unless ``offices``, "the minister")."""
        return (
            definite(noun)
            and singular(noun, self.lex)
            and (offices or not is_role_noun(noun, self.lex))  # `by_role` reads holders
            and not any(c.lower_ in CONTRASTING or c.dep_ == "poss" for c in noun.children)
        )

    def _holds_other_office(self, person: Entity, noun: Token) -> bool:
        """Whether a person the description reads back to is stated to hold a role that is
        not the office of one holder the noun names ("the prime minister" after "Tory
        leader Mark Dane said ..."): someone else, as `_office_holder_before` reads it."""
        office = office_words(noun)
        if office is None or not person.role or person.kind != PERSON:
            return False
        return not held_by_anyone(office, [person])

    def _office_holder_before(self, noun: Token) -> Entity | None:
        """ "Tom Vell opened the dock ... The dock cost ... '...,' the Prime Minister went
        on": the nearest main subject before that may hold an office of one holder that
        no one in the story is stated to hold now (`referent_offices`), or None."""
        office = office_words(noun)
        if office is None or held_now(office, self.known_people(), noun):
            return None
        spans = self.sentences.spans
        index = self.sentences.index_at(noun.idx) - 1
        read = 0
        while index >= 0 and read < OFFICE_SENTENCES:
            sent = spans[index]
            index -= 1
            if all(t.is_punct or t.is_space or self.quoted.inside(t.idx) for t in sent):
                continue  # quoted words only: no narrative
            read += 1
            subject = next(
                (
                    t
                    for t in sent
                    if t.dep_ in SUBJECT_DEPS
                    and self._main_verb(t.head)
                    and not self.quoted.inside(t.idx)
                ),
                None,
            )
            told = False if subject is None else self._office_verdict(subject, noun)
            if told is not False:
                return told if isinstance(told, Entity) and not self._acted_on(told, noun) else None
        return None

    def _acted_on(self, person: Entity, noun: Token) -> bool:
        """Whether the sentence of an office noun names the person outside quotes: "the
        president praised Ann Lee" is not Ann Lee, whoever the president is."""
        sent = self.sentences.spans[self.sentences.index_at(noun.idx)]
        return any(self.owners.get(t.i) is person and not self.quoted.inside(t.idx) for t in sent)

    def _office_verdict(self, subject: Token, noun: Token) -> Verdict:
        """What a main subject before tells `_office_holder_before`: the person it names
        (or whose thing it is: "Mr Vell's plan"), who may hold the office or makes the
        search read on (`referent_offices.verdict`); reading on past a thing (False);
        stopping at anyone else (True)."""
        owner = self._owner_of_thing(subject) if subject.pos_ == "NOUN" else None
        word = owner if owner is not None else subject
        entity = self.entity_in(noun_phrase(word))
        if entity is None and word.lower_ in ("he", "she", "his", "her"):
            entity = self.pronoun_referent(word)
        if entity is not None:
            if entity.kind != PERSON:
                return True
            titled = titled_as(entity, noun.lower_, [noun.lower_])
            return verdict(entity, titled or len(entity.mentions) > 1)
        if word.lower_ in THING_WORDS:
            return False
        return not (word.pos_ == "NOUN" and not people_noun(word, self.lex))

    def _story_description(self, noun: Token) -> bool:
        """Whether a noun is an age or a family description ("the 54-year-old", "the
        father-of-two") that no person as the main subject of the narrative just before
        can be: one the story has named, whom `referent_ages.story_person` reads."""
        if not (definite(noun) or definite_age(noun)) or not singular(noun, self.lex):
            return False
        if age_of(noun) is None and not family_noun(noun):
            return False
        if any(c.lower_ in CONTRASTING or c.dep_ == "poss" for c in noun.children):
            return False  # "the other 54-year-old", "her 54-year-old son"
        found = self.narrative_subject(noun)
        if found is None or not self._may_be(found[1], noun):
            return True
        # "He also accused them ... The 63-year-old said", "... to her owner Jo Ames, she
        # is worth it. '...,' the 47-year-old says": a "he"/"she" whom the search reads as
        # no one tells nothing, so the story is read as if no person stood there.
        subject = found[1]
        return (
            subject.lower_ in ("he", "she")
            and not self._reading_pronoun
            and self.pronoun_referent(subject) is None
        )

    def _may_be(self, subject: Token, noun: Token) -> bool:
        """Whether a subject is or may be the person a description names: a person of
        its sex, a name no entity owns, a pronoun for people, or a noun for one person
        ("the driver") not of the other sex ("his wife" is no father-of-two)."""
        owner = self.entity_in(noun_phrase(subject))
        if owner is not None:
            return owner.kind == PERSON and self._of_sex(owner, noun)
        if subject.pos_ == "PRON":
            return subject.lower_ not in THING_PRONOUNS
        other = words().female_nouns if noun.lower_ in words().male_nouns else words().male_nouns
        if noun.lower_ in words().male_nouns | words().female_nouns and subject.lower_ in other:
            return False
        return subject.pos_ == "PROPN" or one_person(subject, self.lex)

    def by_role(self, token: Token) -> Entity | None:
        """As `referent_role_phrases.RolePhrases.by_role`, but never one whose stated role
        gives the office only as held before; a short or informal office noun ("the PM",
        "the premier") no stated role holds is the one holder of the office it stands for
        (`referent_short_forms`); "the former treasurer" whom no role gives is the one
        person the text states held it (`referent_past_offices`)."""
        found = super().by_role(token)
        if found is not None and only_held_before(found, token):
            return None  # "Kit Hale, the former chancellor, ... the chancellor said"
        if found is not None and _holds_now(found, token):
            # "Acme boss Ann Lee ... the former Acme boss said": someone else, whom the
            # text may state held it ("Tom Vell was Acme boss until May")
            return stated_past_holder(token, self.owners, self.quoted.inside)
        if found is None:
            found = self._former_of_body(token)
        if found is None and not any(c.dep_ == "poss" for c in token.children):
            named = [
                p for p in self.known_people() if any(m.span.start < token.i for m in p.mentions)
            ]
            found = (
                short_form_holder(token, named)
                or party_holder(token, named)
                or seat_holder(token, named)  # "the Tory MP": the one "MP for Kelby"
            )
        if found is None:
            # "when Jo Ames served as deputy mayor ... the former deputy mayor said"
            found = stated_past_holder(token, self.owners, self.quoted.inside)
        return found

    def _former_of_body(self, noun: Token) -> Entity | None:
        """ "Tom Vell ran Kelby Town ... The former Kelby boss said": the person a description
        reads back to, for an office of a body held before, when the narrative sentence
        that names them names the body too; "the former Labour minister" after a sentence
        naming only a Tory is no one."""
        if not {t.lower_ for t in role_modifiers(noun)} & PAST_QUALIFIERS:
            return None
        marks = {t.lower_ for t in role_modifiers(noun) if t.i != noun.i and t.text.istitle()}
        found = self.narrative_subject(noun) if self.of_organization(noun) else None
        if found is None or not marks:
            return None
        said = {t.lower_ for t in found[0] if not self.quoted.inside(t.idx)}
        return self.described(noun) if marks <= said else None

    def _named_so_before(self, noun: Token) -> Entity | None:
        """The one person whom the earlier uses of the same office noun as a subject named
        ("the chancellor said" of Tom Vell, then "the chancellor promised"), when the
        noun's phrase names no organization whose office it would be."""
        if noun.i in self._offices:
            return self._offices[noun.i]
        self._offices[noun.i] = None  # an earlier use reads no further back through this one
        found: dict[int, Entity] = {}
        if not self.of_organization(noun):
            for earlier in same_descriptions(noun, self.quoted):
                person = self.by_role(earlier) or self.described(earlier)
                if person is not None and person.kind == PERSON:
                    found[id(person)] = person
        person = next(iter(found.values())) if len(found) == 1 else None
        self._offices[noun.i] = person
        return person


def _holds_now(person: Entity, noun: Token) -> bool:
    """Whether a role noun gives its office as held before ("the former Acme boss") and the
    person holds it now, by title or stated role, with no word saying before: someone else."""
    if not {t.lower_ for t in role_modifiers(noun)} & PAST_QUALIFIERS:
        return False
    head = noun.lower_
    return holds_office(person, head, [head]) and not past_holder(person, head)
