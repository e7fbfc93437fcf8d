"""The clues the pronoun search of `antecedents.Context` reads in each sentence.

`PronounClues` builds on `referent_unnamed.UnnamedPeople`: whether a person fits a
pronoun, the one person a stretch of text names, a name or office the search reads past,
the speaker of a quote the sentence introduced, and the shapes of the parse that tell a
subject from a mention ("According to", a paragraph the parse ran on, a passive agent).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.fronted_subjects import fronted_people
from generator.extract.lexicon import Lexicon, cues
from generator.extract.pronoun_forms import BY_SUBJECT
from generator.extract.quote_marks import Quote
from generator.extract.referent_fronted_objects import fronted_object
from generator.extract.referent_given_names import given_name_sex
from generator.extract.referent_spokes_words import SPOKES_PEOPLE
from generator.extract.referent_unnamed import UnnamedPeople
from generator.extract.speech import (
    FEMALE_TITLES,
    MALE,
    MALE_TITLES,
    POSSESSIVE_PRONOUNS,
    SUBJECT_DEPS,
    definite,
    is_role_noun,
    noun_phrase,
    passive_agent,
    words,
)

__all__ = ["SPOKES_SEXES", "PronounClues", "adverbial", "kin_of_pronoun", "two_sexes"]

#: Spokes nouns of one sex: "a spokeswoman ..." is not what "he" refers back to.
SPOKES_SEXES = {"spokesman": "m", "spokeswoman": "f"}


class PronounClues(UnnamedPeople):
    """What one sentence tells the pronoun search: who fits, who is named, who spoke."""

    def __init__(self, doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon):
        super().__init__(doc, quotes, entities, lex)
        self._quotes = quotes

    def compatible(self, entity: Entity, pronoun: str) -> bool:
        """Whether ``he``/``she`` can refer to the entity: not when courtesy titles of both
        sexes name it ("Mr Lee" and "Ms Lee" merged), which is two people."""
        return not two_sexes(entity) and super().compatible(entity, pronoun)

    def example_person(self, subject: Token, pronoun: str) -> Entity | None:
        """The one person a plural subject of saying gives as its example, if the pronoun
        fits them: "Parents such as Jo Ames wrote in. '...,' he said" is Ames."""
        people = {
            id(owner): owner
            for child in subject.children
            if child.dep_ == "prep" and _names_an_example(child)
            for t in child.subtree
            if (owner := self.owners.get(t.i)) is not None and owner.kind == PERSON
        }
        if len(people) != 1:
            return None
        return self._fitting(next(iter(people.values())), pronoun)

    def apposed_name(self, noun: Token) -> Entity | None:
        """The person whose name opens the sentence just before a role noun's phrase and a
        comma: "Jo Ames, treasurer of the club has written", the parse making "treasurer" the
        subject."""
        left = noun.left_edge.i
        if left < 2 or self.doc[left - 1].text != ",":
            return None
        owner = self.owners.get(left - 2)
        if owner is None or owner.kind != PERSON:
            return None
        # "... after talks with Jo Ames, the minister said": a name that does not open its
        # sentence is in a clause of its own, and the role noun is someone else.
        start = min(
            (m.span.start for m in owner.mentions if m.span.start <= left - 2 < m.span.end),
            default=left - 2,
        )
        opening = self.doc[start].sent.start
        return owner if all(t.is_space or t.is_punct for t in self.doc[opening:start]) else None

    def quoted_teller(self, sent: Span, pronoun: str) -> Entity | None:
        """The one person a sentence names outside quotes who speaks a quote opening in
        it, if the pronoun fits them: "Facing Mr Lee, Jo Ames said: '...'"
        read back from "He asked: ..." is Ames, whatever place the parse gave the name."""
        named = {
            id(owner)
            for t in sent
            if not self.quoted.inside(t.idx) and (owner := self.owners.get(t.i)) is not None
        }
        tellers = {
            id(q.speaker): q.speaker
            for q in self._quotes
            if q.speaker is not None
            and q.speaker.kind == PERSON
            and id(q.speaker) in named
            and sent.start_char <= q.parts[0][0] < sent.end_char
            and not self._someone_after(sent, q.parts[-1][1], q.speaker)
        }
        if len(tellers) != 1:
            return None
        return self._fitting(next(iter(tellers.values())), pronoun)

    def _someone_after(self, sent: Span, end: int, teller: Entity) -> bool:
        """Whether a sentence goes on after a quote's end to a main subject other than its
        teller ("... 'quote' / Later the minister spoke ...", a caption run in)."""
        return any(
            t.idx >= end
            and not self.quoted.inside(t.idx)
            and t.dep_ in SUBJECT_DEPS
            and t.pos_ in ("NOUN", "PROPN")
            and t.head.dep_ in ("ROOT", "conj")
            and self.owners.get(t.i) is not teller
            for t in sent
        )

    def _named_before_chain(self, tokens: list[Token], pronoun: str, named: Entity | None) -> bool:
        """Whether the pronoun that a sentence repeats refers back to the one person the
        sentence names before it, when no subject there named anyone: "The plan was drawn
        up by Ann Lee, who says she ..." (the parse may give the name no subject's place).
        Not when the sentence names anyone else the pronoun can be (his daughter Ann is not
        "he"), or the pronoun opens its main clause ("He told Ann Lee she ..." is someone
        before)."""
        if named is None:
            return False
        people = {
            id(owner)
            for t in tokens
            if not self.quoted.inside(t.idx)
            and (owner := self.owners.get(t.i)) is not None
            and owner.kind == PERSON
            and self.compatible(owner, pronoun)
        }
        if people != {id(named)}:
            return False
        chain = [
            t
            for t in tokens
            if t.lower_ == pronoun and t.dep_ in SUBJECT_DEPS and not self.quoted.inside(t.idx)
        ]
        first = min(t.i for t in tokens if self.owners.get(t.i) is named)
        return all(t.i > first and t.head.dep_ != "ROOT" for t in chain)

    def _pronoun_first(self, tokens: list[Token], pronoun: str, named: Entity) -> bool:
        """Whether a form of the pronoun stands outside quotes before the one person a
        sentence names: "After her talk with the board, staff thanked Tom Ames" is about
        someone before, whom "her" and the later "she" refer to, not Ames."""
        forms = BY_SUBJECT[pronoun].all
        mentions = [t for t in tokens if self.owners.get(t.i) is named]
        if not mentions or any(_subject_word(t) for t in mentions):
            return False  # "For all her fame, Ann Lee ...": "her" looks ahead to the subject
        first = min(t.i for t in mentions)
        if first > 0 and self.doc[first - 1].text == "," and first < mentions[0].sent.root.i:
            return False  # the same, the parse giving the name no subject's place
        return any(
            t.i < first and t.lower_ in forms and not self.quoted.inside(t.idx) for t in tokens
        )

    def _office_holder(self, subject: Token, pronoun: str) -> bool:
        """Whether a subject the search reads past is an unnamed office ("the mayor")
        of one person of no other sex than the pronoun's, whom the pronoun may be."""
        if subject.i in self.owners or not definite(subject) or not is_role_noun(subject, self.lex):
            return False
        other = words().female_nouns if pronoun in MALE else words().male_nouns
        spoke = self.says(subject.head)  # "As the union chief warned, ...": who speaks on
        return not spoke and subject.tag_ != "NNS" and subject.lower_ not in SPOKES_PEOPLE | other

    def about_the_pronoun(self, tokens: list[Token], pronoun: str) -> bool:
        """Whether a sentence names no person outside quotes but has the pronoun's possessive
        or object form there ("It was his plan.", "The flood ruined her."): it goes on about
        the pronoun's person, so the search does not count it as read."""
        cases = BY_SUBJECT[pronoun]
        owner, whom = cases.determiner, cases.object
        forms = {(owner, "poss"), (whom, "dobj"), (whom, "pobj"), (whom, "dative")}
        outside = [t for t in tokens if not self.quoted.inside(t.idx)]
        return any((t.lower_, t.dep_) in forms for t in outside) and not self.names_person(outside)

    def fronted_subject(self, pronoun: Token, word: str) -> Entity | None:
        """The one person, fitting ``word``, who is the subject of a clause fronted before
        a subject pronoun's verb (`fronted_subjects.fronted_people`): "After Ann Vell was
        elected, she said"; failing that, the one person such a clause about others names
        (`referent_fronted_objects`: "When officers confronted Ann Vell, she said")."""
        if pronoun.dep_ not in SUBJECT_DEPS or self.quoted.inside(pronoun.idx):
            return None
        found = fronted_people(pronoun, word, self.owners)
        if not found:
            return fronted_object(pronoun, word, self.owners, self.compatible)
        return self._fitting(found[0], word) if len(found) == 1 else None

    def fronted_rival(self, subject: Token, person: Entity, word: str) -> bool:
        """Whether a clause fronted before a subject's verb has another person whom the
        pronoun ``word`` fits as its subject, when nothing states the sex of the subject's
        person: "As Ann Vell wept, Tom Ames took the stage. '...,' she said" leaves open
        which of the two she is."""
        if self.known_sex(person):
            return False
        rivals = fronted_people(subject, word, self.owners)
        return any(p is not person and self.compatible(p, word) for p in rivals)

    def _fitting(self, found: Entity | None, pronoun: str) -> Entity | None:
        """``found`` if ``pronoun`` can refer to it (a person of that sex or of none
        known), else None."""
        if found is None or found.kind != PERSON:
            return None
        return found if self.compatible(found, pronoun) else None

    def _other_sex(self, found: Entity | None, pronoun: str) -> bool:
        """Whether a subject the search reached refers to a person whom the text states to
        be of the other sex than the pronoun: someone else, whom the search reads past."""
        return (
            found is not None
            and found.kind == PERSON
            and not two_sexes(found)
            and self.known_sex(found)
            and not self.compatible(found, pronoun)
        )

    def _owner_only(self, tokens: list[Token], person: Entity) -> bool:
        """Whether ``tokens`` name a person only as the owner of a thing outside the
        subject ("..., which upsets Tom Ames's plan"): no one the sentence is about."""
        roots = {
            m.span.root.i
            for m in person.mentions
            if m.span.start <= tokens[-1].i and m.span.end > tokens[0].i
        }
        if not roots:
            return False
        for i in roots:
            token = self.doc[i]
            if token.dep_ != "poss":
                return False
            while token.dep_ == "poss":
                token = token.head  # "Tom Ames's party's plan": the plan
            if any(t.dep_ in SUBJECT_DEPS for t in (token, *token.ancestors)):
                return False
        return True

    def _only_person(self, tokens: list[Token], pronoun: str) -> Entity | None:
        """The one person named outside quotes among ``tokens`` whom ``pronoun`` can
        refer to, if exactly one ("he" after "asked Tom Ware, named after his
        grandmother Ada" is Tom Ware)."""
        found = {
            id(owner): owner
            for t in tokens
            if not self.quoted.inside(t.idx)
            and (owner := self.owners.get(t.i) or self._bare_name(t)) is not None
            and owner.kind == PERSON
            and self.compatible(owner, pronoun)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def coordinated(self, subject: Token) -> list[Entity]:
        """The people a subject, or the name in apposition to it, and the words joined to
        it by "and" name ("Jo Ames and Ann Lee", "rival hosts Jo Ames and Ann Lee"), each
        once; none when no person is joined by "and" ("Jo Ames, Kelby MP,")."""
        found: dict[int, Entity] = {}
        for word in (subject, *(c for c in subject.children if c.dep_ == "appos")):
            joined = [
                owner
                for token in word.conjuncts
                if (owner := self.owners.get(token.i)) is not None and owner.kind == PERSON
            ]
            owner = self.owners.get(word.i)
            if joined and owner is not None and owner.kind == PERSON:
                found.update((id(p), p) for p in (owner, *joined))
        return list(found.values())

    def _bare_name(self, token: Token) -> Entity | None:
        """The one known person whose full name holds a capitalised word that no entity
        owns ("Garr" after "Ned Garr", "Nell" after "Nell Orme"): a name the
        entities missed still names someone, so the sentence names more than one."""
        if token.i in self.owners or token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        bearers = {
            id(p): p
            for p in self.known_people()
            if len(p.name.split()) > 1 and token.text in p.name.split()
        }
        return next(iter(bearers.values())) if len(bearers) == 1 else None

    def _spokes_body(self, spokes: Token, pronoun: str) -> Entity | None:
        """The organization a spokes noun that a pronoun refers back to speaks for, when
        the noun's sex, if it has one, is the pronoun's ("a spokeswoman ... she")."""
        sex = SPOKES_SEXES.get(spokes.lower_)
        if sex is not None and sex != ("m" if pronoun in MALE else "f"):
            return None
        return self.phrase_organization(spokes) or self.spoken_for(spokes)

    def _leads_paragraph(self, noun: Token) -> bool:
        """Whether a noun leads a paragraph that the parse ran into the sentence before
        ("He said: '...' / Rob Lee, 58, booked early, only to find ..."): as the subject
        of a verb after the break that hangs on a word before it, or as a person's name
        that opens the paragraph, hung on a word before it."""
        subject = noun.dep_ in SUBJECT_DEPS
        anchor = noun.head if subject else noun
        if not subject:
            owner = self.owners.get(noun.i)
            before = noun.left_edge.i - 1
            if owner is None or owner.kind != PERSON or before < 0:
                return False
            if not noun.doc[before].text.startswith("\n\n"):
                return False
        cut = self.text.rfind("\n\n", noun.sent.start_char, noun.idx)
        return cut >= 0 and anchor.idx > cut and anchor.head.idx < cut

    def _person_titled(self, head: Token) -> bool:
        """Whether a name's head that no one owns closes a person's name as a title after
        it ("Judge Jo Ames QC": the parser heads the name with "QC")."""
        named = self.entity_in(noun_phrase(head))
        return named is not None and named.kind == PERSON

    def _agent(self, verb: Token) -> Entity | None:
        """The person by whom a passive verb of saying was said ("was echoed by Jo Ames")."""
        agent = passive_agent(verb)
        owner = self.owners.get(agent.i) if agent is not None else None
        return owner if owner is not None and owner.kind == PERSON else None

    def _named_subject(self, tokens: list[Token], person: Entity) -> bool:
        """Whether a main-clause subject among ``tokens`` is a capitalised word no person owns,
        which may name someone the entities missed. A body's noun after "the" ("The Kelby
        Trust lost Mr Tom Ames") names no one, when the person the sentence names is known
        to be of the pronoun's sex; "The Kelbian" may be a person's, and a name whose sex
        nothing states may be a company the entities took for a person. So does a name the
        entities give as an organization ("Kelmart pulled it after Tom Vell complained"),
        unless it opens with a given name: a person the model took for a body."""
        for token in tokens:
            if token.dep_ not in SUBJECT_DEPS or token.head.dep_ != "ROOT":
                continue
            if token.pos_ in ("PRON", "NUM", "DET"):
                continue  # "One of them was Tom Vell": a capital that opens the sentence
            owner = self.owners.get(token.i)
            the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            body = the and token.lower_ in cues().org_suffixes
            if owner is not None and owner.kind == ORG:
                body = body or given_name_sex(owner.name) is None
            if body and self.known_sex(person):
                continue
            if token.text[:1].isupper() and (owner is None or owner.kind != PERSON):
                return True
        return False

    def _namesake(self, surname: Token, pronoun: str) -> Entity | None:
        """ "Vance also wrote ... she says", with a Nora and a Carl Vance: a bare
        surname that fits the pronoun only for one of the people who bear it."""
        bearers = [
            p
            for p in self.known_people()
            if p.name.lower().split()[-1:] == [surname.lower_] and self.compatible(p, pronoun)
        ]
        return bearers[0] if len(bearers) == 1 else None


def _subject_word(token: Token) -> bool:
    """Whether a word is a subject, or joined by "and" to one ("Jo and her staff plan")."""
    if token.dep_ == "conj":
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def kin_of_pronoun(noun: Token) -> bool:
    """ "his doctor", "her lawyer": an unnamed person who belongs to someone else."""
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children)


def adverbial(token: Token) -> bool:
    """Whether a token lies in an adverbial or relative clause of its sentence."""
    while token.head.i != token.i:
        if token.dep_ in ("advcl", "relcl", "acl"):
            return True
        token = token.head
    return False


def two_sexes(entity: Entity) -> bool:
    """Whether courtesy titles of both sexes stand before an entity's mentions, each at
    least twice ("Mr Lee", "Ms Lee"): a family's name merged into one person, not a
    slip of the pen ("Ms Lee" once among many "Mr Lee")."""
    male = female = 0
    for mention in entity.mentions:
        span = mention.span
        before = span.doc[span.start - 1] if span.start > 0 else None
        for token in (before, span[0] if len(span) > 1 else None):
            if token is not None:  # titles only: "his Ann" says nothing of Ann's sex
                male += token.lower_ in MALE_TITLES
                female += token.lower_ in FEMALE_TITLES
    return min(male, female) >= 2


def _names_an_example(prep: Token) -> bool:
    """ "like", "including" or "such as": a preposition that gives one of a group."""
    if prep.lower_ in ("like", "including"):
        return True
    return prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
