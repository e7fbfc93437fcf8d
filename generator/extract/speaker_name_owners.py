"""Who owns each name in one document, for speaker search, and which verbs say.

`NameOwners` holds the state (entity mentions outside quotes, sentences, quoted
spans), tells verbs of saying, and reads the entity a phrase names: by its
mentions, or by a name the NER found that an entity writes. `speaker_mentions.Mentions`
builds on it for what points to an organization or a writer without naming it.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.lexicon import Lexicon
from generator.extract.name_spans import entity_span
from generator.extract.quote_marks import Quote
from generator.extract.referent_surnames import principal_surnames
from generator.extract.speaker_misread_verbs import done_subject, teller_before
from generator.extract.speaker_names import short_organization
from generator.extract.speaker_subjects import is_saying_phrasal
from generator.extract.speech import CLAUSE_DEPS, QuoteText, Sentences, listed_saying

__all__ = ["NameOwners"]


class NameOwners:
    """Who is who in one document: entity mentions, verbs of saying, the names of phrases."""

    def __init__(self, doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.quoted = QuoteText(quotes)
        self.sentences = Sentences(doc)
        self.text = self.sentences.text
        # Names inside quotes never speak: "Whitlow needs this," said Prade.
        self.owners = {
            token.i: entity
            for entity in entities
            for m in entity.mentions
            for token in m.span
            if not self.quoted.inside(token.idx)
        }
        # "Vell said" is the story's principal Vell, not the son named just before.
        self.owners = principal_surnames(self.owners, entities, self.quoted.inside)
        self.entities = entities
        self.people = [e for e in entities if e.kind == PERSON]
        #: People and organizations the NER missed, found as subjects of reporting verbs.
        self.added: list[Entity] = []
        self._names: dict[str, list[Entity]] | None = None

    def known_people(self) -> list[Entity]:
        """The document's people and the people the NER missed found so far."""
        return [*self.people, *(e for e in self.added if e.kind == PERSON)]

    def names_person(self, tokens: Iterable[Token]) -> bool:
        """Whether any of the tokens is a word of a person's name."""
        return any((o := self.owners.get(t.i)) is not None and o.kind == PERSON for t in tokens)

    # --- verbs of saying ---------------------------------------------------------------

    def is_reporting(self, token: Token) -> bool:
        """A verb of saying, as the parse and the verb tables agree.

        After "he", "she" or a name that ends the clause a table verb counts
        whatever the tagger says ("'...,' he laughs" is often tagged as a noun).
        """
        if is_saying_phrasal(token):
            return True
        listed = listed_saying(token, self.lex)
        return listed and (
            token.pos_ in ("VERB", "AUX")
            or teller_before(token) is not None
            or done_subject(token) is not None
        )

    def says(self, verb: Token) -> bool:
        """A verb of saying used to report speech: "the threat will continue to evolve"
        reports nothing, since a verb with an infinitive after it is one of doing."""
        return self.is_reporting(verb) and not any(c.dep_ == "xcomp" for c in verb.children)

    def person_in_subject(self, subject: Token) -> Entity | None:
        """The one person named in the subject phrase, clauses and prepositions aside.

        "harbour councillor and ferry campaigner Dan Ruiz": the parser
        may hang the name anywhere in the phrase, but it is the only person.
        """
        found: set[int] = set()
        people: list[Entity] = []
        stack = [subject]
        while stack:
            token = stack.pop()
            owner = self.owners.get(token.i)
            if owner is not None and owner.kind == PERSON and id(owner) not in found:
                found.add(id(owner))
                people.append(owner)
            stack.extend(c for c in token.children if c.dep_ not in CLAUSE_DEPS)
        return people[0] if len(people) == 1 else None

    def organization_named_by(self, subject: Token) -> Entity | None:
        """The organization a name no entity owns stands for: a short form of one ("Acme"
        for Acme Holdings)."""
        organizations = [e for e in self.entities if e.kind == ORG]
        return short_organization(subject, self.owners, organizations)

    def entity_in(self, tokens: list[Token]) -> Entity | None:
        # A person in the phrase beats an organization ("Senate ... Leader Jo Ames").
        found = [self.owners[t.i] for t in tokens if t.i in self.owners]
        if not found:
            found = [e for t in tokens if (e := self.named_by_ner(t)) is not None]
        for kind in (PERSON, ORG):
            for entity in found:
                if entity.kind == kind:
                    return entity
        return None

    def named_by_ner(self, token: Token) -> Entity | None:
        """The entity whose name or alias a name the NER found here writes, though the
        entity's mentions missed this one ("an MoD spokesman" after "the MoD")."""
        if not token.ent_type_ or self.quoted.inside(token.idx):
            return None
        if self._names is None:
            self._names = {}
            for entity in self.entities:
                for form in [entity.name, *entity.aliases]:
                    self._names.setdefault(form.casefold(), []).append(entity)
        matches = self._names.get(entity_span(token).text.casefold(), [])
        return matches[0] if len(matches) == 1 else None
