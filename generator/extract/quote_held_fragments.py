"""Short quotes that a verb of saying holds as what it says, from a voice no entity names.

"Two harbour pilots said the berth was ‘plainly unsafe’", "a spokesman said the works
had ‘hit bedrock’": a quote too short to stand alone is the words of the verb's subject
when three things hold. The verb is one of saying or judging proper (`SAYING_PROPER`);
the quote is what the verb says or judges, by the parse: its object, its complement or a
word of the clause it reports, reached from the verb through those links alone, never
through a subject or a modifier of a noun ("teachers at ‘crammer schools’ said", "the
‘new rules’ mean"); and the subject is a common noun before the verb that names nobody
in particular: a plural group or an unnamed spokesman or source ("bakers", "a source").
Words the writer sets in marks stay scare quotes: a quote after "the", "so-called",
"dubbed" or "termed"; one held by a verb of believing or doing; one whose subject is a
pronoun, a name, a body or a definite role ("the board said", "the warden said"), since
those are someone the speaker search should name and no speaker would be wrong.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quote_lemmas import lemma
from generator.extract.quote_marks import ALL_MARKS, Quote
from generator.extract.speaker_mentions import organization_noun
from generator.extract.speaker_subjects import subject_of
from generator.extract.speakers import Attribution
from generator.extract.speech import in_any, words

__all__ = ["SAYING_PROPER", "held_fragments"]

#: Verbs whose object is what the subject says or judges, by lemma.
SAYING_PROPER = frozenset(
    [
        "say",
        "tell",
        "call",
        "describe",
        "label",
        "brand",
        "accuse",
        "insist",
        "urge",
        "warn",
        "admit",
        "criticise",
        "criticize",
        "condemn",
        "vow",
    ]
)
#: Links from a word up to its head by which the word is part of what a verb says:
#: objects, complements, prepositions and their objects ("accused X of ‘...’").
_SAID_LINKS = frozenset(
    ["dobj", "oprd", "attr", "acomp", "ccomp", "xcomp", "prep", "pobj", "pcomp", "advmod"]
)
#: Parts of speech of a noun whose prepositional phrase only qualifies it.
_NOUNS = frozenset(["NOUN", "PROPN", "PRON"])
#: Words before a quote that make it the writer's term ("the ‘...’", "so-called ‘...’").
_SCARE_BEFORE = (" the", "so-called", " dubbed", " termed")
#: Determiners of a subject that names nobody in particular ("a source", "one officer").
_INDEFINITE = frozenset(["a", "an", "one", "another", "some", "several", "many", "two", "three"])


def held_fragments(search: Attribution, fragments: list[Quote]) -> list[Quote]:
    """The fragments (none attributed so far) that a verb of saying proper holds as what
    it says, with an unnamed noun subject before it, each left with no speaker."""
    kept = []
    for fragment in fragments:
        holding = [
            verb
            for verb in search.reporting_verbs(fragment)
            if any(in_any(t, fragment) for t in verb.subtree)
        ]
        if not holding or lemma(holding[0]) not in SAYING_PROPER:
            continue
        verb = holding[0]
        words = _words(search, fragment)
        if not words or _scare_quoted(words[0]) or not _said_by(words, verb):
            continue
        if lemma(verb) == "call" and words[0].lower_ == "the":
            continue  # "residents call the road ‘the mile’": a name, not a judgement
        subject = subject_of(verb, fragment, search.quoted)
        if subject is not None and subject.i < verb.i and _unnamed_voice(subject):
            fragment.speaker = None
            kept.append(fragment)
    return kept


def _words(search: Attribution, fragment: Quote) -> list[Token]:
    """The fragment's words in the parse (a one-part quote; a split one gives none)."""
    if len(fragment.parts) != 1:
        return []
    start, end = fragment.parts[0]
    span = search.sentences.doc.char_span(start, end, alignment_mode="expand")
    return [] if span is None else [t for t in span if not t.is_punct]


def _scare_quoted(first: Token) -> bool:
    """Whether the word before the quote's marks makes the quote the writer's term."""
    before = first.doc.text[max(0, first.idx - 20) : first.idx].rstrip(ALL_MARKS + " ").lower()
    return before.endswith(_SCARE_BEFORE)


def _said_by(words: list[Token], verb: Token) -> bool:
    """Whether the fragment's head reaches the verb by links of what is said alone."""
    inside = {t.i for t in words}
    heads = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    if len(heads) != 1:
        return False
    token = heads[0]
    while token.i != verb.i:
        if token.dep_ not in _SAID_LINKS or token.head.i == token.i:
            return False
        if token.dep_ == "prep" and _qualifies(token.head, verb):
            return False  # "an example of ‘...’": the words qualify a noun of the writer's
        token = token.head
    return True


def _qualifies(noun: Token, verb: Token) -> bool:
    """Whether a preposition's head is a noun it qualifies, not the verb's own object that
    the parser hung it on ("accused the mill of ‘...’" is an accusation of the mill)."""
    return noun.pos_ in _NOUNS and not (noun.dep_ == "dobj" and noun.head.i == verb.i)


def _unnamed_voice(subject: Token) -> bool:
    """Whether a subject is a common noun that names nobody in particular: a plural
    group ("bakers", "some residents") or an unnamed spokesman or source ("a source").
    "The board" or "its chairman" is someone the story names, and so may be "a leading
    surgeon" or "one professor", whom the writer often names further on."""
    if subject.pos_ != "NOUN" or organization_noun(subject):
        return False
    dets = [c for c in subject.children if c.dep_ in ("det", "poss", "nummod")]
    if any(c.lower_ not in _INDEFINITE for c in dets):
        return False
    return subject.tag_ == "NNS" or (bool(dets) and subject.lower_ in words().unnamed_roles)
