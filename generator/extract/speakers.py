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
#: Nouns that say a person's sex when they are that person's stated role.
_MALE_NOUNS = frozenset(["father", "son", "husband", "brother", "boyfriend", "widower", "uncle"])
_FEMALE_NOUNS = frozenset(
    [
        "mother",
        "daughter",
        "wife",
        "sister",
        "girlfriend",
        "widow",
        "aunt",
        "actress",
        "chairwoman",
        "spokeswoman",
        "businesswoman",
        "congresswoman",
        "grandmother",
    ]
)
#: Who speaks for an organization: "a spokesman for X", "X's spokeswoman".
_SPOKES_NOUNS = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "representative", "statement", "release"]
)
#: Roles that news gives to people it does not name ("the spokesman said").
_UNNAMED_ROLES = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
        "source",
        "sources",
        "analyst",
        "expert",
        "diplomat",
        "aide",
        "adviser",
        "advisor",
        "worker",
        "member",
    ]
)
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


@cache
def manner_verbs() -> frozenset[str]:
    """Verbs of manner that introduce quotes ("he grins"), from reporting.yaml."""
    return frozenset(load_data("reporting.yaml")["manner"])


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
        if hi + 1 < len(spans) and spans[hi + 1].start_char <= last + 1:
            out.append(spans[hi + 1])  # the sentence split at the closing mark
        return out

    def is_reporting(self, token: Token) -> bool:
        """A verb of saying, as the parse and the verb tables agree."""
        return token.pos_ in ("VERB", "AUX") and (
            token.lower_ in self.lex.reporting_verbs or token.lower_ in manner_verbs()
        )

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
            subject = _subject(verb, quote)
            if subject is None:
                continue
            return self.speaker_of_subject(subject, quote, previous), True
        return None, False

    def speaker_of_subject(
        self, subject: Token, quote: Quote, previous: Quote | None
    ) -> Entity | None:
        """Who a reporting verb's subject names, or None."""
        named = self._entity_in(_noun_phrase(subject))
        if named is not None:
            return named
        if subject.lower_ in _PRONOUNS:
            return self.antecedent(subject, quote, previous)
        for_org = self._speaks_for(subject)
        if for_org is not None:
            return for_org
        if _is_role_noun(subject, self.lex):
            return self.by_role(subject)
        if subject.pos_ == "PROPN":
            return self.missed_person(subject)
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
        if subject.lower_ not in _SPOKES_NOUNS:
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
            for token in reversed(tokens):
                if self.quoted.inside(token.idx):
                    continue
                if token.dep_ not in _SUBJECT_DEPS:
                    continue
                if token.lower_ == word:
                    budget = _CHAIN_SENTENCES + 1
                    continue
                entity = self._entity_in(_noun_phrase(token))
                if entity is not None and entity.kind == PERSON:
                    if self.compatible(entity, word):
                        return entity
                    continue
                if _is_role_noun(token, self.lex):
                    found = self.by_role(token)
                    return found if found is not None and self.compatible(found, word) else None
                if token.lower_ in _PRONOUNS:
                    stopped = True  # the other sex: the chain has moved on
                    break
                if token.pos_ == "PROPN" or (
                    token.pos_ == "NOUN" and self.is_reporting(token.head)
                ):
                    # Someone we cannot name said something: he is the likely referent.
                    found = self.missed_person(token) if token.pos_ == "PROPN" else None
                    return found if found is not None and self.compatible(found, word) else None
            index -= 1
            budget -= 1
        if (
            previous is not None
            and previous.speaker is not None
            and previous.speaker.kind == PERSON
            and quote.parts[0][0] - previous.parts[-1][1] < _CONTINUATION_CHARS
            and self.compatible(previous.speaker, word)
        ):
            return previous.speaker  # "..., he added": the last speaker goes on
        return None

    def compatible(self, entity: Entity, pronoun: str) -> bool:
        """Whether ``he``/``she`` can refer to the entity."""
        gender = gender_of(entity)
        return gender is None or gender == ("m" if pronoun in _MALE else "f")

    # --- roles ------------------------------------------------------------------------

    def by_role(self, token: Token) -> Entity | None:
        """ "the Tory leader" -> the one person whose stated role is a "... leader".

        A title written before any mention of the person ("Mayor McCallum")
        counts as a stated role too.
        """
        if token.lower_ in _UNNAMED_ROLES:
            return None
        words = [
            t.lower_
            for t in token.subtree
            if (t.dep_ in ("compound", "amod") or t == token) and t.lower_ not in _ROLE_QUALIFIERS
        ]
        matching = [
            p
            for p in [*self.people, *self.added]
            if (p.role and _role_holds(p.role, words)) or _titled_as(p, token.lower_)
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

    def sentence_before(self, at: int) -> Span | None:
        """The sentence before the one holding character ``at``, in the same paragraph."""
        index = self.sentences.index_at(at)
        if index == 0:
            return None
        spans = self.sentences.spans
        previous, current = spans[index - 1], spans[index]
        between = self.doc.text[previous.end_char : current.start_char]
        return None if "\n\n" in between or "\n\n" in previous.text.strip() else previous


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
    """ "m" or "f" when a courtesy title ("Mr Howard") or the stated role says so."""
    for mention in entity.mentions:
        start = mention.span.start
        if start > 0:
            word = mention.span.doc[start - 1].lower_
            if word in _MALE:
                return "m"
            if word in _FEMALE:
                return "f"
    role_words = set((entity.role or "").lower().split())
    if role_words & _MALE_NOUNS:
        return "m"
    if role_words & _FEMALE_NOUNS:
        return "f"
    return None


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
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    # "was described by X as ...": the agent speaks; the passive subject is spoken of.
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if agents:
        return agents[0]
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    # "the agency quoted Zverev as saying": the quoted one speaks.
    if (
        verb.lower_ == "saying"
        and verb.head.lower_ == "as"
        and verb.head.head.lower_ in ("quoted", "quotes", "quoting", "cited", "quote")
    ):
        objects = [c for c in verb.head.head.children if c.dep_ == "dobj"]
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
