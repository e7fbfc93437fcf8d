"""Which organization speaks when the attributing words name none, or name it half.

`Organizations` builds on `referent_missed_organizations.MissedOrganizations`:

* "the spokesman said" after "a spokesman for Acme", "the statement said" after
  "Acme issued a statement" or "In a statement, Acme ...": the organization the
  earlier mention gave;
* "a spokesman said", nothing more in the phrase: the organization that was the
  last main subject nearby;
* "a council spokesman": what "the council" refers to;
* "a Government spokesman", "an Army spokesman": the organization the capitalised
  words name (`referent_missed_organizations`);
* "they said" after "the council claimed": the council;
* "the council said": the one organization named before whose name holds the noun
  ("Selby County Council"), or the last organization that was a main subject nearby.

Every unclear case gives None: a person's spokesman ("a spokesman for Ms Lee") or an
unnamed one ("a military spokesman") is nobody the story names.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.referent_companies import company_by_legal_form
from generator.extract.referent_missed_organizations import MissedOrganizations, person_word
from generator.extract.referent_names import (
    NAMED_AS,
    OTHER_BODY_NOUNS,
    described_as,
    family,
    head_word,
    holds,
    holds_phrase,
    kindred,
    one_body,
    titled_by,
)
from generator.extract.referent_sites import site_holding, site_of, subject_of_tie
from generator.extract.referent_spokes_words import (
    OWNER_PREPOSITIONS,
    SPOKES_PEOPLE,
    bare_definite,
    common_noun,
    names_its_owner,
)
from generator.extract.speaker_mentions import organization_noun
from generator.extract.speech import definite, is_role_noun, noun_phrase, words

__all__ = ["Organizations"]

#: Words that count an organization's name as people ("one Tory", "another Democrat").
COUNTING_WORDS = frozenset(["one", "another", "each", "every", "two", "three"])
#: Bodies that an organization's name before them only qualifies ("the Treasury committee").
BODY_NOUNS = frozenset(
    ["committee", "board", "union", "council", "panel", "club", "commission", "tribunal",
     "court", "embassy", "consulate", "government"]
)  # fmt: skip
#: Sentences searched back for the earlier mention "the spokesman" refers to.
SPOKES_SENTENCES = 6
#: Sentences back within which the last-named of several bodies whose names hold a noun
#: ("the university") is the one the noun refers to.
LATEST_SENTENCES = 12


class Organizations(MissedOrganizations):
    """The organizations that spokesmen, statements and nouns like "the council" refer to."""

    def spoken_for(self, subject: Token) -> Entity | None:
        """The organization an unattributed spokesman or statement speaks for, or None."""
        if subject.lower_ not in words().spokes_nouns:
            return None
        modifiers = [c for c in subject.children if names_its_owner(c)]
        if not modifiers:
            if definite(subject):
                earlier = self._earlier_spokes(subject)
                while earlier is not None and bare_definite(earlier):
                    earlier = self._earlier_spokes(earlier)  # "the spokesman" once more
                if earlier is not None:
                    return self._organization_of_spokes(earlier)
            return self.org_antecedent(subject)
        if len(modifiers) != 1:
            return None
        modifier = modifiers[0]
        if modifier.dep_ == "prep":
            # "a spokesman for the council": whom "the council" refers to.
            objects = [c for c in modifier.children if c.dep_ == "pobj"]
            if len(objects) == 1:
                # "a spokesperson for the Society": capitalised words a body's name holds
                found = self._by_noun(objects[0]) or self.definite_organization(objects[0])
                return found or self._site_body(objects[0])  # "for Kelby Airport"
            return None
        if modifier.dep_ in ("compound", "nmod"):
            if common_noun(modifier) and not list(modifier.children):
                return self._by_noun(modifier)  # "a council spokesman"
            return self._named_organization(modifier)  # "a Government spokesman"
        if modifier.dep_ == "amod" and modifier.ent_type_ == "ORG":
            return self._named_organization(modifier)  # "an MoD spokesman", read as an adjective
        return None

    def apart_from(self, subject: Token, named: Entity) -> bool:
        """Whether a subject that names an organization means people or a body of its, not
        the organization: "one senior Tory", "a Democrat" (a member counted as one person),
        "EU diplomats", "an Acme source" (people of it), "the Treasury committee" (a body
        the name only qualifies)."""
        if named.kind != ORG:
            return False
        if self.counted(named.name):
            return True  # "two EMTs came ... the EMT says": one of a kind of people, no body
        if self.owners.get(subject.i) is not named:
            if subject.tag_ == "NNS" and _people_plural(subject.lower_):
                return True  # "EU diplomats said", "Acme sources said"
            if subject.lower_ in words().unnamed_roles - SPOKES_PEOPLE:
                return True  # "a Tarland source told": someone of it the story does not name
            return subject.lower_ in BODY_NOUNS  # "the Treasury committee condemned"
        children = list(subject.children)
        if any(c.dep_ in ("det", "nummod") and c.lower_ in COUNTING_WORDS for c in children):
            return True
        # "a Democrat", not "a Department of Health job": the article may belong to a noun after.
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children) and not any(
            c.dep_ in ("prep", "compound") for c in children
        )

    def they_antecedent(self, pronoun: Token) -> Entity | None:
        """ "Kelby Council claimed ... They added: '...'": the organization that was the last
        main subject nearby; people, or anything else named there first, mean nobody."""
        for token in self.main_subjects(pronoun):
            if token.lower_ == "they":
                continue  # the same "they" earlier on: read further back
            entity = self.entity_in(noun_phrase(token))
            if entity is not None:
                owned = self.owners.get(token.i) is entity or self.named_by_ner(token) is entity
                return entity if entity.kind == ORG and owned else None
            if organization_noun(token) and definite(token):
                return self.org_antecedent(token)
            if token.pos_ in ("NOUN", "PROPN", "PRON"):
                return None
        return None

    def _by_noun(self, noun: Token) -> Entity | None:
        """What a bare organization noun ("the council", "council", "the force", "a palace
        spokesman") refers to."""
        body = organization_noun(noun) or noun.lower_ in NAMED_AS or noun.lower_ in OTHER_BODY_NOUNS
        if not body or any(c.dep_ not in ("det",) for c in noun.children):
            return None
        return self.org_antecedent(noun)

    def _earlier_spokes(self, subject: Token) -> Token | None:
        """The latest spokes noun of the same sort before ``subject``, outside quotes,
        within SPOKES_SENTENCES sentences: whom "the spokesman" refers back to. Quoted
        sentences are not counted: the spokesman's own words between keep him in view."""
        person = subject.lower_ in SPOKES_PEOPLE
        spokes = words().spokes_nouns
        index = self.sentences.index_at(subject.idx)
        counted = 0
        while index > 0 and counted < SPOKES_SENTENCES:
            index -= 1
            counted += not self.quoted.inside(self.sentences.spans[index].root.idx)
        start = self.sentences.spans[index].start
        for token in reversed(self.doc[start : subject.i]):
            if (
                token.lower_ in spokes
                and (token.lower_ in SPOKES_PEOPLE) == person
                and not self.quoted.inside(token.idx)
            ):
                return token
        return None

    def phrase_organization(self, noun: Token) -> Entity | None:
        """ "a spokesman for X", "X's spokesman", "a statement from X", "an MoD spokesman":
        the organization X that the noun's own phrase names."""
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                heads = [child]
                tokens = list(child.subtree)
            elif child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS - {"by"}:
                heads = [c for c in child.children if c.dep_ == "pobj"]
                tokens = [t for c in heads for t in noun_phrase(c)]
            else:
                continue
            if any(self._someone(head) for head in heads):
                continue  # "a spokesman for the Acme leader": a person's, not Acme's
            entity = self.entity_in(tokens)
            if entity is not None and entity.kind == ORG:
                return entity
            site = site_of(heads[0], self.owners) if heads else None  # "for Kelby Airport"
            if site is not None:
                return self.new_organization(site)
        return None

    def _someone(self, head: Token) -> bool:
        """Whether a word no entity owns is a noun for a person or a role ("leader")."""
        if head.i in self.owners or head.pos_ != "NOUN":
            return False
        return is_role_noun(head, self.lex) or person_word(head.lower_)

    def _organization_of_spokes(self, noun: Token) -> Entity | None:
        """The organization an earlier spokes noun was given: named in its phrase ("a
        spokesman for Acme", "an Acme spokesman") or, for a statement, the subject
        that issued it ("Acme issued a statement", "In a statement, Acme said")."""
        named = self.phrase_organization(noun)
        if named is not None:
            return named
        modifiers = [c for c in noun.children if names_its_owner(c)]
        if modifiers:
            first = modifiers[0]  # "a spokesman for Ms Lee": someone else's
            return self._named_organization(first) if first.dep_ in ("compound", "nmod") else None
        if noun.lower_ in SPOKES_PEOPLE:
            return None
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "in":
            verb = verb.head  # "In a statement, Acme described ...", "Acme said in a statement"
        elif noun.dep_ != "dobj":
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or verb.pos_ not in ("VERB", "AUX"):
            return None
        return self._organization_named(subjects[0])

    def _organization_named(self, subject: Token) -> Entity | None:
        """The organization a subject names, or a short form of one ("Acme" for Acme Ltd)."""
        entity = self.entity_in(noun_phrase(subject))
        if entity is not None:
            return entity if entity.kind == ORG else None
        if subject.pos_ != "PROPN":
            return None
        return super().organization_named_by(subject)

    def _named_organization(self, modifier: Token) -> Entity | None:
        """ "a Government spokesman", "an Army spokesman": the capitalised words right
        before a spokes noun, which the entities missed, name an organization."""
        tokens = sorted(modifier.subtree, key=lambda t: t.i)
        if tokens[-1].i + 1 != modifier.head.i or tokens[-1].i - tokens[0].i + 1 != len(tokens):
            return None
        seat = self._seat(tokens)
        if seat is not None:
            return seat
        return self._organization_of_words(self.doc[tokens[0].i : tokens[-1].i + 1])

    def _seat(self, tokens: list[Token]) -> Entity | None:
        """ "a Quillon Street spokeswoman": a place named whole before a spokes noun is the
        seat of a body, which speaks through the spokeswoman as the body would. Only a
        name of two or more words, all one place's, counts: "a Selby spokesman" may be
        a town's council, a club or a firm."""
        place = self.owners.get(tokens[0].i)
        if len(tokens) < 2 or place is None or place.kind in (ORG, PERSON):
            return None
        if any(self.owners.get(t.i) is not place for t in tokens):
            return None
        return place if place.name == " ".join(t.text for t in tokens) else None

    def organization_named_by(self, subject: Token) -> Entity | None:
        """A short form of an organization of the story, or capitalised words after "the"
        that name one the entities missed ("The Hale Trust said")."""
        return super().organization_named_by(subject) or self.definite_organization(subject)

    def org_antecedent(self, noun: Token) -> Entity | None:
        """ "the council said": the one organization named before whose name holds the
        noun ("Selby County Council"); failing that, the one that was last a main subject
        nearby, unless the noun's own sentence described one as what the noun names
        (`_described_here`); failing that, of several whose names hold it, the one named last
        (`_latest_holding`); failing that, the one the noun titled (`_titled_body`); for "the
        firm", the one whose name ends in a company's legal form (`company_by_legal_form`)."""
        return (
            (self._holding_noun(noun) or self.missed_holding(noun))
            or self._described_here(noun)
            or super().org_antecedent(noun)
            or self._latest_holding(noun)
            or self._titled_body(noun)
            or company_by_legal_form(noun.lower_, self._before(noun))
            or self._site_body(noun)
        )

    def body_referent(self, noun: Token) -> Entity | None:
        """ "the college said", "the weather service tweeted": the organization a definite
        body noun that is no organization noun of the word lists refers back to."""
        if noun.lower_ not in OTHER_BODY_NOUNS or not definite(noun):
            return None
        return self.org_antecedent(noun)

    def _before(self, noun: Token) -> list[Entity]:
        """The organizations named before ``noun``."""
        return [e for e in [*self.entities, *self.added] if e.kind == ORG and e.first < noun.idx]

    def _holding_noun(self, noun: Token) -> Entity | None:
        """ "the council" -> the one organization named before whose name holds "council"."""
        return one_body(self._holding(noun))

    def _holding(self, noun: Token) -> list[Entity]:
        """The organizations named before ``noun`` whose names hold it and the nouns
        compounded with it ("the weather service": "weather" and "service")."""
        wanted = {c.lower_ for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
        return [e for e in self._before(noun) if holds_phrase(e, noun.lower_, wanted)]

    def _latest_holding(self, noun: Token) -> Entity | None:
        """ "the university said" after Hale University and, later, Selby University: the
        one the story named last, as news refers back to the nearest, when it was named
        within LATEST_SENTENCES sentences and in a later sentence than every other. A name
        that the noun does not head ("Selby University music department" for "the
        university") is a part of a body, not the body."""
        holding = self._holding(noun)
        word = noun.lower_
        headed = [e for e in holding if head_word(e) in NAMED_AS.get(word, {word})] or holding
        here = self.sentences.index_at(noun.idx)
        last: dict[str, tuple[int, Entity]] = {}
        for entity in headed:
            root = family(entity, headed)
            for mention in entity.mentions:
                start = mention.span.start_char
                if start >= noun.idx or self.quoted.inside(start):
                    continue
                sentence = self.sentences.index_at(start)
                if root.name not in last or sentence > last[root.name][0]:
                    last[root.name] = (sentence, root)
        ranked = sorted(last.values(), key=lambda pair: pair[0], reverse=True)
        if len(ranked) < 2 or here - ranked[0][0] > LATEST_SENTENCES:
            return None
        if ranked[0][0] == ranked[1][0]:  # both last named in one sentence: its subject
            tied = [entity for index, entity in ranked if index == ranked[0][0]]
            return subject_of_tie(tied, self.sentences.spans[ranked[0][0]])
        return ranked[0][1]

    def _site_body(self, noun: Token) -> Entity | None:
        """The body, kept as a new organization, of the site a noun names or refers back to
        ("a spokesman for Kelby Airport", "the airport states": `referent_sites`)."""
        span = site_of(noun, self.owners) or site_holding(
            noun, self.entities, self.quoted.inside, self.sentences.index_at, LATEST_SENTENCES
        )
        return None if span is None else self.new_organization(span)

    def _described_here(self, noun: Token) -> Entity | None:
        """ "Kelby Air hired Acme, a start-up company, ..., according to the firm's leaflet":
        the one organization that the noun's own sentence, before it, describes in
        apposition as what the noun names (or a kindred noun: company, firm) is the one
        it refers to, not the subject of the sentence."""
        kinds = kindred(noun.lower_)
        start = noun.sent.start
        described = [
            e
            for e in self._before(noun)
            if any(
                start <= m.span.start
                and m.span.end <= noun.i
                and not self.quoted.inside(m.span.start_char)
                and any(described_as(m.span, kind) for kind in kinds)
                for m in e.mentions
            )
        ]
        return one_body(described)

    def _titled_body(self, noun: Token) -> Entity | None:
        """When no name holds the noun: the one organization written after it as its title
        ("airline Acme Air ... the airline") or described by it in apposition ("Acme, a
        start-up company, ... the firm": company and firm count as one). A body whose name
        only holds a word of the same kind ("the university" after an academy) is a guess,
        and a wrong speaker is worse than none."""
        word = noun.lower_
        before = self._before(noun)
        if any(holds(e, word) for e in before):
            return None  # several names hold it: "the council" is one of those
        kinds = kindred(word)
        titled = [
            e
            for e in before
            if any(
                titled_by(m.span, kind) or described_as(m.span, kind)
                for m in e.mentions
                for kind in kinds
            )
        ]
        return one_body(titled)


def _people_plural(lower: str) -> bool:
    """A plural noun for people ("diplomats", "sources", "officials")."""
    single = lower[:-1] if lower.endswith("s") else lower
    return person_word(single) or single in words().unnamed_roles
