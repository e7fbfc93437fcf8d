"""Whose words a phrase "in his words" or "in the words of Lee" says a quote is.

"The plan was, in his words, ‘a betrayal of the town’" gives the quote to the one
the phrase names, though no verb of saying stands near it. Only a phrase in the
clause that holds the quote counts ("in other words" names nobody), and the owner
is a possessive ("his", "Lee's") or the object of "of" ("in the words of Lee").
A quote that is the subject of "is the verdict of Lee" ("'...,' was the blunt view of
Lee") is Lee's words too: the noun after "the" names a judgement spoken. So is a quote
that a sentence about Lee's judgement leads into ("His advice was blunt: '...'", "Lee's
reply was warm: '...'"): the owner of the judgement speaks (`judgement_owner`).
A quote followed by an inverted "So says Lee, a ..." is Lee's as well, and so is one followed
by a sentence saying where the judgement came from ("The warning came from Lee, ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.nlp import text_of
from generator.extract.quote_lemmas import lemma
from generator.extract.quote_marks import Quote
from generator.extract.speech import in_any

#: The nouns of "in his words", "in her own phrase".
WORDS_NOUNS = frozenset(["words", "phrase"])
#: Nouns of a spoken judgement that a quote can be said to be ("'...' is the verdict of").
VERDICT_NOUNS = frozenset(
    [
        "verdict",
        "assessment",
        "view",
        "opinion",
        "judgement",
        "judgment",
        "conclusion",
        "response",
        "reaction",
        "reply",
        "answer",
        "advice",
        "warning",
        "message",
    ]
)
#: Judgements that answer words rather than being them: "'...?' / The reply came from Lee"
#: is Lee answering the quote, not saying it.
ANSWER_NOUNS = frozenset(["response", "reaction", "reply", "answer"])
#: Words that open a sentence pointing back at the quote before ("That was the view of").
POINTING_BACK = frozenset(["that", "this", "such", "those", "these"])
#: Verbs of an inverted "So says Lee" after a quote, which gives the quote to Lee.
SO_SAYING = frozenset(["say", "write", "claim", "insist", "argue"])
#: Most describing words between "the" and the judgement's noun ("the dry, weary view").
MAX_VERDICT_MODIFIERS = 3


def words_owner(doc: Doc, quote: Quote) -> Token | None:
    """The owner named by an "in X's words" phrase of the clause that holds the quote:
    the possessive ("his", "Lee's") or the noun after "of" ("in the words of Lee")."""
    first, last = quote.parts[0][0], quote.parts[-1][1]
    span = doc.char_span(first, last, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    verdict = _verdict_owner(doc, last) or _so_says_owner(doc, last) or _came_from_owner(doc, last)
    if verdict is not None:
        return verdict
    for noun in sent:
        if noun.lower_ not in WORDS_NOUNS or in_any(noun, quote):
            continue
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or not _holds_quote(_clause(prep), quote):
            continue
        for child in noun.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def judgement_owner(noun: Token) -> Token | None:
    """The possessive ("her", "Lee's") of a noun of a spoken judgement ("message", "reply"),
    whose owner spoke it; None for any other noun or one that no one owns."""
    if noun.lower_ not in VERDICT_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _clause(prep: Token) -> Token:
    """The clause an "in X's words" phrase belongs to: its head, or the verb of the subject
    the parser hung it on ("Ann, in Lee's words, was ‘...’" is said of the clause)."""
    head = prep.head
    return head.head if head.dep_ in ("nsubj", "nsubjpass") else head


def _holds_quote(clause: Token, quote: Quote) -> bool:
    """Whether the quote's words hang from ``clause``: the phrase and the quote share it."""
    return any(in_any(t, quote) and not t.is_punct for t in clause.subtree)


def _verdict_owner(doc: Doc, end: int) -> Token | None:
    """The noun after "of" when the words right after a quote ending at ``end`` say it is
    someone's judgement: "'...,' is the blunt view of Ann Lee" and "'...' That was the
    view of Ann Lee" give "Lee"."""
    after = doc.char_span(end, len(text_of(doc)), alignment_mode="expand")
    if after is None:
        return None
    words = [t for t in after[:13] if not (t.is_punct or t.is_space)]
    nouns = VERDICT_NOUNS
    if words and words[0].lower_ in POINTING_BACK:
        # "'...' That was the verdict of Lee, who ...": the next sentence points back at
        # the quote; "Those were the words of Lee" too.
        words, nouns = words[1:], VERDICT_NOUNS | WORDS_NOUNS
    if len(words) < 4 or words[0].lemma_ != "be" or words[1].lower_ != "the":
        return None
    at = 2
    while at < len(words) and at - 2 < MAX_VERDICT_MODIFIERS and words[at].pos_ == "ADJ":
        at += 1
    if at + 2 >= len(words) or words[at].lower_ not in nouns:
        return None
    if words[at + 1].lower_ != "of":
        return None
    owner = next((c for c in words[at + 1].children if c.dep_ == "pobj"), None)
    return owner if owner is not None and owner.pos_ in ("NOUN", "PROPN") else None


def _so_says_owner(doc: Doc, end: int) -> Token | None:
    """The subject of an inverted "So says Lee" (or "Or so says Lee") right after a quote
    ending at ``end``: "so" points back at the words, and the subject after the verb
    said them, however long the sentence that describes her goes on."""
    after = doc.char_span(end, len(text_of(doc)), alignment_mode="expand")
    if after is None:
        return None
    # the closing mark and a paragraph break ("'...' / So said Lee") are no words
    words = [t for t in after[:8] if not (t.is_punct or t.is_space)][:4]
    if words and words[0].lower_ == "or":
        words = words[1:]
    if len(words) < 3 or words[0].lower_ != "so" or lemma(words[1]) not in SO_SAYING:
        return None
    verb = words[1]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    return subjects[0] if subjects and subjects[0].pos_ in ("NOUN", "PROPN") else None


def _came_from_owner(doc: Doc, end: int) -> Token | None:
    """The noun after "from" when the sentence right after a quote ending at ``end`` says
    where a judgement came from: "'...' / The warning came from Ann Lee, ..." gives "Lee";
    "the" or a word pointing back ("That plea came from") opens it."""
    after = doc.char_span(end, len(text_of(doc)), alignment_mode="expand")
    if after is None:
        return None
    words = [t for t in after[:16] if not (t.is_punct or t.is_space)]
    if len(words) < 4 or words[0].lower_ not in POINTING_BACK | {"the"}:
        return None
    at = 1
    while at < len(words) and at - 1 < MAX_VERDICT_MODIFIERS and words[at].pos_ == "ADJ":
        at += 1
    if at + 3 > len(words) or words[at].lower_ not in (VERDICT_NOUNS - ANSWER_NOUNS) | WORDS_NOUNS:
        return None
    verb, prep = words[at + 1], words[at + 2]
    if lemma(verb) != "come" or prep.lower_ != "from" or prep.head.i != verb.i:
        return None
    owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return owner if owner is not None and owner.pos_ in ("NOUN", "PROPN") else None
