"""Which verbs report a quotation: the verbs of saying in the sentences around it.

A verb of saying outside the quote, in the sentence that holds its start or end
or in the short sentence split off at its closing mark, reports it; one whose
clause holds the quote introduces it ahead of a nearer one that does not, and a
verb of saying ahead of one that only frames a fragment. `speakers.Attribution`
reads the subjects of these verbs, nearest first.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.nlp import text_of
from generator.extract.quote_frames import frames_quote
from generator.extract.quote_lemmas import lemma
from generator.extract.quote_marks import ALL_MARKS, Quote
from generator.extract.role_phrases import role_words
from generator.extract.speaker_holders import Holders
from generator.extract.speaker_other_clauses import in_other_clause
from generator.extract.speaker_quoted_predicates import quoted_predicate
from generator.extract.speaker_subjects import inverted_participle, subject_of
from generator.extract.speaker_tells import tells_that
from generator.extract.speech import SPLIT_CHARS, according_to, in_any

__all__ = ["Reporting", "shown_with", "subordinated"]

#: Conjunctions that open a clause of time, condition or cause ("once" as an adverb,
#: "he once said", is no conjunction: the parser marks only the conjunction).
_SUBORDINATORS = frozenset(
    ["when", "whenever", "after", "before", "until", "till", "once", "if", "unless", "because"]
)


class Reporting(Holders):
    """The reporting verbs of a quote in one document."""

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
            and not self.sentences.narrative_after(quote, spans[hi + 1])
            and spans[hi + 1].start_char <= last + SPLIT_CHARS
            and "\n" not in self.text[last : spans[hi + 1].start_char]
        ):
            out.append(spans[hi + 1])
        # "'...,' Police Cpl. Jo Ames said.": a title's abbreviation split the attribution.
        end = out[-1]
        after = self.sentences.index_at(end.start_char) + 1
        if (
            end.end_char > last
            and after < len(spans)
            and _ends_in_title(end)
            and "\n" not in self.text[last : spans[after].start_char]
        ):
            out.append(spans[after])
        return out

    def reporting_verbs(self, quote: Quote) -> list[Token]:
        """Reporting verbs in the quote's sentences, nearest to the quote first."""
        first, last = quote.parts[0][0], quote.parts[-1][1]
        text = self.text
        # The parser's sentences can run over a paragraph break; attribution does not.
        lo = text.rfind("\n\n", 0, first) + 1
        hi = text.find("\n\n", last)
        hi = len(text) if hi < 0 else hi
        candidates: list[tuple[int, int, int, Token]] = []
        for sent in self._frame(quote):
            for token in sent:
                if self.quoted.inside(token.idx) or not lo <= token.idx < hi:
                    continue
                if (
                    _describes(token, quote)
                    or _done_by_quote(token, quote)
                    or _undertakes(token, quote)
                    or _goes_on(token, quote)
                    or _adds_to(token, quote)
                ):
                    continue
                according = according_to(token)
                says = self.is_reporting(token) or according or tells_that(token, quote)
                # A verb that only frames a fragment yields to one of saying: "X will stand
                # as ‘...’, Y said" is Y's report.
                if (
                    (says or frames_quote(token, quote))
                    and not self._own_report(token, quote)
                    and not _subordinate_after(token, quote)
                    and not in_other_clause(token, quote)
                ):
                    distance = first - token.idx if token.idx < first else token.idx - last
                    # A verb whose clause holds the quote introduces it, whatever
                    # other verb happens to stand closer.
                    governs = (
                        not according
                        and any(in_any(t, quote) for t in token.subtree if not t.is_punct)
                        and not _in_relative(token)
                    )
                    rank = (0 if governs else 2) + (0 if says else 1)
                    candidates.append((rank, abs(distance), token.i, token))
        inner = [c[-1] for c in candidates if c[0] < 2]
        candidates = [
            (c[0] + 2, *c[1:]) if c[0] < 2 and _clause_reports(c[-1], quote, inner) else c
            for c in candidates
        ]
        governing = [c[-1] for c in candidates if c[0] < 2]
        found = [
            c[-1]
            for c in sorted(candidates)
            if not _second_hand(c[-1], governing)
            and not shown_with(c[-1], [v[-1] for v in candidates], quote)
        ]
        if found or candidates:
            return found
        # "The 58-year-old ‘still counts her blessings’": no verb of saying, the quote is the
        # predicate of its subject's sentence, and its main verb stands for one.
        predicate = quoted_predicate(quote, self.sentences)
        return [] if predicate is None else [predicate]

    def _own_report(self, verb: Token, quote: Quote) -> bool:
        """Whether a verb in a sentence after the quote reports words of its own.

        '"...?" The commission said it was satisfied.': a verb of saying with a
        clause of its own reports that clause, not the quote before it. A clause the
        parser hung on it from the next paragraph ("'...?' Ames asked. / 'No,' Lee
        said.") is none of its own: a sentence ends at a paragraph break.
        """
        if verb.sent.start_char < quote.parts[-1][1] - 1:
            return False
        end = self.text.find("\n\n", verb.idx)
        end = len(self.text) if end < 0 else end
        return any(
            ((c.dep_ == "ccomp" and not in_any(c, quote)) or self._quotes_in_phrase(c, quote))
            and c.idx < end
            for c in verb.children
        )

    def _quotes_in_phrase(self, child: Token, quote: Quote) -> bool:
        """Whether a verb's object or prepositional phrase holds a quote other than this
        one: "'...'. Jo Ames accused the board of ‘...’" reports its own quoted words."""
        return child.dep_ in _PHRASE_DEPS and any(
            self.quoted.inside(t.idx) and not in_any(t, quote)
            for t in child.subtree
            if not t.is_punct
        )


#: Dependents of a verb that hold a phrase of its clause, not a clause of its own.
_PHRASE_DEPS = frozenset(["dobj", "prep", "oprd", "attr"])

#: Verbs of saying that tell of a deed when an infinitive follows them ("agreed to pay").
_DEED_VERBS = frozenset(["agree"])


def _describes(token: Token, quote: Quote | None = None) -> bool:
    """Whether a participle only describes a noun ("the proposed wording", "the alleged
    threat"): with no subject of its own it reports nothing. One the parser hung on a
    noun but gave a subject ("Lee reportedly asked aides:" read with "aides" as the
    head) still says, and so does one right after the quote's close that the parser hung
    on the name after it ("'...,' joked skipper Ann Lee"): an inverted attribution."""
    return (
        token.dep_ == "amod"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and (quote is None or inverted_participle(token, quote) is None)
    )


def _done_by_quote(token: Token, quote: Quote) -> bool:
    """Whether a passive verb's agent holds the quote ("the day will be welcomed by
    ‘...’"): the quoted words are who or what does it, not what it reports."""
    return any(
        c.dep_ == "agent" and any(in_any(t, quote) for t in c.subtree) for c in token.children
    )


def _undertakes(verb: Token, quote: Quote) -> bool:
    """Whether a verb of saying heads an infinitive of a deed told in the writer's words:
    "Norland agreed to free the men after '...'" consents to an act and reports no words,
    so the quote in its clause is someone else's report. An infinitive the quote itself
    gives ("agreed to 'step aside'") is the subject's own words."""
    return lemma(verb) in _DEED_VERBS and any(
        c.dep_ == "xcomp" and not in_any(c, quote) for c in verb.children
    )


#: Verbs of saying only with the words as their object ("he added: ...", "she went on"):
#: with a prepositional phrase they tell of a deed ("add to the cost", "continue down a road").
_ONWARD_VERBS = frozenset(["add", "continue"])


def _goes_on(verb: Token, quote: Quote) -> bool:
    """Whether a verb of adding or going on holds the quote in a prepositional phrase of its
    own: "the state cannot continue ‘down the road of ...’" and "the levy would add to the
    ‘misery ...’" say where a thing goes, so the quote is the words of whoever reports
    that clause, not of the verb's subject."""
    if lemma(verb) not in _ONWARD_VERBS or quote.parts[0][0] < verb.idx:
        return False  # "... by ‘...’ he added": the parser's phrase, not one after the verb
    return any(
        child.dep_ == "prep" and any(in_any(t, quote) for t in child.subtree if not t.is_punct)
        for child in verb.children
    )


def _adds_to(verb: Token, quote: Quote) -> bool:
    """Whether "add" takes the quoted words straight after it as its object and a "to"
    phrase of its own right after their close ("the firm added ‘...’ to its app"): a
    thing joined to another, not words added to what was said."""
    if lemma(verb) != "add" or len(quote.parts) != 1:
        return False
    doc = verb.doc
    first, last = quote.parts[0]
    before = text_of(doc)[verb.idx + len(verb) : first]
    if before.strip(" " + ALL_MARKS):
        return False  # "he added: ‘...’", "added that ‘...’": the words follow a colon or clause
    after = [t for t in doc[verb.i : verb.sent.end] if t.idx >= last and not t.is_punct]
    return bool(after) and after[0].lower_ == "to"


def added_to_something(doc: Doc, quote: Quote) -> bool:
    """Whether the quoted words are what a verb of adding right before them joins to
    something else ("added ‘...’ to its app", `_adds_to`): a thing named, not speech."""
    start = quote.parts[0][0]
    at = doc.char_span(start, start + 1, alignment_mode="expand")
    if at is None:
        return False
    i = at.start if doc[at.start].idx < start else at.start - 1  # the last word before
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return i >= 0 and _adds_to(doc[i], quote)


def _subordinate_after(verb: Token, quote: Quote) -> bool:
    """Whether a verb after the quote stands in a clause of time, condition or cause
    ("'...,' when Ann Vell blasted him", "'...,' after Lee asked"): what prompted the
    words, not their source; only "as" opens a clause that attributes ("as Lee put it")."""
    end = quote.parts[-1][1]
    return verb.idx >= end and any(
        end <= c.idx < verb.idx
        and (
            (c.dep_ == "mark" and c.lower_ in _SUBORDINATORS)
            or (c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ in ("when", "whenever"))
        )
        for c in verb.children
    )


def _clause_reports(verb: Token, quote: Quote, governing: list[Token]) -> bool:
    """Whether the quote stands in an adverbial clause of a verb that has a reporting
    verb of its own: in "When Vell called the plan '...', Ames said he agreed" the words
    are Vell's, in the clause "called" opens; Ames's "said" holds them only through that
    clause, however near it stands."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or in_any(clause, quote):
            continue
        held = {t.i for t in clause.subtree}
        if any(in_any(t, quote) for t in clause.subtree if not t.is_punct) and any(
            other.i in held for other in governing if other.i != verb.i
        ):
            return True
    return False


def _second_hand(verb: Token, governing: list[Token]) -> bool:
    """Whether a verb of reporting only passes on what another verb of saying that holds
    the quote introduces: "Lee claimed the plan was '...', the Gazette reported" is Lee's,
    however the parser ranked the two clauses."""
    if lemma(verb) != "report":
        return False
    return verb.i in {v.i for v in governing} and any(v.i != verb.i for v in governing)


def shown_with(verb: Token, reporting: list[Token], quote: Quote) -> bool:
    """Whether the noun of a verb's "with" phrase holds one of the ``reporting`` verbs and
    its subject, a name: in "the advert concludes with footage of Ann Lee saying '...'" Ann
    Lee speaks; "concludes" only tells what the advert shows, wherever the quote hangs. A
    name after "with" ("with Lee attacking the plan, aides warn '...'") shows nothing."""
    shown = [
        noun
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.pos_ == "NOUN"  # "with footage", not "with Lee"
    ]
    for noun in shown:
        held = {t.i for t in noun.subtree}
        for inner in reporting:
            subject = subject_of(inner, quote) if inner.i in held else None
            if subject is not None and subject.pos_ == "PROPN" and subject.i in held:
                return True
    return False


def subordinated(verb: Token, participle: Token) -> bool:
    """Whether a verb heads an adverbial clause a conjunction opens before the verb it hangs
    on, which stands before the participle ("As marchers shouted at the guards, Lee is heard
    ... saying"): the clause tells what went on around the main one, and the participle
    is the main clause's. A clause after its verb ("set up an inquiry when Lee said ...,
    adding") goes on with its own participle."""
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i < participle.i
        and any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in verb.children)
    )


def _in_relative(verb: Token) -> bool:
    """Whether the parser gave a verb two subjects where the first one's relative clause
    of saying runs up to the second: in "Lee said a report which claimed Ames had
    backed the plan is '...'" it can hang "backed" on "report" and "Ames" both, though
    "backed" is what the report claimed, inside the relative clause; such a verb does not
    introduce the quote that its wrong subtree holds."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for first in subjects:
        for relative in first.children:
            if relative.dep_ != "relcl" or any(
                c.dep_ in ("ccomp", "dobj", "xcomp") for c in relative.children
            ):
                continue
            if any(relative.i < other.i < verb.i for other in subjects):
                return True
    return False


def _ends_in_title(sent: Span) -> bool:
    """Whether a sentence ends in a title's abbreviation ("Cpl.", "Sgt."), which
    the parser can take for the end of the sentence before the name it titles."""
    words = [t.lower_ for t in sent if not t.is_space][-2:]
    if not words or not words[-1].endswith("."):
        return False
    written = words[-1] if words[-1] != "." or len(words) < 2 else words[0] + "."
    return written in role_words().abbreviations
