"""People a story keeps referring to without a name, for the pronoun search.

`UnnamedPeople` builds on `referent_role_phrases.RolePhrases`: a "he"/"she" whose
nearest subject before is an unnamed person ("the cashier continued to insist ... she
added") refers to that person, whom no name gives, and the search stops there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.definite_nouns import indefinite
from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon
from generator.extract.quote_marks import Quote
from generator.extract.referent_given_names import given_name_sex
from generator.extract.referent_nouns import one_person
from generator.extract.referent_role_phrases import RolePhrases
from generator.extract.speech import (
    MALE,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    SUBJECT_DEPS,
    definite,
    gender_of,
    words,
)

__all__ = ["UnnamedPeople"]

#: Where a noun brings a person into the story rather than describes one named.
_INTRODUCING_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "pobj"])


class UnnamedPeople(RolePhrases):
    """Whether a subject is an unnamed person a pronoun after it can refer to."""

    def __init__(self, doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon):
        super().__init__(doc, quotes, entities, lex)
        #: Where each common noun is first used outside quotes, read once when needed.
        self._first_nouns: dict[str, int] | None = None

    def unnamed_subject(self, noun: Token, pronoun: str) -> bool:
        """Whether a noun subject of a main clause is one person whom ``pronoun`` can be
        and no name gives: a noun of the pronoun's sex ("an aunt", "his sister" for
        "she") or anyone who says something ("a witness told ..."). "The" before it
        counts only for a noun the story has used before ("asked the cashier ... the
        cashier insists"; "as cyclists rode past ... the cyclist warns"): an unnamed person
        it keeps coming back to; a new one ("the Tarnside grandmother") is most often an
        epithet of the person just named. Not "the man" for "she", nor "his coach" for "he"
        (someone the pronoun's person has), nor a noun beside a pronoun subject ("A keen
        sailor, he ..."), nor one whose phrase names its holder ("the neighbour, known as
        Ian,")."""
        if noun.pos_ != "NOUN" or noun.head.dep_ not in ("ROOT", "conj"):
            return False
        if not one_person(noun, self.lex) or any(c.dep_ == "conj" for c in noun.children):
            return False
        own = words().male_nouns if pronoun in MALE else words().female_nouns
        other = words().female_nouns if pronoun in MALE else words().male_nouns
        if noun.lower_ in other or not (noun.lower_ in own or self.is_reporting(noun.head)):
            return False
        if definite(noun) and not self._used_before(noun):
            return False
        male = pronoun in MALE
        if any(
            c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS and (c.lower_ in MALE) == male
            for c in noun.children
        ):
            return False
        if any(c.dep_ in SUBJECT_DEPS and c.lower_ in PRONOUNS for c in noun.head.children):
            return False
        return not self.names_person(
            t for c in noun.children if c.dep_ != "poss" for t in c.subtree
        )

    def reported_unnamed(self, noun: Token, pronoun: str) -> bool:
        """Whether a noun is the subject of a clause that a group or several people report
        and an unnamed person of the pronoun's sex ("the riders say the woman swore at them",
        "witnesses said a man ran off"): the pronoun after it is that person, not
        anyone named before. A single person who reports ("Ann Vell said the woman hit
        her") may be the pronoun's person herself, so only a plural reporter counts."""
        if noun.dep_ not in SUBJECT_DEPS or self.quoted.inside(noun.idx):
            return False
        if not self.unnamed_of_sex(noun, pronoun) and not (
            definite(noun) and self._sexed_person(noun, pronoun) and self._used_before(noun)
        ):
            return False
        root = noun.sent.root
        reporters = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < noun.i]
        return (
            bool(reporters)
            and all(r.tag_ == "NNS" or r.lower_ in ("they", "we") for r in reporters)
            and self.is_reporting(root)
        )

    def _sexed_person(self, noun: Token, pronoun: str) -> bool:
        """Whether a noun is one person of the pronoun's sex whom no name gives: "the
        woman" for "she"."""
        own = words().male_nouns if pronoun in MALE else words().female_nouns
        return (
            noun.lower_ in own
            and one_person(noun, self.lex)
            and not self.names_person(noun.subtree)
        )

    def introduced_unnamed(self, noun: Token) -> bool:
        """Whether a definite "the woman" or "the man" is the unnamed person the story
        brought in with the same noun ("a woman began shouting at them ... the woman
        interjects"): the first use of the noun outside quotes is indefinite, names no one
        and is a subject or an object, not a description of someone ("Ann Vell, a woman
        of 40", "she is a woman who"). No one named before is that person."""
        if not definite(noun) or noun.lower_ not in words().male_nouns | words().female_nouns:
            return False
        pronoun = "he" if noun.lower_ in words().male_nouns else "she"
        for token in noun.doc[: noun.i]:
            if token.lower_ != noun.lower_ or self.quoted.inside(token.idx):
                continue
            return (
                token.dep_ in _INTRODUCING_DEPS
                and self.unnamed_of_sex(token, pronoun)
                and not self._named_next(token, pronoun)
            )
        return False

    def _named_next(self, intro: Token, pronoun: str) -> bool:
        """Whether an indefinite noun before anyone is named ("A grandmother who won the
        draw says ...") is the person whom the next paragraph's first sentence names as its
        subject ("Ann Vell, 67, bought the ticket ..."), titled or given a name of its sex:
        news opens with a description and gives the name just after, so the noun names
        that person."""
        if any(p.first < intro.idx for p in self.known_people()):
            return False
        end = self.text.find("\n\n", intro.idx)
        if end == -1:
            return False
        sentence = self.sentences.spans[self.sentences.index_at(end + 2)]
        if sentence.start_char < end:
            return False  # the parse ran the sentence on over the break
        person = next(
            (
                owner
                for t in sentence.root.children
                if t.dep_ in SUBJECT_DEPS and (owner := self.owners.get(t.i)) is not None
            ),
            None,
        )
        if person is None or person.kind != PERSON:
            return False
        # "A woman ... / Farmer Joss Penrick towed her car": the one described may be the
        # "her" there, so only a title or a given name of one sex says the name is hers.
        sex = gender_of(person) or given_name_sex(person.name)
        return sex == ("m" if pronoun in MALE else "f")

    def unnamed_object(self, noun: Token, pronoun: str) -> bool:
        """Whether a noun is a new unnamed person of the pronoun's sex whom its own sentence
        takes up with that pronoun: "I stop a man on the quay to ask whether he fishes"
        (then "'...,' he says" is that man, not anyone named before)."""
        if noun.dep_ != "dobj" or not self.unnamed_of_sex(noun, pronoun):
            return False
        return any(
            t.lower_ == pronoun and not self.quoted.inside(t.idx)
            for t in noun.sent[noun.i - noun.sent.start + 1 :]
        )

    def unnamed_of_sex(self, noun: Token, pronoun: str) -> bool:
        """Whether a noun brings in a new person of the pronoun's sex whom no name gives:
        "a man", "a young woman"; not "a man named Tom Ames"."""
        own = words().male_nouns if pronoun in MALE else words().female_nouns
        if noun.lower_ not in own or not one_person(noun, self.lex) or not indefinite(noun):
            return False
        return not self.names_person(noun.subtree)

    def _used_before(self, noun: Token) -> bool:
        """Whether the story used the noun, or its plural, outside quotes before."""
        if self._first_nouns is None:
            self._first_nouns = {}
            for token in self.doc:
                if token.pos_ == "NOUN" and not self.quoted.inside(token.idx):
                    self._first_nouns.setdefault(token.lower_, token.i)
        first = min(
            self._first_nouns.get(noun.lower_, noun.i),
            self._first_nouns.get(noun.lower_ + "s", noun.i),
        )
        return first < noun.i
