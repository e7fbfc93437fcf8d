"""Who a reporting verb's subject names when a name or noun in its own phrase says it.

A role noun's holder in apposition ("the Commander, Colonel Jo Ames, said"), a
member of a body who is not the body ("an Acme staffer said"), the body a
spokesman speaks for ("a spokesman for Acme"), and the body a site stands for
("Quarrow Airport said", "Quarrow said" of an airport no table knows as a town or
country): `speakers.Attribution` asks these before it searches back.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.antecedents import Context
from generator.extract.entities import ORG, PERSON, PLACE, Entity
from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import occupations
from generator.extract.quote_marks import Quote
from generator.extract.role_phrases import person_noun
from generator.extract.speaker_governing_bodies import governed_by
from generator.extract.speaker_group_bodies import group_named_before, named_group
from generator.extract.speaker_names import described_as_person, missed_person
from generator.extract.speaker_state_bodies import spoken_for_state, state_body_named_before
from generator.extract.speaker_subjects import holder_of_body, subject_of
from generator.extract.speech import is_role_noun, noun_phrase, words

__all__ = ["Holders"]

#: Nouns for a person's kin together: "the Vell family" speaks as a group, never as the
#: one Vell the story named (who may be the one it mourns).
_KIN_GROUPS = frozenset(["family", "families", "household", "relatives", "clan"])


class Holders(Context):
    """The entity a subject's own phrase names: a holder, a member, a body spoken for."""

    def holder_named(self, subject: Token) -> Entity | None:
        """The person a role or person noun names as its holder, however the parser hung
        the name: in apposition ("the Commander, Colonel Jo Ames"; "Lee's mother, Jo
        Ames,"), joined to a bare title ("sheep farmer and broker Jo Ames") or before a
        title that follows names ("Jo Ames QC"). A name that only modifies the noun ("a
        Lee aide") or a possessor ("Lee's mother") is not its holder."""
        if not (person_noun(subject.lower_) or is_role_noun(subject, self.lex)):
            return None
        bare = not any(c.dep_ in ("det", "poss", "nmod") for c in subject.children)
        for child in subject.children:
            owner = self.owners.get(child.i)
            if owner is None or owner.kind != PERSON:
                continue
            if child.dep_ == "appos" or (child.dep_ == "conj" and bare):
                return owner
            after_name = subject.text[:1].isupper() and child.i == subject.i - 1
            if child.dep_ == "compound" and after_name and bare:
                return owner
        return holder_of_body(subject, self.owners, self.lex)

    def titled_holder(self, subject: Token) -> Entity | None:
        """The person whose name ends a title phrase with a preposition in it ("Head Ranger
        in Residence Jo Ames said", "Minister of State for Tarland Jo Ames"), which the
        parser hangs on the preposition's object: the title is hers, so she speaks. A name
        right after the preposition or a possessive ("the lawyer for Jo Ames", "a friend of
        Tarn's Jo Ames") or after a word that describes it ("the mother of schoolboy Jo
        Ames", "an aide to Senator Jo Ames") is someone else the phrase speaks of."""
        if not (person_noun(subject.lower_) or is_role_noun(subject, self.lex)):
            return None
        last = subject.right_edge
        owner = self.owners.get(last.i)
        if owner is None or owner.kind != PERSON or last.i <= subject.i:
            return None
        spans = [m.span for m in owner.mentions if m.span.start <= last.i < m.span.end]
        if not spans or spans[0].end - 1 != last.i:
            return None
        before = subject.doc[spans[0].start - 1]
        between = subject.doc[subject.i + 1 : spans[0].start]
        if not any(t.dep_ == "prep" for t in between):
            return None
        if any(t.is_punct or t.pos_ in ("VERB", "AUX", "PART") for t in between):
            return None
        described = (
            before.lower_ in self.lex.role_words
            or before.lower_ in self.lex.honorifics
            or before.lower_ in occupations()
            or before.lower_ in self.lex.demonyms
            or before.ent_type_ == "NORP"
        )
        written = before.pos_ in ("NOUN", "PROPN") and before.text[:1].isupper()
        return owner if written and not described else None

    def phrase_noun(self, name: Token) -> Token:
        """The person or role noun a name ends the prepositional phrase of ("an aide to Jo
        Ames", "Head Ranger in Residence Jo Ames"), or the name itself when it is no
        preposition's object, the noun is part of a name ("Ann Lee of the Jo Ames Trust")
        or names no one; a noun set off after a person ("Ann Lee, a friend of Jo Ames,")
        is said of that person."""
        top = name
        while (
            top.dep_ == "pobj"
            and top.head.dep_ == "prep"
            and top.head.head.pos_ in ("NOUN", "PROPN")
            and top.head.head.i < top.i
        ):
            top = top.head.head
        if top.i in self.owners or not (person_noun(top.lower_) or is_role_noun(top, self.lex)):
            return name  # a noun that names no one leaves the name as the subject
        if (
            top.dep_ == "appos"
            and (owner := self.owners.get(top.head.i)) is not None
            and owner.kind == PERSON
        ):
            return top.head
        return top

    def named_aside(self, subject: Token) -> Entity | None:
        """The person named in apposition to a capitalised title that names no one ("Head
        Ranger, hill walker Ann Lee, said"): the title is hers, so she speaks."""
        for child in subject.children:
            owner = self.owners.get(child.i)
            if child.dep_ == "appos" and owner is not None and owner.kind == PERSON:
                return owner
        return None

    def sayer_before(self, verbs: list[Token], pronoun: Token, quote: Quote) -> Entity | None:
        """The named person a verb of saying before the quote gives, when "he" or "she"
        after it found no one before the sentence: in "with Ann Lee writing, '...,' she
        added" she is Ann Lee, if the name fits the pronoun."""
        first = quote.parts[0][0]
        for verb in sorted(verbs, key=lambda v: -v.i):  # the nearest before the quote
            if verb.idx >= first or "\n" in self.text[verb.idx : first]:
                continue
            subject = subject_of(verb, quote, self.quoted)
            owner = self.owners.get(subject.i) if subject is not None else None
            if (
                owner is not None
                and owner.kind == PERSON
                and self.compatible(owner, pronoun.lower_)
            ):
                return owner
            return None
        return None

    def member_of(self, subject: Token, named: Entity) -> bool:
        """Whether a subject is a person of an organization or a person only a modifier
        names ("an Acme staffer", "one Acme fellow", "the Lee-supporting teen"), not a
        spokesman for an organization (who speaks for it) nor a name in apposition ("the
        teen, Lee,")."""
        lower = subject.lower_
        if named.kind == ORG and subject.i not in self.owners and _one_of_a_body(subject):
            return True
        if (
            named.kind == PERSON
            and lower in _KIN_GROUPS
            and self.owners.get(subject.i) is not named
        ):
            return True  # "the Vell family said": the family, of whom the named Vell is one
        if (
            subject.i in self.owners
            or lower in words().spokes_nouns
            or not (
                person_noun(lower)
                or is_role_noun(subject, self.lex)
                or lower in words().member_nouns
            )
        ):
            return False
        if named.kind == ORG:
            return True
        if any(m.span.start == subject.i + 1 for m in named.mentions):
            # "striker Jo Ames, who ..., was angry": the noun is the title of the name
            # after it, however the parser hung the name (a rare noun tagged as a verb)
            return False
        return named.kind == PERSON and not any(
            self.owners.get(c.i) is named or self.named_by_ner(c) is named
            for child in subject.children
            if child.dep_ == "appos"
            for c in child.subtree
        )

    def state_spoken_for(self, subject: Token) -> Entity | None:
        """The state's body a subject's own phrase names, or that of a spokes noun it
        speaks for ("the Dutch embassy", "a Welsh government spokeswoman":
        `speaker_state_bodies`), or that a bare "the embassy" refers back to, kept as an
        organization; else None."""
        noun = spoken_for_state(subject) if subject.lower_ in words().spokes_nouns else None
        found = self.state_body(noun or subject)
        if found is None:
            # "the army said" after "the Ruritanian army": the body named before
            phrase = state_body_named_before(noun or subject, self.text, self.quoted.inside)
            found = None if phrase is None else self.new_organization(phrase)
        return found

    def group_body(self, subject: Token) -> Entity | None:
        """The body of people a group noun's own proper words name ("the Dornwick Search and
        Rescue team", "Kelbury police": `speaker_group_bodies`), or that a bare "the police"
        refers back to: the story's organization of the words before the noun when it has one
        ("Dornwick Search and Rescue"), else, and always for a police, a new one of the
        whole phrase; failing those, the organization "the board of X" speaks as
        (`speaker_governing_bodies`); else None."""
        phrase = named_group(subject) or group_named_before(subject, self.text, self.quoted.inside)
        if phrase is None:
            governed = governed_by(subject)  # "the board of Acme said": Acme
            found = self.entity_in(noun_phrase(governed)) if governed is not None else None
            return found if found is not None and found.kind == ORG else None
        owners = [self.owners.get(t.i) for t in phrase]
        if any(o is not None and o.kind == PERSON for o in owners):
            return None  # "the Quillby team": a person's people, not a body of that name
        if phrase[-1].lower_ == "police":
            return self.new_organization(phrase)  # a place's police: "Kelbury police" is its name
        name = phrase[:-1].text.lower()
        known = [e for e in self.entities if e.kind == ORG and e.name.lower() == name]
        return known[0] if len(known) == 1 else self.new_organization(phrase)

    def spoken_for(self, subject: Token) -> Entity | None:
        """As `referent_organizations.Organizations.spoken_for`, the state's body of a
        spokes noun's phrase first: "A Welsh government spokeswoman said ... She added"."""
        if subject.lower_ in words().spokes_nouns:
            state = self.state_spoken_for(subject)
            if state is not None:
                return state
        return super().spoken_for(subject)

    def speaks_for(self, subject: Token) -> Entity | None:
        """ "a spokesman for X", "X's spokesman", "a statement from X": the organization X."""
        if subject.lower_ not in words().spokes_nouns:
            return None
        return self.phrase_organization(subject)

    def site_body(self, subject: Token) -> Entity | None:
        """The body a site stands for when it speaks ("Quarrow said: '...'" of an airport).

        The story's one organization whose name begins or ends with the words the site is
        written in ("Quarrow" for "Quarrow Holdings"); else, when no table or gazetteer
        knows the site as a country, region or town, a body of the site's written name. A
        town or country that speaks ("Paris said") is its government or its people, which
        the text does not say: nobody."""
        owner = self.owners.get(subject.i)
        if owner is None or owner.kind != PLACE:
            return None
        if described_as_person(subject):
            return self._person_read_as_place(subject, owner)
        span = next(
            (m.span for m in owner.mentions if m.span.start <= subject.i < m.span.end), None
        )
        if span is None:
            return None
        form = [t.lower_ for t in span if t.lower_ != "the"]
        known = [owner.place, self.lex.place(span.text), gazetteer().lookup(span.text)]
        kinds = {place.kind for place in known if place is not None}
        if kinds - {"city", "other"} or any(w in self.lex.demonyms for w in form):
            return None  # "Tarland said", "the Tarlish say": a country, a region or a people
        size = len(form)
        bodies = [
            e
            for e in self.entities
            if e.kind == ORG
            and len(e.name.split()) > size
            and form in (e.name.lower().split()[:size], e.name.lower().split()[-size:])
        ]
        if bodies:
            return bodies[0] if len(bodies) == 1 else None
        if kinds - {"other"}:
            return None  # a town speaks only as the short form of a body named in full
        return self.new_organization(span)

    def _person_read_as_place(self, subject: Token, place: Entity) -> Entity | None:
        """ "Tova Dunmore, leader of the tenants, said" where the model read the surname as
        the town Dunmore: an appositive that says a person makes the full name a person's
        name the NER missed (never one word alone, which may be the town's own name)."""
        owners = {i: e for i, e in self.owners.items() if e is not place}
        known = self.known_people()
        found = missed_person(subject, owners, known, self.lex, self._names_in_full, False)
        if found is None or any(found is k for k in known):
            return found  # a person of the story bears the surname
        if len(found.name.split()) < 2:
            return None
        self.added.append(found)
        self.owners.update((t.i, found) for m in found.mentions for t in m.span)
        return found


#: Words that pick one of many: "one Acme fellow" is one of Acme's people. "A" and "an"
#: do not: "an Acme advert said" is Acme's own writing, whatever the noun.
_ONE_OF = frozenset(["one", "another"])


def _one_of_a_body(subject: Token) -> bool:
    """Whether a common noun after "one" or "another" is one of a body's many, whatever
    the noun ("one Kelby College fellow said"), and not the body's own voice: a body
    speaks as itself, through a spokesman, or in a writing or statement of its own."""
    lists = words()
    # The parser may hang "one" on the body's name and tag a rare noun a proper one.
    first = next(iter(subject.subtree))
    return (
        (subject.pos_ == "NOUN" or (subject.pos_ == "PROPN" and subject.is_lower))
        and first.lower_ in _ONE_OF
        and first.dep_ in ("det", "nummod")
        and subject.lower_
        not in lists.organization_nouns | lists.document_nouns | lists.spokes_nouns
    )
