"""What points to an organization or a writer in one document without naming it.

`Mentions` builds on `speaker_name_owners.NameOwners` (the document's state and the
entity a phrase names) and resolves:

* "the company", "the agency", "it": the organization that was last a main subject;
* "the report said": who wrote the writing.

`antecedents.Context` builds on it for people (pronouns, roles, descriptions).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.quote_issuers import issuing_subject
from generator.extract.quote_lemmas import lemma
from generator.extract.speaker_name_owners import NameOwners
from generator.extract.speaker_writers import introduced_just_before, most_credited
from generator.extract.speech import (
    EMBEDDED_DEPS,
    ORG_SENTENCES,
    SUBJECT_DEPS,
    definite,
    noun_phrase,
    words,
)
from generator.extract.writing_phrases import bare_writing, sender_named

__all__ = ["Mentions", "organization_noun"]

#: Tags of plural nouns, which no "it" stands for.
PLURAL_TAGS = frozenset(["NNS", "NNPS"])


class Mentions(NameOwners):
    """What points to an organization or a writer in one document without naming it."""

    def author(self, noun: Token) -> Entity | None:
        """ "the report said": who wrote the writing that a definite noun refers back to.

        The writer is named in the noun's own phrase ("the centre's report",
        "the report by X"); failing that, by earlier mentions of the same word, in their
        phrase or by "its" ("Acme warns in its report ... the report said"), the writer
        most of them name; failing those, in the phrase of the latest writing mentioned
        before it ("a new study by X ... the report said"). A writing of another word that
        the paragraph before, or the noun's own, brings in ("A study by X found ...") comes
        first: the majority counts only the same word. A writing whose own phrase
        names a sender this search cannot resolve ("The tweet, from one Q-fan, claimed")
        refers back to none.
        The writing is never the person just before: no writer named is None.
        """
        writer = self._writer_of(noun) or self._its_writer(noun)
        if writer is not None or not definite(noun) or sender_named(noun):
            return writer
        writings = [
            token
            for token in reversed(self.doc[: noun.i])
            if token.lower_ in words().document_nouns
            and token.i not in self.owners  # "the White Paper" is a name, not a writing
            and not self.quoted.inside(token.idx)
        ]
        # Earlier mentions of the same word speak first ("a report by X ... its page ...
        # the report said" is X's), by the writer most of them name (`most_credited`).
        same = [
            writer
            for token in writings
            if token.lower_ == noun.lower_
            and (writer := self._writer_of(token) or self._its_writer(token)) is not None
        ]
        latest = next(((t, w) for t in writings if (w := self._writer_of(t)) is not None), None)
        if latest is not None and introduced_just_before(latest[0], noun):
            return latest[1]  # "A study by X found ... ¶ '...,' the report said": X's
        if same:
            return most_credited(same)
        return None if latest is None else latest[1]

    def _introducer(self, writing: Token) -> Entity | None:
        """Who wrote or issued an indefinite writing, by its own phrase ("a report by the
        Hale Trust") or its issuing verb ("a notice issued by the Health Department")."""
        found = self._writer_of(writing)
        if found is not None:
            return found
        issuer = issuing_subject(writing, self.is_reporting)
        return None if issuer is None else self.entity_in(noun_phrase(issuer))

    def _its_writer(self, noun: Token) -> Entity | None:
        """The body the "its" of a writing refers back to ("Acme warns in its report")."""
        its = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        return None if its is None else self.it_antecedent(its)

    def _writer_of(self, noun: Token) -> Entity | None:
        for child in noun.children:
            if child.dep_ in ("poss", "compound"):
                tokens = list(child.subtree)
            elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                # "a review by the watchdog Tarn Water": the parser may hang the name anywhere
                tokens = [t for t in child.subtree if t.i not in self._clauses_of(child)]
            else:
                continue
            entity = self.entity_in(tokens)
            if entity is not None:
                return entity
        return None

    @staticmethod
    def _clauses_of(token: Token) -> set[int]:
        """Token indices of the clauses inside a phrase ("a report by X that Y criticised")."""
        return {t.i for c in token.subtree if c.dep_ in EMBEDDED_DEPS for t in c.subtree}

    def main_subjects(self, before: Token) -> Iterator[Token]:
        """Main-clause subjects outside quotes, latest first, in the few sentences up to
        ``before``: "Google said that Apple ..." gives Google, not Apple. The subject of
        the clause a parenthetical attribution reports ("The plan will fail, it argues")
        is what is reported, not who reports it. The object of an "according to" that
        opens a sentence counts as its subject: it is who speaks there."""
        index = self.sentences.index_at(before.idx)
        spans = self.sentences.spans
        reported = before.head.head if before.head.dep_ == "parataxis" else None
        for sent_index in range(index, max(-1, index - ORG_SENTENCES - 1), -1):
            for token in reversed(spans[sent_index]):
                if token.i >= before.i or self.quoted.inside(token.idx):
                    continue
                if _according_to(token):
                    yield token  # "According to Acme, staff ...": Acme is who speaks there
                    continue
                if token.dep_ not in SUBJECT_DEPS:
                    continue
                if reported is not None and token.head == reported:
                    continue
                if token.head.dep_ in ("ROOT", "conj"):
                    yield token

    def org_antecedent(self, noun: Token) -> Entity | None:
        """ "the company said": the organization that was last a subject, nearby."""
        for rank, token in enumerate(self.main_subjects(noun)):
            if (
                rank == 0
                and token.lower_ in words().spokes_nouns
                and not token.left_edge.i <= noun.i <= token.right_edge.i
            ):
                # "A spokesperson for Acme told ... The company said": Acme.
                spoken_for = self.phrase_organization(token)
                if spoken_for is not None:
                    return spoken_for
            if token.lower_ in words().document_nouns and definite(token):
                # "..., the review says. The watchdog wants ...": the review's writer.
                writer = self.author(token)
                if writer is None and token.lower_ == noun.lower_ and bare_writing(token):
                    # "Acme surveyed ... The survey found ... '...,' the survey said": the
                    # same writing once more, whose writer is named before it.
                    continue
                return writer if writer is not None and writer.kind == ORG else None
            if any(c.dep_ == "conj" for c in token.children):
                return None  # "Acme and Brindle said ...": either may be "the company"
            entity = self.entity_in(noun_phrase(token))
            if entity is None and token.pos_ == "PROPN":
                # "Acme described ... 'We regret it,' the company said", "Acme" unowned
                entity = self.organization_named_by(token)
            if entity is not None:
                # "An Acme study found": a thing of Acme's was the subject, not Acme; "The
                # rail firm Acme Lines cut ...": the name in apposition is the subject's own.
                owned = any(
                    self.owners.get(t.i) is entity or self.named_by_ner(t) is entity
                    for t in (token, *(c for c in token.children if c.dep_ == "appos"))
                )
                return entity if entity.kind == ORG and owned else None
        return None

    def phrase_organization(self, noun: Token) -> Entity | None:
        """The organization a spokes noun's own phrase names ("a spokesperson for Acme"):
        `referent_organizations.Organizations` reads it; on its own this class reads none."""
        return None

    def state_body(self, noun: Token) -> Entity | None:
        """The state's body a noun's phrase names ("the Dutch embassy"):
        `referent_missed_organizations.MissedOrganizations` reads it; this class reads none."""
        return None

    def it_antecedent(self, pronoun: Token) -> Entity | None:
        """ "It warns ...", "it said": the writing's author or the organization that
        was last a main subject nearby; a person there first means "it" is
        something else, so nobody."""
        for token in self.main_subjects(pronoun):
            if token.lower_ == "it":
                continue  # the same "it" earlier on: read further back
            state = self.state_body(token)
            if state is not None:
                return state  # "The Dutch embassy said ... '...,' it said"
            entity = self.entity_in(noun_phrase(token))
            if entity is not None and entity.kind == PERSON:
                # "Jo Ames is on the lists of the Hale Trust. It said": no person is "it";
                # the one organization an earlier sentence so named names is, when "it"
                # says something (not "Jo told the Ledger it was unfair").
                earlier = token.sent.start != pronoun.sent.start
                return (
                    self._body_of_sentence(token) if earlier and self.says(pronoun.head) else None
                )
            if entity is not None:
                # "Acme tabled a motion. It argues ...": "it" is the thing just named.
                # "Acme denied the charge. In a letter to staff, it said": a thing does not
                # speak in a writing of its own, nor tell anyone; who did is Acme.
                # "Acme recalled the pies. It said": "it" is singular, so no plural thing.
                # "Acme issued a statement. It read": a statement is the body speaking.
                named_thing = any(
                    c.dep_ == "dobj"
                    and c.tag_ not in PLURAL_TAGS
                    and c.lower_ not in words().spokes_nouns
                    for c in token.head.children
                )
                # "Acme tabled a motion. Its spokesman said": a thing has no spokesman.
                issuer = _issues(pronoun.head) or pronoun.head.lower_ in words().spokes_nouns
                # "The Norport government said ... It said": a body the name only qualifies;
                # "the news agency Acme, ...": the name in apposition is the subject's own
                owned = any(
                    self.owners.get(t.i) is entity or self.named_by_ner(t) is entity
                    for t in (token, *(c for c in token.children if c.dep_ == "appos"))
                )
                spoke = issuer or not named_thing
                return entity if entity.kind == ORG and owned and spoke else None
            if token.lower_ in words().document_nouns:
                # "A notice issued by the Health Department calls for ... It says": the
                # writing just introduced speaks for whoever its phrase names as writer.
                return self.author(token) if definite(token) else self._introducer(token)
            named = self.organization_named_by(token) if token.pos_ == "PROPN" else None
            if named is not None:
                return named  # "The Hale Trust said ... It said", the entities missing it
            if organization_noun(token) and definite(token):
                return self.org_antecedent(token)
            if token.pos_ in ("NOUN", "PROPN", "PRON"):
                return None  # "it" may be any thing named here
        return None

    def _body_of_sentence(self, subject: Token) -> Entity | None:
        """The one organization the subject's sentence names outside quotes, or None."""
        bodies = {
            id(owner): owner
            for t in subject.sent
            if (owner := self.owners.get(t.i)) is not None
            and owner.kind == ORG
            and not self.quoted.inside(t.idx)
        }
        return next(iter(bodies.values())) if len(bodies) == 1 else None


def _issues(verb: Token) -> bool:
    """Whether a verb of saying is said by an issuer, not a writing: "in a note to staff,
    it said", "it said in a letter", "it told the Ledger"."""
    if lemma(verb) == "tell":
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lower_ in words().document_nouns for o in c.children)
        for c in verb.children
    )


def _according_to(token: Token) -> bool:
    """Whether a word is the object of an "according to" that opens a main clause."""
    to = token.head
    return (
        token.dep_ == "pobj"
        and to.lower_ == "to"
        and to.head.lower_ == "according"
        and to.head.head.dep_ == "ROOT"
        and to.head.i < token.i
        and to.head.i == token.sent.start
    )


def organization_noun(token: Token) -> bool:
    """A noun by which news refers back to an organization: "the company", "the
    think-tank" (three tokens to the parser), "the think tank" (two)."""
    nouns = words().organization_nouns
    if token.lower_ in nouns:
        return True
    doc = token.doc
    if token.i >= 1 and doc[token.i - 1].dep_ == "compound":
        # An open compound ("the think tank") is the hyphened noun written apart.
        return f"{doc[token.i - 1].lower_}-{token.lower_}" in nouns
    return (
        token.i >= 2
        and doc[token.i - 1].tag_ == "HYPH"
        and f"{doc[token.i - 2].lower_}-{token.lower_}" in nouns
    )
