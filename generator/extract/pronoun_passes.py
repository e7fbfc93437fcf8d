"""What a pronoun's reading back (`pronoun_search.PronounSearch`) may read past or must
stop at, besides the subjects it weighs: a rival person joined to a subject, a source
given by "according to", an office that names no one, a body that reports, and how far
"he added" goes on from the last quote; and which role nouns describe someone named
before ("the doctor", not "the Acme chief" nor one of two people joined by "and"). (The
photo captions it reads past are `caption_lines.caption_line`.)
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.pronoun_words import joined_subjects, portfolio
from generator.extract.quote_gaps import QuoteGaps
from generator.extract.quote_lemmas import lemma
from generator.extract.quote_marks import Quote
from generator.extract.referent_nouns import owned_by
from generator.extract.referent_pronouns import PronounClues
from generator.extract.speaker_names import role_modifiers
from generator.extract.speech import CHAIN_SENTENCES, SUBJECT_DEPS, according_to, definite
from generator.extract.speech_offices import OFFICE_MODIFIERS


class PronounPasses(PronounClues, QuoteGaps):
    """The tests by which a pronoun's reading back passes a subject or stops at it."""

    def described(self, noun: Token) -> Entity | None:
        """As `referent_descriptions.Descriptions.described`, but no one when the subject
        read back to is one of two people joined by "and" ("Dr Orla Penhale and Dr Idris
        Marchant met the board. '...,' the doctor said"): the description may be either."""
        found = super().described(noun)
        near = self.narrative_subject(noun) if found is not None else None
        pair = self.coordinated(near[1]) if near is not None else []
        return None if len(pair) > 1 and any(p is found for p in pair) else found

    def of_organization(self, subject: Token) -> bool:
        """Whether a role noun's phrase names an organization ("the Acme chief", "the head
        of Acme"): an office there, not a description of someone named before as a place
        or a people's is ("the Ohio lawmaker"), nor a word that qualifies a title without
        naming a body ("the Cabinet minister": a minister named before) unless it is a
        known body's name ("the Harbour Party MP": of a party, someone named before may not
        be)."""
        for child in subject.children:
            if child.dep_ not in ("compound", "amod", "poss", "nmod", "prep"):
                continue
            for token in child.subtree:
                if portfolio(token, self.lex):
                    continue
                owner = self.owners.get(token.i)
                if (owner is not None and owner.kind == ORG) or token.ent_type_ == "ORG":
                    return True
        return False

    def _joined_rival(self, subject: Token, person: Entity, word: str) -> bool:
        """Whether a clause joined to the subject's by "and" or "but" has another person
        as its subject whom the pronoun fits as well: "Ann Vell ran the stall, and Jo Ames
        took the money. '...,' she said" leaves open which of the two she is, unless the
        text states the sex of the subject's person and not of the other's."""
        return any(
            self.compatible(other, word) and (self.known_sex(other) or not self.known_sex(person))
            for other in joined_subjects(subject, self.owners)
        )

    def _source_of(self, tokens: list[Token], word: str) -> bool:
        """Whether a sentence gives its words as a person's of the pronoun's sex by
        "according to" ("According to Jo Ames, ..."), who is then its main person."""
        return any(
            t.dep_ == "pobj"
            and according_to(t.head.head)
            and (owner := self.owners.get(t.i)) is not None
            and owner.kind == PERSON
            and self.compatible(owner, word)
            for t in tokens
        )

    def office_named(self, noun: Token, pronoun: str) -> Entity | None:
        """The person named before whom an unnamed office of a clause the search reads past
        names ("..., though the mayor kept the keys"), if the pronoun can refer to them; no
        one for an office of an organization ("the Acme chief"), which may be anyone's."""
        if self.of_organization(noun):
            return None
        return self._fitting(self.by_role(noun) or self.described(noun), pronoun)

    def _passable_office(self, noun: Token) -> bool:
        """Whether a definite office that speaks and names no one ("Ann Roke ... '...,' the
        Tarland MP told them. '...,' she added") may be read past, as past "the audit
        found", to a person of known sex: who the office names is most often who the text
        named before. Not "the deputy mayor": the one named before is most often the mayor."""
        qualifiers = {t.lower_ for t in role_modifiers(noun)}
        return definite(noun) and self.says(noun.head) and not qualifiers & OFFICE_MODIFIERS

    def _adds_on(self, pronoun: Token, previous: Quote, quote: Quote) -> bool:
        """Whether "he added"/"she added" goes on from the previous quote however far
        back, no other person being named outside quotes since ("'...,' Ann Vell said.
        [paragraphs naming no one] '...,' she added"), nor a name the entities missed."""
        if pronoun.dep_ not in SUBJECT_DEPS or lemma(pronoun.head) != "add":
            return False
        between = self.doc.char_span(
            previous.parts[-1][1], quote.parts[0][0], alignment_mode="expand"
        )
        if between is None:
            return False
        for token in between:
            if self.quoted.inside(token.idx):
                continue
            owner = self.owners.get(token.i)
            if owner is not None and owner.kind == PERSON and owner is not previous.speaker:
                return False
            if owner is None and token.pos_ == "PROPN" and token.dep_ in SUBJECT_DEPS:
                return False  # "Lee owns one boat": someone the entities missed
        return True

    def _body_reports(self, subject: Token) -> bool:
        """Whether the subject is a word of an organization's own name, heads the main
        clause and holds no person ("Acme said"); not "Acme scientist Jo Ames told",
        however parsed."""
        entity = self.owners.get(subject.i)
        if entity is None or entity.kind != ORG or subject.head.dep_ != "ROOT":
            return False
        return not self.names_person(subject.subtree)

    def _subject_just_before(self, index: int, person: Entity, word: str) -> bool:
        """Whether, of the few sentences before sentence ``index`` whose main subjects go on
        with the pronoun ("he", "his face"), the nearest one with a person as its main
        subject has ``person`` alone: "Like Ola, Niko risked his life. / He was shot at
        twice. / His brother was beaten for hiding Niko. / '...,' he says" is Niko's."""
        spans = self.sentences.spans
        for sent in reversed(spans[max(0, index - CHAIN_SENTENCES - 1) : index]):
            subjects = [
                t
                for t in sent
                if t.dep_ in SUBJECT_DEPS
                and t.head.dep_ == "ROOT"
                and not self.quoted.inside(t.idx)
            ]
            owners = [o for t in subjects if (o := self.owners.get(t.i)) is not None]
            people = [o for o in owners if o.kind == PERSON]
            if people:
                return all(p is person for p in people)
            if not any(t.lower_ == word or owned_by(t, word) for t in subjects):
                return False  # the chain of the pronoun ("he", "his face") breaks here
        return False
