"""Who a role phrase or a name the NER missed refers to.

`RolePhrases` builds on `referent_descriptions.Descriptions`:

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
from generator.extract.lexicon import Lexicon
from generator.extract.quote_marks import Quote
from generator.extract.referent_descriptions import Descriptions
from generator.extract.referent_marital_titles import titled_bearer
from generator.extract.referent_nouns import family_noun, member_noun
from generator.extract.referent_roles import holder_by_words, holder_in_context, member_of_body
from generator.extract.referent_surnames import titled_as_other_sex
from generator.extract.speaker_names import full_names, missed_body, missed_person, person_by_role
from generator.extract.speech import MALE, definite

__all__ = ["RolePhrases"]


class RolePhrases(Descriptions):
    """Who a role phrase names or an office's holder is; a person or body the NER missed."""

    def __init__(self, doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon):
        super().__init__(doc, quotes, entities, lex)
        self._full_names: dict[str, Span] | None = None

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
        surname = subject.lower_
        if found in known and subject.i > 0 and found.name.lower().split()[-1] == surname:
            # "Miss Vell said" of Ann Vell or her daughter Kit Vell: the one the title fits
            bearers = [k for k in known if k.name.lower().split()[-1:] == [surname]]
            title = subject.doc[subject.i - 1].lower_
            named = (
                (at, p)
                for at, p in self.owners.items()
                if at < subject.i
                and not self.quoted.inside(subject.doc[at].idx)
                and (at == 0 or subject.doc[at - 1].lower_ not in MALE)
            )
            found = titled_bearer(title, bearers, named) or found
        if found is not None and all(found is not k for k in known):
            self.added.append(found)
            # Owned from now on, so that later references find the name ("Tala, 42,
            # said ... The farmer said" refers back to Tala).
            self.owners.update((t.i, found) for m in found.mentions for t in m.span)
        if found is None and subject.ent_type_ != "PERSON":
            found = self.organization_named_by(subject)
        return found or self._missed_body(subject)

    def missed_subject(self, subject: Token) -> Entity | None:
        """The person a proper-noun narrative subject names that no entity owns (`missed_person`
        on the names alone), kept from now on; no body, and nothing for a word of a body's
        or place's name or for one the NER gave another kind."""
        if subject.pos_ != "PROPN" or subject.i in self.owners or subject.ent_type_:
            return None
        known = self.known_people()
        found = missed_person(subject, self.owners, known, self.lex, self._names_in_full)
        if found is None or found.kind != PERSON:
            return None
        if all(found is not k for k in known):
            self.added.append(found)
            self.owners.update((t.i, found) for m in found.mentions for t in m.span)
        return found

    def _missed_body(self, subject: Token) -> Entity | None:
        """The organization a name the NER missed is by its shape ("Kelham PD said"), one
        entity however often the text names it."""
        span = missed_body(subject, self.owners)
        return None if span is None else self.new_organization(span)

    def _names_in_full(self) -> dict[str, Span]:
        if self._full_names is None:
            self._full_names = full_names(self.doc, self.owners, self.lex)
        return self._full_names
