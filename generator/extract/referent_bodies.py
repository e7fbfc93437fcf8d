"""Bodies a story names through whom they belong to: "the college's music department",
"the Selby County Sheriff's office".

`Bodies` builds on `referent_organizations.Organizations`. A body noun owned by an
organization or an office speaks as that body, by the fullest name the story gives it:

* "the college's music department said": the organization "the college" refers
  back to, with the words that name its part ("Hale College music department");
* "the Selby County Sheriff's office tweeted": the office, as written, when capitalised
  words name where it is and a role noun what it is ("Sheriff", "prosecutor");
* "the sheriff's office said", "a spokesman for the sheriff's office": in lower case,
  the one body named before whose name holds all its words (the Selby County Sheriff's
  Office), as news refers back to a long name by its head words; none named, nobody.

A person's office ("Ms Lee's office", "her office") or a bare surname's ("Tarrow's office")
is nobody's here: the story may mean the person, and a wrong speaker is worse than none.

`served_bodies` reads the bodies a role noun's phrase says its person serves ("the trust's
treasurer", "the treasurer of the trust") may be, for `referent_roles.member_of_body`.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.referent_addresses import office_address
from generator.extract.referent_names import (
    OTHER_BODY_NOUNS,
    holds,
    kindred,
    name_words,
    one_body,
)
from generator.extract.referent_organizations import Organizations
from generator.extract.referent_public_offices import spoken_office
from generator.extract.role_phrases import person_noun
from generator.extract.speaker_mentions import organization_noun
from generator.extract.speech import definite, is_role_noun, words

__all__ = ["Bodies"]

#: Dependencies of the words that may stand between a possessive and its body noun
#: ("the college's music department").
PART_DEPS = frozenset(["compound", "amod"])
#: Prepositions by which a spokes noun names the body it speaks for.
SPEAKING_FOR = frozenset(["for", "from", "at"])


class Bodies(Organizations):
    """Bodies named through the organization or the office that owns them."""

    def possessed_body(self, noun: Token) -> Entity | None:
        """The body a noun owned by an organization or an office names, or None."""
        if not _body_noun(noun):
            return None
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if len(owners) != 1 or owners[0].pos_ == "PRON":
            return None  # "its office", "her department": whoever the pronoun is
        owner = owners[0]
        phrase = sorted(owner.subtree, key=lambda t: t.i)
        parts = noun.doc[phrase[-1].i + 1 : noun.i]
        if any(t.dep_ not in PART_DEPS or not t.is_alpha for t in parts):
            return None
        people = [o for t in phrase if (o := self.owners.get(t.i)) is not None]
        if any(o.kind == PERSON for o in people):
            return None  # "Ms Lee's office": the person's
        named = [t for t in phrase if t.dep_ not in ("det", "case") and t.tag_ != "POS"]
        if _body_noun(owner) and definite(owner):
            # "the college's music department": whom "the college" refers to.
            found = self.org_antecedent(owner)
            if found is None or found.kind != ORG:
                return None
            name = " ".join([found.name, *(t.text for t in parts), noun.text])
            return self.new_organization(noun.doc[named[0].i : noun.i + 1], name)
        if all(t.text.islower() for t in named):
            # "the sheriff's office" after the Kelby County Sheriff's Office: that body.
            return self._holding_all(noun, [*named, *parts, noun])
        capitalised = any(t.text[:1].isupper() for t in named if t.i != owner.i)
        if not capitalised or not (is_role_noun(owner, self.lex) or person_noun(owner.lower_)):
            return None  # "Tarrow's office": a person's name, perhaps
        return self.new_organization(noun.doc[named[0].i : noun.i + 1])

    def spoken_for(self, subject: Token) -> Entity | None:
        """As `Organizations.spoken_for`; failing that, the office a subject or a spokes
        noun's phrase names by its house number (`referent_addresses`: "a No 10 spokesman"),
        or the owned body a spokes noun's "for", "from" or "at" phrase names ("a spokesman
        for the sheriff's office")."""
        found = super().spoken_for(subject)
        if found is not None:
            return found
        address = office_address(subject)  # an office named by its house number
        if address is not None:
            return self.new_organization(address)
        if subject.lower_ not in words().spokes_nouns:
            return None
        bodies = [
            o
            for c in subject.children
            if c.dep_ == "prep" and c.lower_ in SPEAKING_FOR
            for o in c.children
            if o.dep_ == "pobj"
        ]
        found = self.possessed_body(bodies[0]) if len(bodies) == 1 else None
        return found or self._public_office(subject)

    def phrase_organization(self, noun: Token) -> Entity | None:
        """As `Organizations.phrase_organization`; failing that, for a spokes noun, the
        public office its phrase names ("a spokesman for the Harlow County prosecutor")."""
        found = super().phrase_organization(noun)
        if found is not None or noun.lower_ not in words().spokes_nouns:
            return found
        return self._public_office(noun)

    def _public_office(self, spokes: Token) -> Entity | None:
        """The office of the law a spokes noun speaks for (`referent_public_offices`),
        unless a person the story names owns a word of it ("the Ames prosecutor")."""
        office = spoken_office(spokes)
        if office is None:
            return None
        span, name = office
        if any((o := self.owners.get(t.i)) is not None and o.kind == PERSON for t in span):
            return None
        return self.new_organization(span, name)

    def _holding_all(self, noun: Token, phrase: list[Token]) -> Entity | None:
        """The one organization named before ``noun`` whose name holds every word of a
        lower-case phrase that owns a body noun ("the county coroner's office": the Kelby
        County Coroner's Office), a possessive mark in the name aside; None when no name,
        or more than one body's, holds them all: "the mayor's office" may be any."""
        wanted = {t.lower_ for t in phrase}
        found = [
            e
            for e in self._before(noun)
            if wanted <= {_without_possessive(w) for w in name_words(e)}
        ]
        return one_body(found)

    def served_bodies(self, noun: Token) -> list[Entity]:
        """The organizations a role noun's own phrase may name as the one its holder
        serves: "Acme's treasurer", "the treasurer of Acme"; for a body noun there ("the
        trust's treasurer"), the organization it refers back to or, when none is clear,
        every one named before whose name says no other kind of body ("Acme", not "Selby
        Council", for "the trust")."""
        word = _serving_word(noun)
        if word is None:
            return []
        found = self.owners.get(word.i)
        if found is None and _body_noun(word) and definite(word):
            found = self.org_antecedent(word)
            if found is None:
                return [e for e in self._before(word) if _of_kind(e, word.lower_)]
        return [found] if found is not None and found.kind == ORG else []


def _serving_word(noun: Token) -> Token | None:
    """The word of a role noun's phrase that names a body as the one served: the owner
    before it ("the trust's treasurer") or the object of "of" or "at" after it."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("of", "at"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN"):
                return objects[0]
    return None


def _of_kind(entity: Entity, noun: str) -> bool:
    """Whether an organization's name says it is the kind of body a noun names, or says
    no kind at all ("Acme" may be "the trust"; "Selby Council" is no trust)."""
    said = name_words(entity) & (words().organization_nouns | OTHER_BODY_NOUNS)
    return not said or any(holds(entity, kind) for kind in kindred(noun))


def _without_possessive(word: str) -> str:
    """A word of a name without its possessive mark ("sheriff's" -> "sheriff")."""
    for mark in ("'s", "\u2019s"):
        if word.endswith(mark):
            return word[: -len(mark)]
    return word


def _body_noun(noun: Token) -> bool:
    """A noun by which news refers to a body: "the company", "the college", "the office"."""
    return organization_noun(noun) or noun.lower_ in OTHER_BODY_NOUNS
