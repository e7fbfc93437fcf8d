"""Who put out a writing that speaks: "Acme issued a statement saying '...'".

A writing that news quotes as speaking ("the statement said", "a letter
saying") speaks for whoever issued it. When the writing's own phrase names no
writer ("Acme's statement", "a report by Acme": `Mentions.author`), the clause
it stands in may: the subject of the verb that issued it. "The statement
added: '...'" then refers back to the latest such writing issued before it.
Verbs that only receive or cite a writing ("obtained", "seen", "quoted") name
no writer. A definite writing quoted before news says whose it is ("'...,' the
letter read. The letters were sent by Acme") is the one the next writing noun
after it, in the same or the next ISSUED_AFTER paragraphs, issued.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from generator.extract.quote_lemmas import lemma
from generator.extract.speech import definite, passive_agent, words

#: Verbs by which someone puts a writing out, by lemma.
ISSUING_VERBS = frozenset(
    [
        *("issue", "release", "put", "post", "share", "publish", "send", "write", "pen"),
        *("file", "sign", "submit", "circulate", "make", "email", "e-mail", "mail", "provide"),
    ]
)
#: Dependencies by which a quoted title is the object of its sentence.
_TITLE_DEPS = frozenset(["dobj", "pobj", "nsubjpass"])
#: Paragraphs between a definite writing noun and the mention it refers back to.
ISSUED_PARAGRAPHS = 5
#: Paragraphs after a definite writing noun's own in which a later writing noun may say
#: who issued it: news names the issuer of a writing it has just quoted at once or not at all.
ISSUED_AFTER = 2


def issuing_subject(noun: Token, reports: Callable[[Token], bool]) -> Token | None:
    """Who issued a writing noun: the subject of the verb that put it out ("Acme issued a
    statement", "the firm put out a statement"), of a verb of saying it was said in ("Acme
    alleges in its annual report", "In a statement, the group said") or the agent of a
    passive one ("a statement released by Acme"); None otherwise."""
    verb = noun.head
    said_in = noun.dep_ == "pobj" and verb.lower_ == "in" and reports(verb.head)
    put_out = noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and lemma(verb) in ISSUING_VERBS
    if said_in or put_out:
        subjects = [c for c in (verb.head if said_in else verb).children if c.dep_ == "nsubj"]
        return subjects[0] if subjects else None
    return _passive_issuer(noun)


def _passive_issuer(noun: Token) -> Token | None:
    """The agent of a passive verb that put a writing noun out ("a statement released by
    Acme", "the letters were sent by Acme"), or None."""
    passive = [noun.head] if noun.dep_ == "nsubjpass" else []
    passive += [c for c in noun.children if c.dep_ == "acl"]
    for issued in passive:
        agent = passive_agent(issued) if lemma(issued) in ISSUING_VERBS else None
        if agent is not None:
            return agent
    return None


def issued_before(
    noun: Token, text: str, quoted: Callable[[int], bool], reports: Callable[[Token], bool]
) -> Token | None:
    """For a definite writing noun ("the statement added"), the subject that issued the
    writing of the same word it refers back to: through the definite mentions before it
    ("the report notes"), each within a few paragraphs of the next, to the one that
    introduced it. None when that one names no issuer (a writer named in its phrase is
    `Mentions.author`'s)."""
    if not definite(noun) or noun.lower_ not in words().document_nouns:
        return None
    for token in same_noun_back(noun, text, quoted):
        issuer = issuing_subject(token, reports)
        if issuer is not None or not definite(token):
            return issuer
    return None


def issued_after(noun: Token, text: str, quoted: Callable[[int], bool]) -> Token | None:
    """For a definite writing noun no earlier mention explains ("'...,' the note read"),
    the agent of the passive that issued the first writing noun outside quotes after its
    sentence ("The letters were sent by Acme", "included in a guide issued by Acme"), when
    that noun is in the same paragraph or the next ISSUED_AFTER: that later mention tells
    whose the writing is. The first writing after decides, so a second writing by someone
    else is never reached."""
    if not definite(noun):
        return None
    limit = _paragraphs_on(text, noun.idx)
    for token in noun.doc[noun.sent.end :]:
        if token.idx >= limit:
            return None
        if token.pos_ == "NOUN" and not quoted(token.idx) and _writing(token):
            # Only a passive's agent: "In a post, Jo Ames wrote: '...'" is her own new writing.
            return _passive_issuer(token)
    return None


def _writing(token: Token) -> bool:
    """Whether a noun, singular or plural, is one of the writings news quotes as speaking."""
    nouns = words().document_nouns
    return token.lower_ in nouns or lemma(token) in nouns


def _paragraphs_on(text: str, at: int) -> int:
    """Where the paragraph ISSUED_AFTER after the one holding ``at`` ends."""
    end = at
    for _ in range(ISSUED_AFTER + 1):
        end = text.find("\n\n", end + 1)
        if end < 0:
            return len(text)
    return end


def same_noun_back(noun: Token, text: str, quoted: Callable[[int], bool]) -> Iterator[Token]:
    """The earlier uses of a noun's word outside quotes or as a quoted title, latest first,
    each within ISSUED_PARAGRAPHS paragraphs of the one read before it: the chain of
    mentions a definite noun ("the statement", "the committee") refers back through."""
    floor = _paragraphs_back(text, noun.idx)
    for token in reversed(noun.doc[: noun.i]):
        if token.idx < floor:
            return
        if token.lower_ != noun.lower_ or (quoted(token.idx) and not _titled(token, quoted)):
            continue
        yield token
        floor = _paragraphs_back(text, token.idx)


def _titled(token: Token, quoted: Callable[[int], bool]) -> bool:
    """Whether a quoted noun heads a title the sentence outside the quote puts out or names
    ("issued a 'Guide for New Students'"): it is the object of a word outside the quote."""
    return token.dep_ in _TITLE_DEPS and not quoted(token.head.idx)


def _paragraphs_back(text: str, at: int) -> int:
    """Where the paragraph ISSUED_PARAGRAPHS before the one holding ``at`` starts."""
    floor = at
    for _ in range(ISSUED_PARAGRAPHS + 1):
        floor = text.rfind("\n\n", 0, max(0, floor - 1))
        if floor < 0:
            return 0
    return floor


def written_by_participle(verb: Token) -> Token | None:
    """The writing a saying participle describes though the parser hung it on the clause:
    "the paper obtained a letter on Monday saying '...'" (the letter says, not the paper).
    A participle after a comma says what the clause's subject did ("discredited the book,
    adding"), a writing of someone's ("resigned his post, saying") is no writing here, and
    one its clause's subject issued is that subject's (`issuing_subject`)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or lemma(verb.head) in ISSUING_VERBS:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text == ",":
        return None
    objects = [
        c
        for c in verb.head.children
        if c.dep_ == "dobj"
        and c.i < verb.i
        and c.lower_ in words().document_nouns
        and not any(d.dep_ == "poss" for d in c.children)
    ]
    return objects[0] if objects else None
