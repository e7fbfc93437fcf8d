"""Cutting a sentence down to its main statement, by kinds of cut.

A key point loses what a reader can skip (`POINT_CUTS`): short parentheses, an attribution
tail (", police said Sunday.") and a trailing participle clause. The summary loses in
addition (`SUMMARY_CUTS`) the opening clause, appositives, relative clauses set off by
commas, a second coordinated clause, a closing "when/after ..." clause and an attribution
tail whatever its verb (", the board has ruled."); then, as last resorts, the closing
modifier of the main verb (`closing_cuts`) and a relative clause on the main subject. A cut
never splits a quotation, never leaves fewer than `MIN_CUT_TOKENS` tokens, and never leaves
a reaction without its cause ("was left horrified after ...":
`closing_cuts.ends_in_a_state`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from spacy.tokens import Span, Token

from generator.extract.closing_cuts import (
    MIN_MAIN_CLAUSE_TOKENS,
    closing_modifier,
    cut_leaves_a_state,
    ends_in_a_state,
    extent,
)
from generator.extract.doc_words import tokens_in, tokens_of
from generator.extract.key_points import DOUBLE_MARKS, QUOTE_MARKS, tidy
from generator.extract.lexicon import lexicon
from generator.extract.quote_lemmas import lemma
from generator.extract.sentence_focus_words import strands_a_focus_word
from generator.extract.sentence_fragments import subordinate_only
from generator.extract.sentence_measures import strands_a_measure
from generator.extract.sentence_relatives import relative_clauses

#: Parentheses this long or shorter are asides ("(RTL)", "($41 million)").
MAX_ASIDE_TOKENS = 12
#: A cut that leaves fewer tokens than this is not a sentence any more.
MIN_CUT_TOKENS = 4

#: Words that open a clause of circumstance, which a summary can drop.
#: A year written out, which dates what a clause says.
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_TIME_WORDS = frozenset(
    ["when", "after", "as", "before", "while", "since", "until", "once", "upon"]
)
#: Tags of words that cannot end a sentence when what followed them is cut: prepositions,
#: "to", determiners, possessives.
_NEEDS_WHAT_FOLLOWS = frozenset({"IN", "TO", "DT", "PRP$", "WDT", "POS"})
#: What a key point loses: asides, attribution tails, trailing participle clauses.
POINT_CUTS = frozenset({"aside", "attribution", "participle"})
#: What the summary loses in addition: the opening clause, appositives, relative
#: clauses set off by commas, a second coordinated clause, a closing clause, and an
#: attribution tail of any verb (", the court has ruled.": `_attribution`).
SUMMARY_CUTS = POINT_CUTS | {
    "opening",
    "appositive",
    "relative",
    "conjunct",
    "trailing",
    "finding",
}
#: When none of those applies, the summary may lose the closing modifier of the main verb ...
LAST_SUMMARY_CUTS = SUMMARY_CUTS | {"closing"}
#: ... and, last, a relative clause without commas on the main subject, which often says
#: whom the story is about ("a ban on drivers who speed").
DEFINING_CUTS = SUMMARY_CUTS | {"defining"}


def _last_word(sent: Span) -> int:
    """The last token before the closing stops and marks; "%" counts as a word ("21%")."""
    end = sent.end - 1
    tokens = tokens_of(sent.doc)
    while end > sent.start and (_is_mark(tokens[end]) or tokens[end].is_space):
        end -= 1
    return end


def _is_mark(token: Token) -> bool:
    return token.is_punct and token.text != "%"


def cuts(sent: Span, kinds: Collection[str]) -> set[int]:
    """Indexes of the tokens to drop from a sentence for the given kinds of cut."""
    end = _last_word(sent)
    drop: set[int] = set()
    tokens = tokens_of(sent.doc)
    if "opening" in kinds:
        drop.update(_opening_clause(sent))
    if "participle" in kinds or "attribution" in kinds:
        drop.update(_closing_phrase(sent, end, kinds))
    if "attribution" in kinds or "finding" in kinds:
        drop.update(_attribution(sent, end, any_verb="finding" in kinds))
    for token in tokens[sent.start : sent.end]:
        if "appositive" in kinds and _is_appositive_aside(token, sent):
            first, last = extent(token)
            drop.update(range(first - 1, last + 1))
            # "Jo Ames, 22, a student, has ...": the comma after the cut closes the one-word
            # aside (an age) before it too.
            after_age = first - 3 >= sent.start and tokens[first - 3].text == ","
            if tokens[last + 1].text == "," and not after_age:
                drop.add(last + 1)
    if "relative" in kinds:
        drop.update(relative_clauses(sent, defining="defining" in kinds))
    if "conjunct" in kinds:
        drop.update(_second_clause(sent, end))
    if "trailing" in kinds:
        drop.update(_trailing_clause(sent, end))
    if "closing" in kinds:
        drop.update(closing_modifier(sent, end))
    if "aside" in kinds:
        drop.update(_parentheses(sent))
    return drop


def _opening_clause(sent: Span) -> range:
    """ "As she waits for the vote, Mayor Ann Vell will ..." -> "Mayor Ann Vell will ..." """
    root = sent.root
    tokens = tokens_of(sent.doc)
    for child in root.children:
        first, last = extent(child)
        if first != sent.start or child.i > root.i or last == first:
            continue
        opener = child.dep_ in ("advcl", "prep", "npadvmod", "advmod") or (
            child.dep_ == "ccomp" and tokens[first].lower_ in _TIME_WORDS
        )  # "As the ship waited, officials ..." can be parsed as a clausal complement
        if opener and tokens[last + 1].text == "," and _has_subject(root, last):
            if ends_in_a_state(tokens[_last_word(sent)]):
                return range(0)  # "When she left, her fans were left reeling.": why is here
            if not _says_something_after(root):
                # "Detaining suspects breaks the law, the court has ruled.": the opener the
                # parser saw is what the verb reports, and the clause without it says nothing.
                return range(0)
            if _dated_event(child) and any(
                _YEAR.fullmatch(t.text) and t.ent_type_ == "DATE" for t in tokens[first : last + 1]
            ):
                # "When Ann Vell moved there in 1962, there were four buses an hour": the
                # year is when the clause holds; without it the summary says it holds now.
                # A date alone ("On May 28, 2014,") is the story's day: it goes.
                return range(0)
            return range(first, last + 2)
    return range(0)


def _dated_event(opener: Token) -> bool:
    """Whether an opener tells an event ("When Ann Vell moved there", "After the flood of
    2007"), not only a date ("On May 28, 2014")."""
    if opener.dep_ == "advcl":
        return True
    objects = [c for c in opener.children if c.dep_ == "pobj"]
    return opener.dep_ == "prep" and any(o.ent_type_ != "DATE" for o in objects)


def _says_something_after(verb: Token) -> bool:
    """Whether a verb has a dependent after it that is more than a time ("... said on
    Tuesday") or a mark."""
    for child in verb.children:
        if child.i < verb.i or child.dep_ == "punct":
            continue
        words = [t for t in child.subtree if t.is_alpha and t.pos_ != "ADP"]
        if any(t.ent_type_ not in ("DATE", "TIME") for t in words):
            return True
    return False


def _closing_phrase(sent: Span, end: int, kinds: Collection[str]) -> range:
    """ ", accusing her of ..." (a participle) or ", according to the agency" at the end."""
    root = sent.root
    for child in root.children:
        first, last = extent(child)
        if child.i < root.i or last < end or tokens_of(sent.doc)[first - 1].text != ",":
            continue
        participle = child.dep_ == "advcl" and child.tag_ == "VBG"
        according = child.dep_ == "prep" and child.lower_ == "according"
        if (participle and "participle" in kinds) or (according and "attribution" in kinds):
            return range(first - 1, end + 1)
    return range(0)


#: Lemmas of verbs that report a claim still contested: "..., prosecutors alleged.", "...,
#: a jury heard.". Cut off, such a tail would state the claim as fact.
_CONTESTED = frozenset({"allege", "claim", "accuse", "charge", "contend", "hear"})


def _attribution(sent: Span, end: int, *, any_verb: bool = False) -> set[int]:
    """ "The vote was lost, officials said." -> "The vote was lost." With ``any_verb``,
    also a verb outside the words of saying that ends the sentence ("..., the board has
    ruled.", "..., state radio reported."): a statement before a comma that the final
    verb takes as its own clause is what someone found, whatever the verb. A claim still
    contested keeps who makes it (`_CONTESTED`)."""
    root = sent.root
    if lemma(root) in _CONTESTED:
        return set()
    ends_on_a_finding = any_verb and root.pos_ == "VERB" and not _says_something_after(root)
    if root.lower_ not in lexicon().reporting_verbs and not ends_on_a_finding:
        return _attribution_as_conjunct(sent, end)
    content = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    speaker = [
        c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > root.i - 8
    ]  # "officials said", "it was reported"
    # "As the ship waited, officials revealed plans": a clause with a
    # conjunction, or a verb with an object, is not an attribution.
    objects = [c for c in root.children if c.dep_ in ("dobj", "dative")]
    if not content or not speaker or objects or _has_mark(content[0]):
        return set()
    first, last = extent(content[0])
    doc = sent.doc
    tokens = tokens_of(doc)
    if tokens[last].text == "," and last > first:
        last -= 1  # the parser may hang the comma before the speaker on the last word said
    if first != sent.start or last + 1 >= end or tokens[last + 1].text != ",":
        return set()
    if tokens[first].text in QUOTE_MARKS:
        return set()  # a quotation keeps its speaker: a bare quote is no point (key_points)
    drop = set(range(last + 1, end + 1))
    if tokens[last + 2].text in DOUBLE_MARKS and not tokens[last + 1].whitespace_:
        drop.discard(last + 2)  # 'and "none was hurt," he said' keeps its closing mark
    return drop


def _attribution_as_conjunct(sent: Span, end: int) -> set[int]:
    """ "Kelby will fund ten clinics, Health Minister Ann Vell announced Tuesday.": the
    parser may hang the attribution on the main verb as a second clause after a bare comma;
    a verb of saying with its own subject and nothing it says after it is the attribution."""
    doc = sent.doc
    tokens = tokens_of(doc)
    for verb in sent.root.children:
        if verb.dep_ != "conj" or verb.lower_ not in lexicon().reporting_verbs:
            continue
        if lemma(verb) in _CONTESTED:
            continue
        first, last = extent(verb)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        said = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "ccomp", "cc")]
        joined = any(c.dep_ == "cc" for c in verb.children) or tokens[first - 1].text != ","
        if last >= end and subjects and not said and not joined:
            return set(range(first - 1, end + 1))
    return set()


def _trailing_clause(sent: Span, end: int) -> range:
    """A closing "when/after ..." clause: "X left after he said ..." -> "X left"."""
    doc = sent.doc
    tokens = tokens_of(doc)
    for token in tokens_in(sent):
        first, last = extent(token)
        if last < end or first - sent.start < MIN_MAIN_CLAUSE_TOKENS:
            continue
        if tokens[first].lower_ not in _TIME_WORDS:
            continue
        clause = token.dep_ == "advcl" and tokens[first].dep_ == "mark"
        phrase = token.dep_ == "prep" and any(c.dep_ == "pcomp" for c in token.children)
        if cut_leaves_a_state(doc, first):
            return range(0)  # "X was left horrified after ...": the clause says what happened
        if clause or phrase:
            return range(first - (tokens[first - 1].text == ","), end + 1)
    return range(0)


def _second_clause(sent: Span, end: int) -> range:
    """ "X welcomed the plan but admitted it was late." -> "X welcomed the plan." """
    doc, root = sent.doc, sent.root
    tokens = tokens_of(doc)
    for child in root.children:
        if child.dep_ != "conj" or child.i < root.i or child.pos_ not in ("VERB", "AUX"):
            continue
        first, last = extent(child)
        if last < end:
            continue
        links = [c.i for c in root.children if c.dep_ == "cc" and root.i < c.i < first]
        # the "and" may hang on the second clause or, misparsed, on a word before it
        links += [i for i in (first - 1, first) if tokens[i].dep_ == "cc" and i > root.i]
        if not links:
            continue  # no "and"/"but": a comma the parser took for one ("as X, slowly, did")
        start = links[-1] - (tokens[links[-1] - 1].text == ",")
        if start - sent.start >= MIN_MAIN_CLAUSE_TOKENS:
            return range(start, end + 1)
    return range(0)


def _has_mark(clause: Token) -> bool:
    return any(c.dep_ == "mark" for c in clause.children)


def _has_subject(root: Token, after: int) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > after for c in root.children)


def _is_appositive_aside(token: Token, sent: Span) -> bool:
    """An appositive set off by commas ("Virgin, a venture capital group, is ...")."""
    if token.dep_ != "appos":
        return False
    first, last = extent(token)
    doc = sent.doc
    tokens = tokens_of(doc)
    if first - 1 < sent.start or tokens[first - 1].text != ",":
        return False
    if last + 1 >= sent.end or tokens[last + 1].text not in (",", ".", "!"):
        return False
    words = tokens[first : last + 1]
    # Ages, dates and places ("Kelby, Dorset") are what a reader wants to keep.
    if any(t.like_num or t.ent_type_ in ("GPE", "LOC", "DATE") for t in words):
        return False
    return not all(t.pos_ in ("PROPN", "PUNCT") for t in words)


def _parentheses(sent: Span) -> set[int]:
    drop: set[int] = set()
    opened: int | None = None
    for token in tokens_in(sent):
        if token.text == "(":
            opened = token.i
        elif token.text == ")" and opened is not None:
            if token.i - opened <= MAX_ASIDE_TOKENS:
                drop.update(range(opened, token.i + 1))
            opened = None
    return drop


def _inside_quote(tokens: Span) -> bool:
    """Whether a quotation opened in these tokens is still open at their end. A single
    mark opens before a word ("the phrase 'heavy"), and one after a word closes or is an
    apostrophe ("Foxes' Lair")."""
    words = tokens_in(tokens)
    if _double_marks(words) % 2:
        return True
    depth = 0
    every = tokens_of(tokens.doc)
    for token in words:
        if token.text in ("'", "\u2018", "\u2019"):
            after_space = token.i == tokens.start or bool(every[token.i - 1].whitespace_)
            if after_space and not token.whitespace_:
                depth += 1
            elif not after_space:
                depth = max(0, depth - 1)
    return depth > 0


def _words_cut(sent: Span, drop: set[int]) -> list[int]:
    """The first token of each run of dropped tokens that holds a word."""
    doc = sent.doc
    tokens = tokens_of(doc)
    starts = [i for i in sorted(drop) if i - 1 not in drop]
    runs = [range(i, next(j for j in range(i, sent.end + 1) if j not in drop)) for i in starts]
    return [run.start for run in runs if not all(tokens[j].is_punct for j in run)]


def _double_marks(tokens: Iterable[Token]) -> int:
    return sum(t.text in DOUBLE_MARKS for t in tokens)


def _strands_a_word(kept: list[Token], drop: set[int]) -> bool:
    """Whether the cut took what the last word kept needs after it: "put off a vote on."
    (the parser read "on later start times" as a clause) has lost a preposition's object."""
    words = [t for t in kept if not (t.is_punct or t.is_space)]
    if not words:
        return False
    return (words[-1].tag_ in _NEEDS_WHAT_FOLLOWS and words[-1].i + 1 in drop) or (
        strands_a_measure(words[-1], drop)  # "up to six years." without "before ..."
        or strands_a_focus_word(words[-1], drop)  # "handed it straight." without "to ..."
    )


def cut(sent: Span, kinds: Collection[str]) -> str | None:
    """The sentence without the parts named by ``kinds``, or None if nothing is cut."""
    drop = cuts(sent, kinds)
    if not drop:
        return None
    if any(_inside_quote(sent.doc[sent.start : i]) for i in _words_cut(sent, drop)):
        return None  # words inside a quotation are the speaker's: they stay whole
    tokens = tokens_of(sent.doc)
    kept = [t for t in tokens[sent.start : sent.end] if t.i not in drop]
    if sum(tokens[i].text in QUOTE_MARKS for i in drop) % 2:
        # An opening mark went with the cut: its closing mark goes too.
        for token in reversed(kept):
            if token.text in QUOTE_MARKS and token.i > max(drop):
                kept.remove(token)
                break
    if _double_marks(kept) % 2 != _double_marks(tokens[sent.start : sent.end]) % 2:
        return None  # the cut would split a quotation
    words = [t for t in kept if not (t.is_punct or t.is_space)]
    if words and words[-1].pos_ == "CCONJ":
        kept = [t for t in kept if t.i < words[-1].i - (tokens[words[-1].i - 1].text == ",")] + [
            t for t in kept if t.i > words[-1].i
        ]  # "..., but." has lost its second clause: the link goes too
    if len(kept) < MIN_CUT_TOKENS or _strands_a_word(kept, drop):
        return None
    if subordinate_only(sent, {t.i for t in kept}):
        return None  # "When Jo Ames was a nurse." has lost its main clause
    parts = []
    for token in kept:
        parts.append(token.text + (" " if token.whitespace_ or token.i + 1 in drop else ""))
    text = re.sub(r"\s+([,.!])", r"\1", " ".join("".join(parts).split()))
    text = re.sub(r'\s+(["\u201d])([.!])$', r"\1\2", text)  # 'hurt ".' -> 'hurt".'
    text = re.sub(r"\s*(?:--|[-\u2013\u2014])\s*([.!])$", r"\1", text)  # "armchairs -."
    text = tidy(text.replace(",.", ".").replace(",,", ","))
    return text[:1].upper() + text[1:]
