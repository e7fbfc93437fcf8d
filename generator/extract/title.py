"""Titles: the seed's headline made readable, or a headline made from the lead.

A given headline is made readable by `headline_case` (ALL-CAPS in sentence case,
apostrophes a feed stripped put back). Without a headline, the lead (the first
sentence that can be a key point, so no caption or byline) is shortened by dropping
what a headline leaves out (asides in brackets always; then the opening clause and
the attribution, appositives, relative and adverbial clauses, then trailing phrases)
until it fits, so the result ends on a complete phrase rather than mid-clause; a lead
the parser plainly misread (`title_misreads`) gives its opening words instead. When
only cutting what the verbs say would make it fit, the sentence's opening clauses,
up to a comma or a clause's "and", are the headline instead.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import BE_FORMS
from generator.extract.headline_case import with_apostrophes
from generator.extract.key_points import lead_sentence
from generator.extract.lexicon import lexicon
from generator.extract.nlp import text_of
from generator.extract.quote_mark_roles import CLOSING_MARK
from generator.extract.sentence_cuts import cuts
from generator.extract.title_bound_words import bound_to_neighbours
from generator.extract.title_misreads import clause_starts, is_dash, misparsed, phrase_starts

MAX_TITLE = 100
#: Dependents a headline can do without, most dispensable first: clauses, then phrases
#: and objects.
_CLAUSES = (
    ("appos", "relcl", "parataxis"),
    ("advcl", "acl", "npadvmod"),
)
_PHRASES = (
    ("prep", "agent", "advmod"),
    ("conj",),
)
#: What the verbs say: cutting it garbles more often than a cut at a clause's end does.
_ARGUMENTS = (
    ("dobj", "attr", "pobj"),
    ("ccomp", "xcomp"),
)
_DROPPABLE = _CLAUSES + _PHRASES + _ARGUMENTS
_FUNCTION_WORDS = (
    "a an the of to in on at for with by from and or but as that which who while after before "
    "his her its their our your"
)
_FUNCTION_TAIL = frozenset(_FUNCTION_WORDS.split())


#: Closing quote marks and the opening marks they close.
_OPENING_MARK = {closing: opening for opening, closing in CLOSING_MARK.items()}


def _closes_a_quote(token: Token, kept: list[Token]) -> bool:
    """Whether a closing mark closes a quote opened among the kept words ("the phrase
    'heavy rain'"): the title keeps it, or the quote would be left open."""
    opening = _OPENING_MARK.get(token.text)
    if opening is None:
        return False
    marks = sum(t.text == opening for t in kept)
    return marks % 2 == 1 if opening == token.text else marks > 0


def _keep(sent: Span, dropped: set[int]) -> str:
    tokens = [t for t in sent if t.i not in dropped and not t.is_space]
    # "%" is a mark to Python but a noun to the parser ("to 11.5%"): a title keeps it.
    while tokens and (
        (tokens[-1].is_punct and tokens[-1].pos_ != "NOUN") or tokens[-1].lower_ in _FUNCTION_TAIL
    ):
        if _closes_a_quote(tokens[-1], tokens[:-1]):
            if len(tokens) > 1 and tokens[-2].text == ".":
                # The stop inside the mark ends the sentence, not the title.
                dropped.add(tokens.pop(-2).i)
            break
        dropped.add(tokens.pop().i)
    # A few verbless words after the last comma are a fragment left by a cut
    # (", a step"): the title ends before the comma.
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if commas and len(tokens) - commas[-1] <= 4 and commas[-1] > 3:
        tail = tokens[commas[-1] :]
        if not any(t.pos_ in ("VERB", "AUX") for t in tail):
            dropped.update(t.i for t in tail)
            tokens = tokens[: commas[-1]]
    parts: list[str] = []
    for index, token in enumerate(tokens):
        previous = tokens[index - 1] if index else None
        # Where a dropped stretch leaves a gap, the words still need a space.
        if previous is not None and (previous.whitespace_ or token.i != previous.i + 1):
            parts.append(" ")
        parts.append(token.text)
    text = "".join(parts).strip()
    text = re.sub(r"\s+([,;:])", r"\1", text)
    text = re.sub(r"\s+([\"'\u2019\u201d])$", r"\1", text)  # a closing mark after a dropped stop
    text = re.sub(r"[,;:]\s*$", "", text)
    return re.sub(r",\s*,", ",", " ".join(text.split()))


def _headline_dep(token: Token) -> str:
    """A token's dependency as the headline's cuts rank it: an infinitive the parser hangs on
    a noun as a relative clause ("a bill to extend funding") says what the noun is for,
    and goes no sooner than other clauses; an object after a comma and another object is
    the parser's reading of an appositive, and goes with appositives; a noun phrase's own
    words ("worth around £20,000") never go."""
    if token.dep_ == "relcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
        return "acl"
    head = token.head
    if token.dep_ == "dobj" and _second_object(token):
        return "appos"
    if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and _unjoined(token):
        # A verb joined with neither "and" nor a comma is the parser's reading of a
        # subordinate clause ("as a win sent them top"): it goes with the clauses.
        return "advcl"
    if token.dep_ == "npadvmod" and (head.pos_ not in ("VERB", "AUX") or head.dep_ == "amod"):
        # A noun on an adjective or participle ("worth around £20,000", a misparsed "a van
        # containing tools") is part of a noun phrase: cutting it leaves "tools worth".
        return "amod"
    return token.dep_


def _second_object(token: Token) -> bool:
    """Whether an object follows a comma after another object of its verb: the parser's
    reading of an appositive on the sentence ("approved a law ..., the first in Europe")."""
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return (
        before is not None
        and before.text == ","
        and any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children)
    )


def _unjoined(token: Token) -> bool:
    """Whether a conjunct has no conjunction on its head and no mark just before it."""
    before = token.left_edge.i - 1
    return not any(c.dep_ in ("cc", "preconj") for c in token.head.children) and (
        before < 0 or token.doc[before].text not in (*_SEPARATORS, ";", ":")
    )


def _predicate_of_be(token: Token) -> bool:
    """Whether a phrase is all that "be" says of its subject ("may be a step nearer to
    ...", "was in Paris"): without it the title ends "could be"."""
    head = token.head
    return (
        token.dep_ in ("advmod", "prep", "npadvmod")
        and head.lower_ in BE_FORMS
        and head.dep_ in ("ROOT", "ccomp", "conj")
        and not any(c.dep_ in ("attr", "acomp", "oprd") for c in head.children)
        # The first phrase after "be" is its predicate; a later one ("in May") is a detail.
        and not any(head.i < c.i < token.i for c in head.children if c.dep_ in ("advmod", "prep"))
    )


#: Heads that a restrictive clause picks out: "the one he chose", "those who left".
_PICKED_BY_CLAUSE = frozenset(
    {
        *("one", "ones", "those", "anyone", "anything", "someone", "something"),
        *("everyone", "everything", "nothing", "nobody"),
    }
)
#: Modifiers that need a clause to say which: "the only team to win", "the first woman who".
_WHICH_MODIFIERS = frozenset(("only", "first", "last"))


def _completes_head(token: Token) -> bool:
    """Whether a dependent completes its head, so the headline cannot do without it: a
    comparison's "than" phrase ("larger than the moon"), the clause that says which one is
    meant ("the one he chose", "the only club still to win")."""
    head = token.head
    if token.dep_ == "prep" and token.lower_ == "than":
        return True
    if token.dep_ not in ("relcl", "acl") or head.pos_ not in ("NOUN", "PRON"):
        return False
    return head.lower_ in _PICKED_BY_CLAUSE or any(
        c.dep_ == "amod" and (c.lower_ in _WHICH_MODIFIERS or c.tag_ == "JJS")
        for c in head.children
    )


_SEPARATORS = (",", "\u2014", "\u2013", "--", "-")


def _with_its_verb(token: Token, sent: Span, dropped: set[int]) -> Token:
    """The object itself, or the clause it is the object of when cutting the object would
    leave that clause's verb last in the title ("... Directorate to draft"): the clause
    goes whole. The main verb always stays."""
    verb = token.head
    if token.dep_ not in ("dobj", "attr") or verb.pos_ != "VERB" or verb.dep_ == "ROOT":
        return token
    after = [
        t
        for t in sent
        if t.i > verb.i
        and t.i not in dropped
        and not (t.is_punct or t.is_space)
        and t.lower_ not in _FUNCTION_TAIL
    ]
    left_last = all(t.i in range(token.left_edge.i, token.right_edge.i + 1) for t in after)
    return verb if left_last and verb.head.i not in dropped else token


def _drop(token: Token, dropped: set[int]) -> None:
    dropped.update(t.i for t in token.subtree)
    # The commas around an appositive or clause go with it; the comma after a phrase not
    # set off before it belongs to what follows ("in the next year, a panel said").
    doc = token.doc
    before, after = token.left_edge.i - 1, token.right_edge.i + 1
    set_off = before < token.sent.start or doc[before].text in _SEPARATORS
    if set_off and before >= token.sent.start:
        dropped.add(before)
    if set_off and after < len(doc) and doc[after].text in _SEPARATORS:
        dropped.add(after)


def _titles_before_names(sent: Span) -> set[int]:
    """Capitalised words (and their possessors) just before a person's name."""
    out: set[int] = set()
    for ent in sent.ents:
        if ent.label_ != "PERSON":
            continue
        at = ent.start - 1
        while (
            at >= sent.start
            and sent.doc[at].text[:1].isupper()
            and sent.doc[at].ent_type_
            in (
                "",
                "NORP",
            )
        ):
            out.add(at)
            at -= 1
    # A "title" covering half the sentence is not a title but a misparse.
    return out if len(out) < len(sent) // 2 else set()


def _reported_clause(sent: Span) -> set[int]:
    """Tokens outside the reported clause of "X will do Y, officials said"."""
    root = sent.root
    clauses = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    if root.pos_ == "VERB" and root.lower_ in lexicon().reporting_verbs and clauses:
        keep = {t.i for t in clauses[0].subtree}
        return {t.i for t in sent if t.i not in keep}
    return set()


def headline_from(sent: Span, statement: str | None = None) -> str:
    """A headline of at most MAX_TITLE characters made from one sentence; ``statement`` is
    the sentence cut to its main statement (the summary), the headline when cutting
    clauses is not enough and it fits: cutting phrases and objects out of the middle of a
    sentence ("larger than Africa" -> "larger") would garble it."""
    # Short asides in parentheses ("(9.6 miles)", "(APC)") are never headline words.
    dropped = cuts(sent, {"aside"})
    opening = cuts(sent, {"opening"})
    attribution = _reported_clause(sent)
    if attribution and {t.i for t in sent if t.i not in attribution} <= opening:
        # "As X readied for Y, officials revealed plans": what the parser took for
        # the clause "revealed" reports is the opening clause.
        attribution = set()
    if not sent[0].is_quote:
        # A headline states the news without its source, however short: "X will do Y,
        # officials said" -> "X will do Y"; a quote keeps its speaker.
        dropped |= attribution
    too_long = len(_keep(sent, set(dropped))) > MAX_TITLE
    # Cuts from the middle trust the parse; a misread lead keeps its opening words instead.
    opening_words = _opening_words(sent, dropped) if too_long and misparsed(sent) else ""
    if opening_words:
        return _tidy(_balanced(opening_words))
    if too_long:
        # The opening clause ("If you have driven through Port Selby, ...") and the
        # attribution (", its director said on Tuesday") go first.
        dropped |= opening | attribution
    text = _keep(sent, dropped)
    if len(text) > MAX_TITLE:
        # Titles before names ("Iranian Parliamentary Speaker ...") are kept
        # in the people list; the headline can do with the name alone.
        dropped |= _titles_before_names(sent)
        text = _keep(sent, dropped)
    for depth, deps in enumerate(_DROPPABLE):
        if len(text) <= MAX_TITLE:
            break
        if depth == len(_CLAUSES) and statement and len(statement) <= MAX_TITLE:
            return _tidy(_balanced(statement.rstrip(".")))
        if depth == len(_CLAUSES) + len(_PHRASES):
            clauses_that_fit = _opening_clauses(sent, dropped)
            if clauses_that_fit:
                return _tidy(_balanced(clauses_that_fit))
        # Drop from the end backwards, since the main clause comes first in
        # news; of nested phrases ending together the outer one goes first
        # ("a step that gives ..." as a whole, not only "that gives ...").
        for token in sorted(sent, key=lambda t: (-t.right_edge.i, t.left_edge.i)):
            # A phrase holding most of the sentence is its substance, not a detail.
            big = len(list(token.subtree)) > 0.6 * len(sent)
            if (
                _headline_dep(token) in deps
                and not big
                and token.i not in dropped
                and (token.head.i not in dropped)
                and not _predicate_of_be(token)
                and not _completes_head(token)
                and not bound_to_neighbours(token)
            ):
                _drop(_with_its_verb(token, sent, dropped), dropped)
                text = _keep(sent, dropped)
                if len(text) <= MAX_TITLE:
                    break
    if len(text) > MAX_TITLE:
        cut = text[: MAX_TITLE + 1].rsplit(" ", 1)[0]
        words = cut.split()
        while words and words[-1].lower().strip(",;:") in _FUNCTION_TAIL:
            words.pop()
        text = " ".join(words).rstrip(",;:")
    return _tidy(_balanced(text))


def _opening_clauses(sent: Span, dropped: set[int]) -> str:
    """The longest run of the sentence's opening clauses that fits ("X is larger than Y,"
    of "X is larger than Y, Z is larger than W and ..."), ending at a comma, dash,
    semicolon or a clause's "and"; empty when no such end holds the main verb."""
    best = ""
    for token in sent:
        mark = token.text in (",", ";") or is_dash(token)
        ends_clause = mark or (token.dep_ == "cc" and token.head.pos_ in ("VERB", "AUX"))
        # A mark inside a cut stretch ends nothing that is kept.
        if not ends_clause or token.i <= sent.root.i or {token.i, token.i - 1} & dropped:
            continue
        text = _keep(sent, dropped | set(range(token.i, sent.end)))
        if len(text) > MAX_TITLE:
            break
        best = text
    return best


def _opening_words(sent: Span, dropped: set[int]) -> str:
    """The longest run of a misread sentence's opening words that fits and ends before a
    clause (at least half a title long), else before a phrase; empty when none fits."""
    best = ""
    for starts in (clause_starts(sent), phrase_starts(sent)):
        for start in starts:
            text = _keep(sent, dropped | set(range(start, sent.end)))
            if len(best) < len(text) <= MAX_TITLE:
                best = text
        if len(best) >= MAX_TITLE // 2:
            break
    return best


#: Sentence openers that tie a sentence to the one before; a headline stands alone.
#: A word that links the lead to what came before; "So far", "So many" measure, not link.
_CONNECTIVE = re.compile(
    r"^(?:however|meanwhile|moreover|additionally|furthermore|nevertheless|instead|also|"
    r"indeed|but|and|so(?!\s+(?:far|many|much|long|few|little)\b)|yet|in summary|"
    r"in addition|in a related development),?\s+",
    re.IGNORECASE,
)


def _tidy(text: str) -> str:
    """No connective at the start, no dangling function word or comma at the end."""
    text = _CONNECTIVE.sub("", text)
    words = text.split()
    while words and words[-1].lower().strip(",;:\u2014-") in _FUNCTION_TAIL | {""}:
        words.pop()
    text = " ".join(words).rstrip(",;:")
    return text[:1].upper() + text[1:]


_QUOTE_MARKS = re.compile(r'["\u201c\u201d]')


def _balanced(text: str) -> str:
    """The title without quote marks left unpaired by the cuts."""
    text = re.sub(r'\s["\u201c\u201d](?=\s)', "", text)
    if len(_QUOTE_MARKS.findall(text)) % 2:
        last = max(m.start() for m in _QUOTE_MARKS.finditer(text))
        text = (text[:last] + text[last + 1 :]).strip()
    return text


def title_for(headline: str | None, doc: Doc, summary: str | None = None) -> str:
    """The record's title: the headline (already recased), else one made from the lead
    (``summary``: the lead cut to its main statement). A headline of marks alone ("「 」",
    a scrape's debris) is no headline."""
    if headline and any(char.isalnum() for char in headline):
        return with_apostrophes(headline, text_of(doc))
    # The lead is the first sentence that can be a key point: captions, bylines and
    # fragments before it make no headline.
    lead = lead_sentence(doc)
    for sent in [*([lead] if lead is not None else []), *doc.sents]:
        if len(sent) > 3:
            return headline_from(sent, summary if sent is lead else None)
    return " ".join(text_of(doc).split())[:MAX_TITLE] or "Untitled briefing"
