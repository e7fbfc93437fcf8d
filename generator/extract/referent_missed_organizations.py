"""Organizations the entities missed, named by capitalised words a speaker's phrase holds.

`MissedOrganizations` builds on `speaker_mentions.Mentions`: "The Hale Trust said",
"a Government spokesman" with no entity on the words is the story's organization whose
name ends in them ("British Army" for "Army") or, when the story has none, a new one by
that name. Words that may name a person, a role, a people, a place or a kind of thing
the text counts ("two EMTs came") name no organization.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.entities import ORG, Entity, Mention
from generator.extract.lexicon import Lexicon
from generator.extract.quote_marks import Quote
from generator.extract.role_phrases import person_noun
from generator.extract.speaker_mentions import Mentions
from generator.extract.speaker_names import missed_body
from generator.extract.speaker_state_bodies import owned_state_body, state_body_phrase
from generator.extract.speech import NOT_PERSON_LABELS

__all__ = ["MissedOrganizations", "part_named", "person_word", "shortened"]

#: Most words of an organization's name written before a spokes noun ("Quillon Street").
MAX_NAME_WORDS = 4
#: NER labels that make a capitalised word before "spokesman" no organization's name.
NOT_ORGANIZATION_LABELS = (NOT_PERSON_LABELS | {"PERSON", "NORP", "GPE", "LOC"}) - {"ORG"}
#: Nouns ending a body's name that may make it a part of a body its first words name.
PART_BODIES = frozenset(
    ["committee", "board", "panel", "commission", "tribunal", "inquiry", "council", "trust"]
)


class MissedOrganizations(Mentions):
    """Organizations that capitalised words no entity owns name, found as speakers."""

    def __init__(self, doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon):
        super().__init__(doc, quotes, entities, lex)
        #: Whether the text writes each name asked about with a plural "s".
        self._counted: dict[str, bool] = {}

    def counted(self, name: str) -> bool:
        """Whether the text writes a name with a plural "s" ("two EMTs came"): a noun for a kind
        of people or things, which no one body's name is."""
        if not name[-1:].isalpha():
            return False
        found = self._counted.get(name)
        if found is None:  # one read of the text per name, not per quote
            found = self._counted[name] = (
                re.search(rf"\b{re.escape(name)}s\b", self.text) is not None
            )
        return found

    def missed_holding(self, noun: Token) -> Entity | None:
        """ "Kelby Borough Council said it was ... A council spokesman said": a main subject
        nearby that the NER missed, whose shape names a body and whose name holds the noun
        ("council"), is the body the noun refers back to."""
        for subject in self.main_subjects(noun):
            if subject.pos_ != "PROPN" or subject.i in self.owners:
                continue
            span = missed_body(subject, self.owners)
            if span is not None and noun.lower_ in {t.lower_ for t in span}:
                return self.new_organization(span)
        return None

    def definite_organization(self, subject: Token) -> Entity | None:
        """ "The Government said": capitalised words after "the" that no entity owns and
        that name no person, role, people or place name an organization."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            return None
        start = subject.i
        while start > 0 and self.doc[start - 1].dep_ == "compound":
            start -= 1
        return self._organization_of_words(self.doc[start : subject.i + 1])

    def _organization_of_words(self, span: Span) -> Entity | None:
        """The organization capitalised words no entity owns name: the one of the story
        that they write short (`shortened`: "British Army" for "Army", the Office for Rail
        Safety named before "an Office spokesman"), or a new one; None when they may name
        anything else, or more than one organization of the story."""
        if not 0 < len(span) <= MAX_NAME_WORDS or not span[0].text[:1].isupper():
            return None
        if any(
            t.i in self.owners
            or t.ent_type_ in NOT_ORGANIZATION_LABELS
            or not (
                (t.text[:1].isupper() and (t.pos_ == "PROPN" or t.ent_type_ == "ORG")) or t.is_digit
            )
            or t.lower_ in self.lex.role_words
            or t.lower_ in self.lex.honorifics
            or t.lower_ in self.lex.demonyms
            or person_word(t.lower_)  # "the Duke", "the Coroner"
            for t in span
        ):
            return None
        if self.lex.place(span.text) is not None or self.counted(span.text):
            return None
        form = [t.lower_ for t in span]
        longer = [
            e
            for e in self.entities
            if e.kind == ORG
            and shortened(form, e.name)
            and (e.name.lower().split()[-len(form) :] == form or e.first < span.start_char)
        ]
        if len(longer) == 1 and not part_named(form, longer[0].name):
            return longer[0]
        if longer or any(t.tag_ == "NNPS" for t in span):
            return None  # "the Democrats": a people, unless a body's name holds the word
        return self.new_organization(span)

    def state_body(self, noun: Token) -> Entity | None:
        """The state's body a noun's own phrase names ("the US government",
        `speaker_state_bodies`), kept as an organization; None for any other noun."""
        phrase = state_body_phrase(noun) or owned_state_body(noun)  # "Tarnland's ministry"
        return None if phrase is None else self.new_organization(phrase)

    def new_organization(self, span: Span, name: str | None = None) -> Entity:
        """A new organization named by ``span`` (or by ``name``, which the span writes in
        part: "the college's music department"), kept with the people found
        speaking; the same name twice is one organization, and a name the story's
        entities already hold is that entity (a mention the entities left unowned, as
        inside a quotation the marks ran on, is still the same body)."""
        text = name or span.text
        for entity in (*self.entities, *self.added):
            if entity.kind == ORG and entity.name == text:
                entity.mentions.append(Mention(span, ORG, span.text, text))
                return entity
        entity = Entity(ORG, text, [Mention(span, ORG, span.text, text)])
        self.added.append(entity)
        for token in span:
            self.owners[token.i] = entity
        return entity


def shortened(form: list[str], name: str) -> bool:
    """Whether lower-case words write a longer body name short: they end it ("Army" of the
    British Army), open it ("Office" of the Office for Rail Safety) or are some of its
    words in its order ("Rail Safety", "Federation" of the Bakers' Federation of Wales)."""
    words = name.lower().split()
    if len(words) <= len(form):
        return False
    found = iter(words)
    return all(word in found for word in form)


def part_named(form: list[str], name: str) -> bool:
    """Whether a longer name that does not end in the short words ends in a noun for a
    body they lack ("Treasury" of the Treasury Committee): the long name may be a
    committee or board of the body the short words name, not that body."""
    words = name.lower().split()
    return words[-1] != form[-1] and words[-1] in PART_BODIES and words[-1] not in form


def person_word(lower: str) -> bool:
    """A noun for a person ("duke", "coroner"); "-ment" nouns end as some people's do
    ("resident") but name bodies ("government", "parliament")."""
    return person_noun(lower) and not lower.endswith("ment")
