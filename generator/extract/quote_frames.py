"""Words other than verbs of saying that frame a quote as someone's words.

British copy quotes a few words inside a sentence that judges or reports:
"Ames billed the lorry as ‘the finest on the road’", "the board found ‘serious
failings’", "in his letter, Ames spoke of ‘deep regret’". The subject of such a
verb chose the quoted words, as the subject of "described ... as" does, so the
verb attributes the fragment as a verb of saying would. Only the verb's own
complement counts: a quote in a clause that describes something else ("found a
man who was ‘badly hurt’") is not the finder's words, and a verb with no subject
of its own ("was billed as") names nobody.

A noun of speech frames the quote its own clause holds as its owner's words,
whoever reports them: "X responded to Lee's claim that ‘...’" (`speech_owner`).

Two frames the parser hangs wrongly: a saying participle after a 'that' clause about a
thing (`teller_past_thing`) and a saying verb inside a who/whose clause left open
(`unclosed_relative_owner`); `speaker_subjects.subject_of` asks both.

A clause that introduces a quote with a colon or a dash frames it as its subject's words
(`colon_subject`, `dash_subject`), and so does a clause that names where it was said but
leaves its verb out (`verbless_source`). A name the one it describes gave itself ("Lee, a
self-styled ‘friend of the river’") is that one's words (`self_styled`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from generator.extract.lexicon import lexicon
from generator.extract.nlp import text_of
from generator.extract.quote_lemmas import lemma
from generator.extract.quote_marks import ALL_MARKS, Quote
from generator.extract.role_phrases import person_noun
from generator.extract.speech import (
    DASHES,
    PRONOUNS,
    SUBJECT_DEPS,
    Sentences,
    in_any,
    is_role_noun,
    words,
)

#: Verbs whose "of" phrase is what was said or written: "spoke of ‘deep regret’".
SPEAKING_OF = frozenset(["speak", "talk", "write"])
#: Verbs of finding and ruling whose object or clause is the finding, in its finder's words.
FINDING = frozenset(["find", "rule", "deem", "conclude", "judge"])
#: Clauses that describe a noun: what they hold is not said by the verb above them.
NOUN_CLAUSE_DEPS = frozenset(["relcl", "acl"])
#: Words of a clause that describes a noun or an event rather than completing the verb.
DESCRIBING_DEPS = NOUN_CLAUSE_DEPS | {"advcl", "appos"}


def frames_quote(verb: Token, quote: Quote) -> bool:
    """Whether a verb with a subject of its own frames the quote as that subject's words:
    "X billed/regarded Y as ‘...’", "X spoke of ‘...’", "X found ‘...’"."""
    if verb.pos_ != "VERB" or in_any(verb, quote):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not in_any(c, quote)]
    if not subjects or not _names_its_source(subjects[0]):
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and _holds(child, quote):
            # "billed the truck as ‘...’": the subject characterises its object.
            return any(c.dep_ == "dobj" for c in verb.children)
    verb_lemma = lemma(verb)
    if verb_lemma in SPEAKING_OF:
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and _holds(c, quote) for c in verb.children
        )
    if verb_lemma in FINDING:
        return any(c.dep_ in ("dobj", "ccomp", "oprd") and _holds(c, quote) for c in verb.children)
    return False


def _names_its_source(subject: Token) -> bool:
    """Whether a subject names who framed the words: a name, a relative pronoun standing
    for one, a body ("the party"), or a writing ("a report by the Water Board found"),
    whose writer the speaker search reads from its phrase or its issuer; a writing with
    none gives nobody. A "he" or a role noun is left to verbs of saying: read through a
    sentence that only judges, it lands on the wrong person too often."""
    return (
        subject.pos_ == "PROPN"
        or subject.tag_ in ("WP", "WDT")
        or subject.lower_ in words().organization_nouns
        or subject.lower_ in words().document_nouns
    )


def _holds(head: Token, quote: Quote) -> bool:
    """Whether the quote's words hang from ``head`` through complements only, not
    through a clause describing a noun on the way."""
    for token in head.subtree:
        if not in_any(token, quote) or token.is_punct:
            continue
        walker = token
        while walker.i != head.i:
            if walker.dep_ in DESCRIBING_DEPS and not in_any(walker.head, quote):
                break
            walker = walker.head
        else:
            return True
    return False


#: Nouns of speech whose owner said what they hold: "Lee's claim that ‘...’".
SPEECH_NOUNS = frozenset(
    [
        *("claim", "claims", "promise", "promises", "pledge", "pledges", "call", "calls"),
        *("warning", "warnings", "suggestion", "suggestions", "accusation", "accusations"),
        *("insistence", "remark", "remarks", "comment", "comments", "plea", "vow"),
        *("assertion", "boast", "admission", "threat", "threats", "jibe", "insult"),
    ]
)


def speech_owner(quote: Quote, doc: Doc, reports: Callable[[Token], bool]) -> Token | None:
    """Who owns the noun of speech that holds the quote: "responded to Lee's claims that he
    ‘loves dogs’", "a call by Lee to publish the ‘full text’", "claims from Lee that ...".
    The words are the owner's, whoever reports them; the search stops at a verb of the
    clause that is not a noun's own (a quote a verb holds is that verb's business)."""
    first, last = quote.parts[0][0], quote.parts[-1][1]
    span = doc.char_span(first, last, alignment_mode="expand")
    if span is None:
        return None
    tops = [t for t in span if not in_any(t.head, quote) or t.head.i == t.i]
    if not tops:
        return None
    below = tops[0]
    for ancestor in tops[0].ancestors:
        if in_any(ancestor, quote):
            below = ancestor
            continue
        if ancestor.pos_ in ("VERB", "AUX"):
            if reports(ancestor) or ancestor.dep_ not in NOUN_CLAUSE_DEPS:
                return None
            below = ancestor
            continue
        if ancestor.lower_ in SPEECH_NOUNS:
            # Only what the noun says, in its own clause ("Lee's claim that ..."), is Lee's.
            if below.dep_ not in NOUN_CLAUSE_DEPS:
                return None  # "welcomed Lee's pledge as a ‘good start’": words about it
            for child in ancestor.children:
                if child.dep_ == "poss":
                    return child
                if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                    return next((c for c in child.children if c.dep_ == "pobj"), None)
            return None
    return None


def teller_past_thing(verb: Token) -> Token | None:
    """The one a comma-set participle closing a 'that' clause about a thing describes.

    "Ann Lee was angry that the bells rang, saying: '...'": the parser hangs the
    participle on the inner verb, whose subject (the bells) cannot speak; the one
    who says is the subject of the verb the clause hangs on, active or passive.
    """
    head = verb.head
    if not (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and head.dep_ == "ccomp"
        and head.pos_ in ("VERB", "AUX")
    ):
        return None
    inner = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(inner) != 1 or not _a_thing(inner[0]):
        return None
    outer = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(outer) != 1 or not (outer[0].ent_type_ == "PERSON" or outer[0].lower_ in PRONOUNS):
        return None
    return outer[0]


def unclosed_relative_owner(verb: Token) -> Token | None:
    """The person a 'who'/'whose' clause describes, when the saying verb fell inside it.

    "Ann Lee, whose son was kept out after staff suspected a fever said: '...'": with no
    comma to close the clause, the parser reads 'a fever' as the one who said; the
    verb belongs to the name the clause opened on (that the parse left without a verb).
    Only a verb nested in a verb of the clause, with no person for subject, is taken.
    """
    clause = verb
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    name = clause.head
    if (
        clause.dep_ == "relcl"
        and clause.i != verb.i  # "X, whose lawyer said": the lawyer says
        and verb.dep_ == "ccomp"
        and clause.left_edge.lower_ in ("who", "whose")
        and name.ent_type_ == "PERSON"
        and name.dep_ in ("ROOT", "nsubj")
        and name.i + 1 < len(name.doc)
        and name.doc[name.i + 1].text == ","
    ):
        return name
    return None


def _a_thing(noun: Token) -> bool:
    """Whether a subject is a common noun that names no person or body of people."""
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and not person_noun(noun.lower_)
        and not is_role_noun(noun, lexicon())
    )


def colon_subject(sentences: Sentences, quote: Quote) -> Token | None:
    """The subject of the clause that ends in a colon before the quote, if any."""
    first = quote.parts[0][0]
    text = sentences.text
    lead = text[max(0, first - 4) : first].rstrip(" " + ALL_MARKS)
    if not lead.endswith(":"):
        return None
    sent = sentences.spans[sentences.index_at(max(0, first - 2))]
    colon = next((t for t in reversed(sent) if t.text == ":" and t.idx < first), None)
    if colon is None:
        return None
    # A parse run on from the paragraph before ("'...' / Lee was blunt: '...'") may hang
    # the colon there: only the colon's own paragraph has its subject.
    paragraph = text.rfind("\n\n", 0, colon.idx)
    head = colon.head
    while head.dep_ not in ("ROOT",) and head.head != head and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    subjects = [c for c in head.children if c.dep_ == "nsubj" and paragraph < c.idx < colon.idx]
    if subjects:
        return _alone_before(subjects[0], colon)
    # The parser may hang the clause before the colon on the quote's verb:
    # climb from the word before the colon while its heads stay before it.
    token = sentences.doc[colon.i - 1] if colon.i > sent.start else colon
    while paragraph < token.idx and token.i < colon.i:
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < colon.i]
        if subjects:
            return _alone_before(subjects[0], colon)
        if token.head.i == token.i:
            break
        token = token.head
    return None


def _alone_before(subject: Token, colon: Token) -> Token | None:
    """The subject, unless the clause names another person between it and the colon: in
    "Kay shut the office, leading Ann Lee to put up a notice with the words: '...'" the
    words are Ann Lee's, whatever the parse made the subject."""
    phrase = {t.i for t in subject.subtree}
    between = subject.doc[subject.i + 1 : colon.i]
    others = any(t.ent_type_ == "PERSON" and t.i not in phrase for t in between)
    return None if others else subject


def dash_subject(sentences: Sentences, quote: Quote) -> Token | None:
    """The main subject of a sentence that sets the quote off with a dash.

    "He left school at 15 -- 'I was no good at sums.'": an aside in the
    subject's own words.
    """
    first = quote.parts[0][0]
    lead = sentences.text[max(0, first - 4) : first].rstrip(" " + ALL_MARKS)
    if not lead.endswith(DASHES):
        return None
    sent = sentences.spans[sentences.index_at(max(0, first - 2))]
    subjects = [
        t
        for t in sent
        if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT" and t.idx < first and t.head.idx < first
    ]
    return subjects[0] if len(subjects) == 1 else None


#: Where words were said, in a source clause that left its verb out.
SOURCE_NOUNS = frozenset(["statement", "post", "tweet", "email", "interview", "letter"])
#: Most words before "in a statement" in a source clause with no verb ("the firm in ...").
MAX_SOURCE_WORDS = 4


def verbless_source(sentences: Sentences, quote: Quote) -> Token | None:
    """The noun of a clause with no verb after a quote that names where it was said
    ("'...,' the firm in a statement."): a source whose verb of saying was left out."""
    doc = sentences.doc
    end = quote.parts[-1][1]
    stop = sentences.text.find("\n", end)
    tail = doc.char_span(end, len(sentences.text) if stop < 0 else stop, alignment_mode="expand")
    if tail is None:
        return None
    words = [t for t in tail if not t.is_space and t.text not in ALL_MARKS]
    if words and words[0].text == ",":
        words = words[1:]
    cut = next((i for i, t in enumerate(words) if t.text in (".", "!", "?", ";")), len(words))
    words = words[:cut]
    at = next((i for i, t in enumerate(words) if t.lower_ == "in"), -1)
    if at < 1 or at + 2 >= len(words) or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    if words[at + 1].lower_ not in ("a", "an", "the") or words[at + 2].lower_ not in SOURCE_NOUNS:
        return None
    source = words[at - 1]
    return source if source.pos_ in ("NOUN", "PROPN") and at <= MAX_SOURCE_WORDS else None


#: "self-styled", "self-described" ...: a name that the one it describes chose.
_SELF_NAMED = re.compile(r"\bself-(?:styled|described|proclaimed|declared|confessed)\W*$", re.I)


def self_styled(doc: Doc, quote: Quote) -> Token | None:
    """Whom a quoted name after "self-styled" describes, the one who gave it: the noun the
    phrase stands in apposition to ("Lee, a self-styled ‘friend of the river’, said"), the
    subject it opens the sentence ahead of ("Ever the self-described ‘keeper of the old
    ways’, Lee ..."), or the subject it is said of ("Lee is a self-described ‘night owl’")."""
    first, last = quote.parts[0][0], quote.parts[-1][1]
    if not _SELF_NAMED.search(text_of(doc)[max(0, first - 24) : first]):
        return None
    span = doc.char_span(first, last, alignment_mode="expand")
    if span is None:
        return None
    phrase = span.root
    while in_any(phrase.head, quote) and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.head.lower_.startswith("self") or phrase.head.text == "-":
        phrase = phrase.head  # the parser made "self-styled" the head of the name
    if phrase.dep_ == "appos":
        return phrase.head
    if phrase.dep_ in SUBJECT_DEPS:
        # "Ever the self-styled ‘keeper of ...’, Lee turned ...": the verb got two subjects.
        later = [c for c in phrase.head.children if c.dep_ in SUBJECT_DEPS and c.i > phrase.i]
        return later[0] if len(later) == 1 else None
    if phrase.dep_ in ("attr", "oprd"):
        subjects = [c for c in phrase.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subjects[0] if len(subjects) == 1 else None
    return None
