"""Who said each quotation: the subject of the nearest reporting verb outside it.

The speaker is read from the parse of the sentences around the quote:
"..., Bush said", "said Bush", "Shaibani said: ...", "according to X". Its
subject then names the speaker:

* a named person or organization ("a spokesman for X" and "X's spokesman"
  give the organization X; a person's spokesman or critics are not that person);
* a pronoun: the nearest compatible person before it (courtesy titles and a
  few gendered nouns tell he from she);
* a role noun ("the minister"): the one person whose stated role holds it;
* a proper name the NER missed ("Clive Lewis said"): a new person;
* any other noun ("one resident", "officials", "the report"): nobody.

With no reporting verb around it, a quote continues the speaker of the
sentence before it in the same paragraph. A wrong name is worse than none, so
every unclear case gives None.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from generator.extract.entities import ORG, PERSON, Entity, Mention
from generator.extract.lexicon import Lexicon, load_data
from generator.extract.quote_marks import ALL_MARKS, Quote
from generator.extract.roles import role_of

_PRONOUNS = frozenset({"he", "she"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PHRASE_DEPS = frozenset({"compound", "flat", "amod", "appos", "nmod", "det", "punct"})
_MALE = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "sheikh", "emir", "he", "his"})
_FEMALE = frozenset(
    {"ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen", "princess", "she", "her"}
)
_POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
#: Pronouns that vote for a person's sex; possessives often belong to someone
#: else in the sentence ("said his aunt Letoria Moore").
_MALE_PRONOUNS = frozenset({"he", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "herself"})
#: Dependents that start a clause or a prepositional phrase, not part of a name.
_CLAUSE_DEPS = frozenset(
    {"relcl", "acl", "advcl", "prep", "ccomp", "punct", "parataxis", "poss", "case"}
)
#: A sentence starting this close after a quote's end was split at its closing mark.
_SPLIT_CHARS = 3
#: Clauses whose subject is not what a later pronoun refers back to.
_EMBEDDED_DEPS = frozenset({"ccomp", "relcl", "acl", "advcl", "xcomp", "pcomp", "csubj"})
#: Sentences searched back for the organization of "the company said".
_ORG_SENTENCES = 3
#: Role words that qualify a role without being part of what it is.
_ROLE_QUALIFIERS = frozenset(
    ["former", "then", "new", "current", "outgoing", "incoming", "late", "acting"]
)
#: NER labels that say a name is not a person's.
_NOT_PERSON_LABELS = frozenset(
    [
        "ORG",
        "GPE",
        "LOC",
        "FAC",
        "NORP",
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "CARDINAL",
        "ORDINAL",
    ]
)
#: Within this many characters a pronoun may continue the previous quote's speaker.
_CONTINUATION_CHARS = 400
#: Sentences searched back for a pronoun's person past its last repetition.
_CHAIN_SENTENCES = 2


@dataclass(frozen=True)
class Words:
    """The word lists of reporting.yaml that speaker search reads."""

    manner_verbs: frozenset[str]
    male_nouns: frozenset[str]
    female_nouns: frozenset[str]
    spokes_nouns: frozenset[str]
    organization_nouns: frozenset[str]
    unnamed_roles: frozenset[str]


@cache
def words() -> Words:
    """The lists, loaded once."""
    data = load_data("reporting.yaml")
    return Words(
        manner_verbs=frozenset(data["manner"]),
        male_nouns=frozenset(data["male_nouns"]),
        female_nouns=frozenset(data["female_nouns"]),
        spokes_nouns=frozenset(data["spokes_nouns"]),
        organization_nouns=frozenset(data["organization_nouns"]),
        unnamed_roles=frozenset(data["unnamed_roles"]),
    )


class QuoteText:
    """Where the quotations are: lookups by character offset in O(log n)."""

    def __init__(self, quotes: list[Quote]) -> None:
        parts = sorted(part for quote in quotes for part in quote.parts)
        self._starts = [a for a, _ in parts]
        self._ends = [b for _, b in parts]

    def inside(self, at: int) -> bool:
        """Whether character ``at`` is quoted words."""
        index = bisect_right(self._starts, at) - 1
        return index >= 0 and at < self._ends[index]


class Sentences:
    """The document's sentences, computed once, found by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.spans = list(doc.sents)
        self._starts = [s.start_char for s in self.spans]

    def index_at(self, at: int) -> int:
        """The index of the sentence holding character ``at`` (or the last before it)."""
        return max(0, bisect_right(self._starts, at) - 1)


def _in_any(token: Token, quote: Quote) -> bool:
    return any(a <= token.idx < b for a, b in quote.parts)


class Attribution:
    """The state of speaker search in one document."""

    def __init__(self, doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.quoted = QuoteText(quotes)
        self.sentences = Sentences(doc)
        # Names inside quotes never speak: "Reagan needs this," said Mousavi.
        self.owners = {
            token.i: entity
            for entity in entities
            for m in entity.mentions
            for token in m.span
            if not self.quoted.inside(token.idx)
        }
        self.people = [e for e in entities if e.kind == PERSON]
        #: People the NER missed, found as subjects of reporting verbs.
        self.added: list[Entity] = []
        self._full_names: dict[str, Span] | None = None
        self._genders: dict[int, str] | None = None

    # --- reporting verbs --------------------------------------------------------------

    def _frame(self, quote: Quote) -> list[Span]:
        """Sentences holding the start or the end of the quote."""
        first, last = quote.parts[0][0], quote.parts[-1][1]
        spans = self.sentences.spans
        lo = self.sentences.index_at(first)
        hi = self.sentences.index_at(max(first, last - 1))
        out = []
        for index in range(lo, hi + 1):
            sent = spans[index]
            # A sentence holding only the closing mark is not the quote's frame.
            if sent.start_char <= first + 1 or sent.end_char >= last - 1 or index == hi:
                out.append(sent)
        # The sentence split at the closing mark: '...?" Vitter demanded.'
        if (
            hi + 1 < len(spans)
            and spans[hi + 1].start_char <= last + _SPLIT_CHARS
            and "\n" not in self.doc.text[last : spans[hi + 1].start_char]
        ):
            out.append(spans[hi + 1])
        return out

    def is_reporting(self, token: Token) -> bool:
        """A verb of saying, as the parse and the verb tables agree.

        After "he" or "she" a table verb counts whatever the tagger says
        ("'...,' he laughs" is often tagged as the plural noun).
        """
        listed = token.lower_ in self.lex.reporting_verbs or token.lower_ in words().manner_verbs
        return listed and (token.pos_ in ("VERB", "AUX") or _pronoun_before(token) is not None)

    def reporting_verbs(self, quote: Quote) -> list[Token]:
        """Reporting verbs in the quote's sentences, nearest to the quote first."""
        first, last = quote.parts[0][0], quote.parts[-1][1]
        text = self.doc.text
        # The parser's sentences can run over a paragraph break; attribution does not.
        lo = text.rfind("\n\n", 0, first) + 1
        hi = text.find("\n\n", last)
        hi = len(text) if hi < 0 else hi
        candidates: list[tuple[int, int, int, Token]] = []
        for sent in self._frame(quote):
            for token in sent:
                if self.quoted.inside(token.idx) or not lo <= token.idx < hi:
                    continue
                according = (
                    token.lower_ == "according"
                    and token.i + 1 < len(self.doc)
                    and self.doc[token.i + 1].lower_ == "to"
                )
                if self.is_reporting(token) or according:
                    distance = first - token.idx if token.idx < first else token.idx - last
                    # A verb whose clause holds the quote introduces it, whatever
                    # other verb happens to stand closer.
                    governs = not according and any(
                        _in_any(t, quote) for t in token.subtree if not t.is_punct
                    )
                    candidates.append((0 if governs else 1, abs(distance), token.i, token))
        return [c[-1] for c in sorted(candidates)]

    # --- subjects ---------------------------------------------------------------------

    def speaker_of_verbs(
        self, verbs: list[Token], quote: Quote, previous: Quote | None
    ) -> tuple[Entity | None, bool]:
        """(speaker, whether a subject settled it) from the reporting verbs, nearest first."""
        for verb in verbs:
            subject = self._participle_subject(verb, quote) or _subject(verb, quote)
            if subject is None:
                continue
            return self.speaker_of_subject(subject, quote, previous), True
        return None, False

    def _participle_subject(self, verb: Token, quote: Quote) -> Token | None:
        """ "X said ..., adding: '...'": the subject of the saying verb before the participle.

        The parser often hangs "adding" on the wrong clause; news style means
        the one who said the earlier words in the sentence.
        """
        if verb.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in verb.children):
            return None
        sent = self.sentences.spans[self.sentences.index_at(verb.idx)]
        for token in reversed(self.doc[sent.start : verb.i]):
            if (
                token.tag_ != "VBG"
                and self.is_reporting(token)
                and not self.quoted.inside(token.idx)
            ):
                return _subject(token, quote)
        return None

    def speaker_of_subject(
        self, subject: Token, quote: Quote, previous: Quote | None
    ) -> Entity | None:
        """Who a reporting verb's subject names, or None."""
        if subject.pos_ == "PROPN" and subject.i not in self.owners and subject.text[:1].isupper():
            # "Flynn, a top Trump surrogate, said": the name is the speaker, or nobody.
            return self.missed_person(subject)
        named = self._entity_in(_noun_phrase(subject)) or self._person_in_subject(subject)
        if named is not None:
            return named
        if subject.lower_ in _PRONOUNS:
            return self.antecedent(subject, quote, previous)
        for_org = self._speaks_for(subject)
        if for_org is not None:
            return for_org
        if subject.lower_ in words().spokes_nouns:
            # "her statement read": the owner of the statement, if a pronoun.
            owner = next((c for c in subject.children if c.lower_ in _POSSESSIVE_PRONOUNS), None)
            if owner is not None:
                return self.antecedent(owner, quote, previous)
        if subject.lower_ in words().organization_nouns and _definite(subject):
            return self.org_antecedent(subject)
        if _is_role_noun(subject, self.lex):
            return self.by_role(subject)
        if subject.pos_ == "PROPN":
            return self.missed_person(subject)
        return None

    def _person_in_subject(self, subject: Token) -> Entity | None:
        """The one person named in the subject phrase, clauses and prepositions aside.

        "Toronto city councillor and tenants advocate Josh Matlow": the parser
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
            stack.extend(c for c in token.children if c.dep_ not in _CLAUSE_DEPS)
        return people[0] if len(people) == 1 else None

    def org_antecedent(self, noun: Token) -> Entity | None:
        """ "the company said": the organization that was last a subject, nearby."""
        index = self.sentences.index_at(noun.idx)
        spans = self.sentences.spans
        for sent_index in range(index, max(-1, index - _ORG_SENTENCES - 1), -1):
            for token in reversed(spans[sent_index]):
                if token.i >= noun.i or token.dep_ not in _SUBJECT_DEPS:
                    continue
                if self.quoted.inside(token.idx) or token.head.dep_ not in ("ROOT", "conj"):
                    continue  # "Google said that Apple ...": Apple is not the main subject
                entity = self._entity_in(_noun_phrase(token))
                if entity is not None:
                    return entity if entity.kind == ORG else None
        return None

    def _entity_in(self, tokens: list[Token]) -> Entity | None:
        # A person in the phrase beats an organization ("Senate ... Leader Harry Reid").
        found = [self.owners[t.i] for t in tokens if t.i in self.owners]
        for kind in (PERSON, ORG):
            for entity in found:
                if entity.kind == kind:
                    return entity
        return None

    def _speaks_for(self, subject: Token) -> Entity | None:
        """ "a spokesman for X", "X's spokesman", "a statement from X": the organization X."""
        if subject.lower_ not in words().spokes_nouns:
            return None
        for child in subject.children:
            if child.dep_ in ("poss", "compound"):
                tokens = list(child.subtree)
            elif child.dep_ == "prep" and child.lower_ in ("for", "from", "of", "at"):
                tokens = [t for c in child.children if c.dep_ == "pobj" for t in _noun_phrase(c)]
            else:
                continue
            entity = self._entity_in(tokens)
            if entity is not None and entity.kind == ORG:
                return entity
        return None

    # --- pronouns ---------------------------------------------------------------------

    def antecedent(self, pronoun: Token, quote: Quote, previous: Quote | None) -> Entity | None:
        """The person a pronoun subject refers to, or None.

        Sentences are read backwards from the pronoun: the latest compatible
        person who is a subject wins. The same pronoun as a subject on the way
        ("he grins ... he says") is the same person, so it extends the search
        by _CHAIN_SENTENCES; a subject that names someone we cannot resolve
        ("the documentary maker") stops it, since carrying past it would guess.
        A proper-name subject we cannot resolve, or any noun subject of a
        reporting verb ("the 26-year-old winger said"), stops it too. When no
        subject settles it, the previous quote's speaker goes on if it is close.
        """
        word = pronoun.lower_
        index = self.sentences.index_at(pronoun.idx)
        spans = self.sentences.spans
        budget = _CHAIN_SENTENCES
        stopped = False
        while index >= 0 and budget >= 0 and not stopped:
            tokens = [t for t in spans[index] if t.i < pronoun.i]
            chained = False
            for token in reversed(tokens):
                if self.quoted.inside(token.idx):
                    continue
                # A sentence split inside a name's clause leaves the name as its root:
                # "Toronto retiree Doug Purdy, who lost 16 lbs."
                owner = self.owners.get(token.i)
                fragment = token.dep_ == "ROOT" and owner is not None and owner.kind == PERSON
                if token.dep_ not in _SUBJECT_DEPS and not fragment:
                    continue
                if token.lower_ == word:
                    budget = _CHAIN_SENTENCES + 1
                    chained = True
                    continue
                if token.head.dep_ in _EMBEDDED_DEPS:
                    continue  # "Haley explained that Symantec looked ...": not the topic
                if token.pos_ == "PROPN" and token.i not in self.owners:
                    # A name nobody resolved ("Chief Na'moks said"): the likely referent.
                    found = self.missed_person(token)
                    return found if found is not None and self.compatible(found, word) else None
                entity = self._entity_in(_noun_phrase(token))
                if entity is None and _is_role_noun(token, self.lex):
                    entity = self._person_in_subject(token)
                if entity is not None:
                    if entity.kind == PERSON and self.compatible(entity, word):
                        return entity
                    continue  # another person, or an organization: not "he"
                if _is_role_noun(token, self.lex):
                    found = self.by_role(token)
                    return found if found is not None and self.compatible(found, word) else None
                if token.lower_ in _PRONOUNS:
                    stopped = True  # the other sex: the chain has moved on
                    break
                if token.pos_ == "NOUN" and self.is_reporting(token.head):
                    return None  # "the 26-year-old winger said": someone we cannot name
            named = self._only_person(tokens)
            if not chained and not stopped and named is not None and self.compatible(named, word):
                # No subject settled it: the one person this sentence names
                # ("... produced results for accountant Ann Lee, 50.").
                return named
            if any(not t.is_punct and not self.quoted.inside(t.idx) for t in tokens):
                budget -= 1  # sentences of the quoted words are not narrative
            index -= 1
        if (
            previous is not None
            and previous.speaker is not None
            and previous.speaker.kind == PERSON
            and quote.parts[0][0] - previous.parts[-1][1] < _CONTINUATION_CHARS
            and self.compatible(previous.speaker, word)
        ):
            return previous.speaker  # "..., he added": the last speaker goes on
        return None

    def _only_person(self, tokens: list[Token]) -> Entity | None:
        """The one person named outside quotes among ``tokens``, if exactly one."""
        found = {
            id(owner): owner
            for t in tokens
            if not self.quoted.inside(t.idx)
            and (owner := self.owners.get(t.i)) is not None
            and owner.kind == PERSON
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def compatible(self, entity: Entity, pronoun: str) -> bool:
        """Whether ``he``/``she`` can refer to the entity."""
        gender = gender_of(entity) or self.pronoun_genders().get(id(entity))
        return gender is None or gender == ("m" if pronoun in _MALE else "f")

    def pronoun_genders(self) -> dict[int, str]:
        """Entity id -> "m"/"f" from sentences naming one person and one sex of pronoun.

        "Jack is very strong ... his hands": a sentence (outside quotes) with
        a single person and only male pronouns is a vote for "m". A person
        needs two votes and no more than a third of them the other way.
        """
        if self._genders is not None:
            return self._genders
        votes: dict[int, list[int]] = {}
        for sent in self.sentences.spans:
            people: set[int] = set()
            sexes: set[str] = set()
            for token in sent:
                if self.quoted.inside(token.idx):
                    continue
                owner = self.owners.get(token.i)
                if owner is not None and owner.kind == PERSON:
                    people.add(id(owner))
                elif token.lower_ in _MALE_PRONOUNS:
                    sexes.add("m")
                elif token.lower_ in _FEMALE_PRONOUNS:
                    sexes.add("f")
            if len(people) == 1 and len(sexes) == 1:
                tally = votes.setdefault(next(iter(people)), [0, 0])
                tally[0 if "m" in sexes else 1] += 1
        self._genders = {}
        for key, (male, female) in votes.items():
            if male >= 2 and female * 3 <= male:
                self._genders[key] = "m"
            elif female >= 2 and male * 3 <= female:
                self._genders[key] = "f"
        return self._genders

    # --- roles ------------------------------------------------------------------------

    def by_role(self, token: Token) -> Entity | None:
        """ "the Tory leader" -> the one person whose stated role is a "... leader".

        A title written before any mention of the person ("Mayor McCallum")
        counts as a stated role too.
        """
        if token.lower_ in words().unnamed_roles:
            return None
        role = [
            t.lower_
            for t in token.subtree
            if (t.dep_ in ("compound", "amod") or t == token) and t.lower_ not in _ROLE_QUALIFIERS
        ]
        matching = [
            p
            for p in [*self.people, *self.added]
            if (p.role and _role_holds(p.role, role)) or _titled_as(p, token.lower_)
        ]
        return matching[0] if len(matching) == 1 else None

    # --- names the NER missed -----------------------------------------------------------

    def missed_person(self, subject: Token) -> Entity | None:
        """A person named as the subject of "said" whom the NER left out.

        Only capitalised proper nouns that no entity owns and that the NER did
        not call a place, organization or group count: two or three of them
        ("Clive Lewis"), or a surname alone that the text writes in full
        elsewhere ("Poulter" after "Ian Poulter").
        """
        doc = self.doc
        start = subject.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        while start < subject.i and (
            doc[start].lower_ in self.lex.honorifics or doc[start].lower_ in self.lex.role_words
        ):
            start += 1
        span = doc[start : subject.i + 1]
        if len(span) > 3 or not all(self._name_word(t) for t in span):
            return None
        surname = span[-1].lower_
        for known in [*self.people, *self.added]:
            if known.name.lower().split()[-1:] == [surname]:
                return known
        if len(span) == 1:
            full = self.full_names().get(surname)
            if full is None:
                return None
            span = full
        text = " ".join(t.text for t in span)
        if self.lex.place(text) is not None or text.lower() in self.lex.organizations:
            return None
        entity = Entity(PERSON, text, [Mention(span, PERSON, text, text)])
        entity.role = role_of(entity, self.lex)
        self.added.append(entity)
        return entity

    def _name_word(self, token: Token) -> bool:
        return (
            token.text[:1].isupper()
            and token.is_alpha
            and token.i not in self.owners
            and token.ent_type_ not in _NOT_PERSON_LABELS
            and token.lower_ not in self.lex.role_words
            and token.lower_ not in self.lex.honorifics
        )

    def full_names(self) -> dict[str, Span]:
        """Surname -> the one two- or three-word proper name ending in it, read once."""
        if self._full_names is None:
            found: dict[str, set[str]] = {}
            spans: dict[str, Span] = {}
            for token in self.doc:
                if token.pos_ != "PROPN" or token.dep_ == "compound":
                    continue
                start = token.i
                while start > 0 and self.doc[start - 1].dep_ == "compound":
                    start -= 1
                while start < token.i and not self._name_word(self.doc[start]):
                    start += 1  # "Foreign Minister Marise Payne": the name only
                span = self.doc[start : token.i + 1]
                if 2 <= len(span) <= 3 and all(self._name_word(t) for t in span):
                    found.setdefault(token.lower_, set()).add(span.text)
                    spans.setdefault(token.lower_, span)
            self._full_names = {k: spans[k] for k, forms in found.items() if len(forms) == 1}
        return self._full_names

    # --- quotes without a verb ----------------------------------------------------------

    def starts_sentence(self, quote: Quote) -> bool:
        """Whether the quote opens its sentence (not a fragment inside one)."""
        first = quote.parts[0][0]
        sent = self.sentences.spans[self.sentences.index_at(first)]
        return not self.doc.text[sent.start_char : first].strip(" " + ALL_MARKS)

    def colon_subject(self, quote: Quote) -> Token | None:
        """The subject of the clause that ends in a colon before the quote, if any."""
        first = quote.parts[0][0]
        text = self.doc.text
        lead = text[max(0, first - 4) : first].rstrip(" " + ALL_MARKS)
        if not lead.endswith(":"):
            return None
        sent = self.sentences.spans[self.sentences.index_at(max(0, first - 2))]
        colon = next((t for t in reversed(sent) if t.text == ":" and t.idx < first), None)
        if colon is None:
            return None
        head = colon.head
        while head.dep_ not in ("ROOT",) and head.head != head and head.pos_ not in ("VERB", "AUX"):
            head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < colon.i]
        return subjects[0] if subjects else None

    def paragraph_before(self, quote: Quote) -> tuple[int, Span | None]:
        """(start of the paragraph before, its last sentence) when the quote is a paragraph.

        A paragraph with words outside the quote ("..." Vitter demanded.) has
        an attribution of its own, even one the parse missed.
        """
        text = self.doc.text
        at, end = quote.parts[0][0], quote.parts[-1][1]
        start = text.rfind("\n\n", 0, at)
        stop = text.find("\n\n", end)
        rest = text[end : len(text) if stop < 0 else stop]
        if start < 0 or text[start:at].strip(" \n" + ALL_MARKS):
            return 0, None
        if any(char.isalnum() for char in rest):
            return 0, None
        previous_start = text.rfind("\n\n", 0, start) + 2
        previous_start = 0 if previous_start < 2 else previous_start
        index = self.sentences.index_at(max(0, start - 1))
        sent = self.sentences.spans[index]
        if sent.end_char < previous_start:
            return previous_start, None
        return previous_start, sent

    def sentence_before(self, at: int) -> Span | None:
        """The sentence before the one holding character ``at``, in the same paragraph."""
        index = self.sentences.index_at(at)
        if index == 0:
            return None
        spans = self.sentences.spans
        previous, current = spans[index - 1], spans[index]
        between = self.doc.text[previous.end_char : current.start_char]
        return None if "\n\n" in between or "\n\n" in previous.text.strip() else previous


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)


def _is_role_noun(token: Token, lex: Lexicon) -> bool:
    """ "the minister", which the tagger may call a proper noun, not "Minister Okafor"."""
    return token.pos_ in ("NOUN", "PROPN") and token.lower_ in lex.role_words


def _titled_as(entity: Entity, noun: str) -> bool:
    """Whether a mention of the person follows the title ``noun`` ("Mayor McCallum")."""
    for mention in entity.mentions:
        start = mention.span.start
        if start > 0 and mention.span.doc[start - 1].lower_ == noun:
            return True
    return False


def _role_holds(role: str, words: list[str]) -> bool:
    role_words = role.lower().replace(",", " ").split()
    return all(w in role_words for w in words)


def gender_of(entity: Entity) -> str | None:
    """ "m" or "f" when a courtesy title ("Mr Howard"), the stated role or an
    appositive noun ("Krug, a white woman") says so."""
    nouns: set[str] = set((entity.role or "").lower().split())
    for mention in entity.mentions:
        span = mention.span
        if span.start > 0:
            word = span.doc[span.start - 1].lower_
            if word in _MALE:
                return "m"
            if word in _FEMALE:
                return "f"
            nouns.add(word)  # "his aunt Letoria Moore"
        root = span.root
        nouns.update(c.lower_ for c in root.children if c.dep_ == "appos")
        if root.dep_ == "appos":
            nouns.add(root.head.lower_)
    male, female = bool(nouns & words().male_nouns), bool(nouns & words().female_nouns)
    if male != female:
        return "m" if male else "f"
    return None


def _pronoun_before(token: Token) -> Token | None:
    """The "he"/"she" right before a token, if any."""
    if token.i == 0:
        return None
    before = token.doc[token.i - 1]
    return before if before.lower_ in _PRONOUNS else None


def _subject(verb: Token, quote: Quote | None = None) -> Token | None:
    """Who does the reporting: the verb's subject outside the quote itself."""
    if verb.lower_ == "according":
        objects = [t for t in verb.subtree if t.dep_ == "pobj"]
        return objects[0] if objects else None
    # The parser can make a word of the quote a subject of the reporting verb
    # too ('"the best prospect ...", Mr Blair told'); the speaker is outside.
    subjects = [
        c for c in verb.children if c.dep_ == "nsubj" and (quote is None or not _in_any(c, quote))
    ]
    if subjects:
        # 'Flynn said on "Fox and Friends"': a name beats a word of a title.
        return min(subjects, key=lambda c: (c.ent_type_ not in ("", "PERSON"), abs(c.i - verb.i)))
    if verb.pos_ not in ("VERB", "AUX"):
        return _pronoun_before(verb)  # "he laughs" with "laughs" tagged a noun
    # "was described by X as ...": the agent speaks; the passive subject is spoken of.
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if agents:
        return agents[0]
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    # "the agency quoted Zverev as saying", "he was quoted as saying": the quoted one speaks.
    if (
        verb.lower_ == "saying"
        and verb.head.lower_ == "as"
        and verb.head.head.lower_ in ("quoted", "quotes", "quoting", "cited", "quote")
    ):
        quoting = verb.head.head
        objects = [c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass")]
        return objects[0] if objects else None
    # "..., he added" parsed as a clause hanging off the quote's verb.
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head, quote)
    return None


def _noun_phrase(token: Token) -> list[Token]:
    """The subject's name words and its appositive, not possessors or prepositions.

    "Mr Blair's official spokesman" is not Mr Blair; "the MP for
    Sittingbourne" is not Sittingbourne; "Ann Lee, head of Acme," is Ann Lee.
    """
    out = [token]
    stack = [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in _PHRASE_DEPS:
                out.append(child)
                stack.append(child)
    return out
