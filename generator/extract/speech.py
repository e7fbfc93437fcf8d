"""The parse-level pieces of speaker search: word lists, lookups, names and sex.

`speakers.Attribution` decides who speaks; this module holds what it reads
from tokens without any state of its own: where the quotes and sentences are
(by character offset, O(log n)), the words of a subject's name, and a
person's sex from titles, nouns and pronouns. The subject of a reporting verb
is `speaker_subjects`' job.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from generator.extract.caption_lines import caption_line, introduced_past_caption
from generator.extract.definite_nouns import definite as definite
from generator.extract.doc_words import tokens_in
from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon, load_data, word_lists
from generator.extract.nlp import text_of
from generator.extract.paragraphs import paragraph_start
from generator.extract.pronoun_forms import DETERMINER_SEX, HE, SHE, SUBJECTS
from generator.extract.quote_lemmas import inflections
from generator.extract.quote_marks import ALL_MARKS, Quote

#: The subject forms "he" and "she".
PRONOUNS = SUBJECTS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Pronouns that stand for things, not for someone who might speak.
THING_PRONOUNS = frozenset(["it", "this", "that", "there", "what", "which"])
PHRASE_DEPS = frozenset({"compound", "flat", "amod", "appos", "nmod", "det", "punct"})
#: Titles that say a name's sex ("Mr Ames", "Queen Isla").
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "sheikh", "emir"})
FEMALE_TITLES = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen", "princess"})
#: A sex's titles with its subject and possessive determiner forms: the words other rules
#: ask of a "he"/"his" or "she"/"her" which sex it is, and `gender_of` of a word before a name.
MALE = MALE_TITLES | {HE.subject, HE.determiner}
FEMALE = FEMALE_TITLES | {SHE.subject, SHE.determiner}
#: The possessive determiners "his" and "her".
POSSESSIVE_PRONOUNS = frozenset(DETERMINER_SEX)
#: Pronouns that vote for the sex of the one person their sentence names: the subject and
#: the reflexive. A possessive often belongs to someone else in the sentence ("said his
#: aunt Dora Pike"), and an object is someone other than the subject who names it ("Tom
#: Vell thanked him").
MALE_PRONOUNS = frozenset({HE.subject, HE.reflexive})
FEMALE_PRONOUNS = frozenset({SHE.subject, SHE.reflexive})
#: Dependents that start a clause or a prepositional phrase, not part of a name.
CLAUSE_DEPS = frozenset(
    {"relcl", "acl", "advcl", "prep", "ccomp", "punct", "parataxis", "poss", "case"}
)
#: A sentence starting this close after a quote's end was split at its closing mark.
SPLIT_CHARS = 3
#: Most words of a sentence that only attributes the quote before it
#: ('said the spokesman for the Harbour Office.').
ATTRIBUTION_WORDS = 8
#: Clauses whose subject is not what a later pronoun refers back to.
EMBEDDED_DEPS = frozenset({"ccomp", "relcl", "acl", "advcl", "xcomp", "pcomp", "csubj"})
#: Sentences searched back for the organization of "the company said".
ORG_SENTENCES = 3
#: Role words that qualify a role without being part of what it is.
ROLE_QUALIFIERS = frozenset(
    ["former", "then", "new", "current", "outgoing", "incoming", "late", "acting"]
)
#: NER labels that say a name is not a person's.
NOT_PERSON_LABELS = frozenset(
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
#: Dashes that set an aside off in a sentence.
DASHES = ("\u2014", "\u2013", "--")
#: Within this many characters a pronoun may continue the previous quote's speaker.
CONTINUATION_CHARS = 400
#: Sentences searched back for a pronoun's person past its last repetition.
CHAIN_SENTENCES = 2


@dataclass(frozen=True)
class Words:
    """The word lists of reporting.yaml that speaker search reads."""

    manner_verbs: frozenset[str]
    male_nouns: frozenset[str]
    female_nouns: frozenset[str]
    spokes_nouns: frozenset[str]
    organization_nouns: frozenset[str]
    unnamed_roles: frozenset[str]
    document_nouns: frozenset[str]
    member_nouns: frozenset[str]


@cache
def words() -> Words:
    """The lists, loaded once; quote_verbs.yaml adds verbs that only attribution reads, named
    by their lemmas and spelled out in every form here."""
    lists = word_lists(Words, "reporting.yaml")
    quote_verbs = load_data("quote_verbs.yaml")
    every_form = (form for verb in quote_verbs["verbs"] for form in inflections(verb))
    participles = (
        form for verb in quote_verbs["participle_verbs"] for form in inflections(verb, False)
    )
    return replace(lists, manner_verbs=lists.manner_verbs | {*every_form, *participles})


class QuoteText:
    """Where the quotations are: lookups by character offset in O(log n)."""

    def __init__(self, quotes: list[Quote]) -> None:
        parts = sorted(part for quote in quotes for part in quote.parts)
        self._starts = [a for a, _ in parts]
        self._ends = [b for _, b in parts]

    def inside(self, at: int) -> bool:
        """Whether character ``at`` is quoted words."""
        return self.opened_at(at) is not None

    def opened_at(self, at: int) -> int | None:
        """Where the quoted words that hold character ``at`` begin; None outside quotes."""
        index = bisect_right(self._starts, at) - 1
        return self._starts[index] if index >= 0 and at < self._ends[index] else None


class Sentences:
    """The document's sentences, computed once, found by character offset, and
    what they say about where a quote stands (its sentence, the one before, its
    paragraph and the one before)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.spans = list(doc.sents)
        self._starts = [s.start_char for s in self.spans]

    def index_at(self, at: int) -> int:
        """The index of the sentence holding character ``at`` (or the last before it)."""
        return max(0, bisect_right(self._starts, at) - 1)

    def starts_sentence(self, quote: Quote) -> bool:
        """Whether the quote opens its sentence or its paragraph (not a fragment inside one).

        The parser can run a sentence over a paragraph break, so the paragraph
        start counts too.
        """
        first = quote.parts[0][0]
        text = self.text
        sent = self.spans[self.index_at(first)]
        return not text[max(sent.start_char, paragraph_start(text, first)) : first].strip(
            " " + ALL_MARKS
        )

    def narrative_after(self, quote: Quote, sent: Span) -> bool:
        """Whether ``sent``, right after the quote, is narrative rather than its attribution.

        A quote that ends in a full stop ended its sentence: a sentence after it
        attributes it only when it is short ('..." he said.'); a longer one tells
        something else ('..." Later, the minister's spokesman urged calm.').
        """
        text = quote.text.rstrip()
        if not text.endswith(".") or text.endswith(".."):
            return False
        words = sum(1 for token in sent if not token.is_punct and not token.is_space)
        return words > ATTRIBUTION_WORDS

    def paragraph_before(self, quote: Quote) -> tuple[int, Span | None]:
        """(start of the paragraph before, its last sentence) when the quote is a paragraph.

        A paragraph with words outside the quote ("..." Vitter demanded.) has
        an attribution of its own, even one the parse missed.
        """
        text = self.text
        at = quote.parts[0][0]
        # A quote over several paragraphs opens its own when nothing follows it in
        # the first one; what follows its last part is another paragraph's business.
        first_end = text.find("\n\n", at)
        first_end = len(text) if first_end < 0 else first_end
        end = max(b for a, b in quote.parts if a < first_end)
        start = text.rfind("\n\n", 0, at)
        stop = text.find("\n\n", end)
        rest = text[end : len(text) if stop < 0 else stop]
        if start < 0 or text[start:at].strip(" \n" + ALL_MARKS):
            return 0, None
        if any(char.isalnum() for char in rest):
            after = self.spans[self.index_at(end + SPLIT_CHARS)]
            if after.start_char < end or not self.narrative_after(quote, after):
                return 0, None
        previous_start = text.rfind("\n\n", 0, start) + 2
        previous_start = 0 if previous_start < 2 else previous_start
        introduced = introduced_past_caption(text, previous_start)
        if introduced is not None:
            # "Jo Ames told reporters: / Pictured: the flooded street / '...'"
            start, previous_start = previous_start - 2, introduced
        sent = self.spans[self.index_at(max(0, start - 1))]
        return previous_start, self.within(sent, previous_start, start)

    def sentence_before(self, at: int) -> Span | None:
        """The sentence before the one holding character ``at``, in the same paragraph."""
        index = self.index_at(at)
        if index == 0:
            return None
        spans = self.spans
        previous, current = spans[index - 1], spans[index]
        if index > 1 and not any(c.isalnum() for c in previous.text):
            # "'...,' the mother-of-three said. / ' / He used ...": the parser may cut a
            # quote's opening mark off as a sentence of its own; it is no sentence.
            previous = spans[index - 2]
        if not caption_line(current):
            # "'...,' Lee said. Sent off: Tom Ames walks off . '...'": past the captions
            previous = self._past_captions(previous)
        if "\n\n" in self.text[current.start_char : at]:
            return None  # the parse ran over the paragraph break: nothing before in this one
        between = self.text[previous.end_char : current.start_char]
        if "\n\n" in between:
            return None
        # The parse can run a sentence over a paragraph break: only its last paragraph counts.
        cut = self.text.rfind("\n\n", previous.start_char, previous.end_char)
        if cut < 0:
            return previous
        # What it runs into this paragraph may be only the quote's opening mark: no sentence.
        rest = self.within(previous, cut, previous.end_char)
        return rest if rest is not None and any(c.isalnum() for c in rest.text) else None

    def _past_captions(self, sent: Span) -> Span:
        """The first sentence from ``sent`` back that is no photo caption of flattened copy
        (`caption_lines`), ``sent`` itself when every one before it is."""
        index = self.index_at(sent.start_char)
        while index > 0 and caption_line(self.spans[index]):
            index -= 1
        return sent if caption_line(self.spans[index]) else self.spans[index]

    def within(self, sent: Span, start: int, end: int) -> Span | None:
        """The words of a sentence between two character offsets, or None if there are none."""
        tokens = [t for t in sent if start <= t.idx < end and not t.is_space]
        return self.doc[tokens[0].i : tokens[-1].i + 1] if tokens else None


def in_any(token: Token, quote: Quote) -> bool:
    return any(a <= token.idx < b for a, b in quote.parts)


def pronoun_genders(
    sentences: Sentences, quoted: QuoteText, owners: dict[int, Entity]
) -> dict[int, str]:
    """Entity id -> "m"/"f" from sentences naming one person and one sex of pronoun.

    "Jack said he ...": a sentence (outside quotes) with a single person and only "he",
    one of them after the name, is a vote for "m"; "she saw Jack fall" is not, since a
    pronoun before the one name in its sentence is someone else as often as not. A person
    needs two votes, with votes for the other sex at most a third as many.
    """
    votes: dict[int, list[int]] = {}
    alone: int | None = None  # the one person the sentence before named, with no pronoun
    for sent in sentences.spans:
        people: set[int] = set()
        sexes: set[str] = set()
        kin: set[str] = set()  # "Ann Lee says her son ... he": the noun is who "he" is
        named_at: int | None = None  # the first word of the person's name
        last_pronoun = -1
        for token in tokens_in(sent):
            if quoted.inside(token.idx):
                continue
            owner = owners.get(token.i)
            if owner is not None and owner.kind == PERSON:
                people.add(id(owner))
                named_at = token.i if named_at is None else named_at
            elif token.lower_ in MALE_PRONOUNS:
                sexes.add("m")
                last_pronoun = token.i
            elif token.lower_ in FEMALE_PRONOUNS:
                sexes.add("f")
                last_pronoun = token.i
            elif token.pos_ == "NOUN" and not _describes_name(token, owners):
                kin.update(_noun_sex(token.lower_))
        sexes -= kin
        linked = named_at is not None and last_pronoun > named_at
        if len(people) == 1 and len(sexes) == 1 and linked:
            tally = votes.setdefault(next(iter(people)), [0, 0])
            tally[0 if "m" in sexes else 1] += 1
        elif alone is not None and not people and not kin and _opens_with_pronoun(sent):
            # "Ann Lee has lived here for years. She ...": the next sentence's subject,
            # with no one else named, is the person just named.
            tally = votes.setdefault(alone, [0, 0])
            tally[0 if sent[0].lower_ in MALE_PRONOUNS else 1] += 1
        alone = next(iter(people)) if len(people) == 1 and not sexes else None
    genders: dict[int, str] = {}
    for key, (male, female) in votes.items():
        if male >= 2 and female * 3 <= male:
            genders[key] = "m"
        elif female >= 2 and male * 3 <= female:
            genders[key] = "f"
    return genders


def _opens_with_pronoun(sent: Span) -> bool:
    """Whether a sentence opens on "he" or "she" as its subject."""
    first = sent[0]
    return first.lower_ in PRONOUNS and first.dep_ in SUBJECT_DEPS


def _describes_name(noun: Token, owners: dict[int, Entity]) -> bool:
    """Whether a noun is said of a named person ("Jo Ames, a father of two", "Ames is a
    father", "businessman Jo Ames"), not of someone else."""
    if noun.i in owners or noun.dep_ in ("appos", "attr", "compound"):
        return True
    return noun.head.i in owners


def _noun_sex(noun: str) -> set[str]:
    """{"m"} for "son" or "husband", {"f"} for "daughter" or "wife", else empty."""
    if noun in words().male_nouns:
        return {"m"}
    return {"f"} if noun in words().female_nouns else set()


def according_to(token: Token) -> bool:
    """Whether a token is the "according" of "according to X", which names a source."""
    if token.lower_ != "according" or token.i + 1 == len(token.doc):
        return False
    return token.doc[token.i + 1].lower_ == "to"


def passive_agent(verb: Token) -> Token | None:
    """The noun after "by" of a passive verb ("was described by Ann Lee", "a statement
    released by Acme"), or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            for noun in child.children:
                if noun.dep_ == "pobj":
                    return noun
    return None


def listed_saying(token: Token, lex: Lexicon) -> bool:
    """Whether a word is a verb of saying by the tables alone, whatever its tag."""
    return token.lower_ in lex.reporting_verbs or token.lower_ in words().manner_verbs


def is_role_noun(token: Token, lex: Lexicon) -> bool:
    """ "the minister", which the tagger may call a proper noun, not "Minister Okafor"."""
    return token.pos_ in ("NOUN", "PROPN") and token.lower_ in lex.role_words


def gender_of(entity: Entity) -> str | None:
    """ "m" or "f" when a courtesy title ("Mr Ames"), the stated role or an
    appositive noun ("Voss, a white woman") says so."""
    # The role's first phrase only: "barber, named his shop after his grandmother"
    # is a barber, whatever kin the rest of the role mentions.
    nouns: set[str] = set((entity.role or "").lower().split(",")[0].split())
    for mention in entity.mentions:
        span = mention.span
        if span.start > 0:
            word = span.doc[span.start - 1].lower_
            if word in MALE:
                return "m"
            if word in FEMALE:
                return "f"
            nouns.add(word)  # "his aunt Dora Pike"
        root = span.root
        nouns.update(c.lower_ for c in root.children if c.dep_ == "appos")
        if root.dep_ == "appos":
            nouns.add(root.head.lower_)
    male, female = bool(nouns & words().male_nouns), bool(nouns & words().female_nouns)
    if male != female:
        return "m" if male else "f"
    return None


def noun_phrase(token: Token) -> list[Token]:
    """The subject's name words and its appositive, not possessors or prepositions.

    "Mr Ames's press aide" is not Mr Ames; "the MP for
    Norport East" is not Norport East; "Ann Lee, head of Acme," is Ann Lee.
    """
    out = [token]
    stack = [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in PHRASE_DEPS:
                out.append(child)
                stack.append(child)
    return out
