"""Who says what a saying participle says, however the parser hung it on a noun.

"footage of Ann Lee asking '...'" (the noun), "Acme posted a letter to the paper saying '...'"
(the letter), "Lee appeared on the show calling ..." and "Lee spoke of Jo Ames, describing
..." (the clause's subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quote_lemmas import lemma
from generator.extract.role_phrases import person_noun
from generator.extract.speech import passive_agent, words

#: Verbs of perceiving whose subject, when passive, or whose object, when a person, is the
#: speaker of the saying verb they govern ("Lee was heard shouting '...'", "the film showed
#: Lee telling them"), by lemma.
PERCEIVED_VERBS = frozenset(
    ["hear", "see", "film", "record", "catch", "capture", "overhear", "show"]
)
#: Object pronouns that stand for a person ("the video showed him telling ...").
_PERSON_OBJECTS = frozenset(["him", "her", "them"])


def participle_subject(verb: Token) -> Token | None:
    """The token naming who says what a saying participle hung on a noun says."""
    if _medium(verb.head):
        # "Lee appeared on the show calling the plan '...'": Lee speaks, not the show.
        return _clause_subject(verb)
    recipient = recipient_of(verb.head)
    if recipient is not None:
        # "Acme posted a letter to the paper saying '...'": the letter says, not the paper.
        return recipient if recipient.pos_ in ("NOUN", "PROPN") else _clause_subject(verb)
    shown = _shown_by(verb.head, verb)
    if shown is not None:
        return shown  # "a shot of Ann Lee asking '...'": the parser hung it on the shot
    return verb.head if verb.head.dep_ != "conj" and not _set_off(verb) else _clause_subject(verb)


def _shown_by(noun: Token, verb: Token) -> Token | None:
    """The name in a noun's "of" phrase that ends right before a saying participle hung on
    the noun ("footage of Ann Lee saying"): the one shown speaks, not the footage. None when
    no such phrase ends in a name."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for shown in prep.children:
            if shown.dep_ == "pobj" and shown.pos_ == "PROPN" and shown.right_edge.i == verb.i - 1:
                return shown
    return None


def recipient_of(noun: Token) -> Token | None:
    """What a noun after "to" is the recipient of ("a statement to the paper", "sent it to
    the paper"): the writing noun or the verb the "to" hangs on; None for any other noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to":
        return None
    given = prep.head
    if given.pos_ == "VERB" or given.lower_ in words().document_nouns:
        return given
    return None


#: Verbs of appearing or speaking somewhere: "appeared on the show", "spoke at the dinner".
_SPOKE_IN = frozenset(["appear", "speak", "talk", "write", "post", "tweet", "testify"])


def _medium(noun: Token) -> bool:
    """Whether a noun a saying participle hangs on is where the clause's subject spoke, not
    who spoke: the object of "on", "in" or "at" under a verb of appearing or speaking
    ("appeared on the show calling ...", "spoke at the dinner telling ..."), naming no
    person. Under any other verb ("saw a sign at the station saying") the words may be
    anyone's."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("on", "in", "at")
        and prep.head.pos_ == "VERB"
        and lemma(prep.head) in _SPOKE_IN
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.ent_type_ != "PERSON"
        and not person_noun(noun.lower_)
    )


def _set_off(verb: Token) -> bool:
    """Whether a comma stands before a participle, adverbs aside ("the board, gently
    telling them")."""
    at = verb.i - 1
    while at > verb.sent.start and verb.doc[at].pos_ == "ADV":
        at -= 1
    return at >= 0 and at < verb.i and verb.doc[at].text == ","


def _clause_subject(verb: Token) -> Token | None:
    """The subject of the main clause a participle stands in, if it comes before it; failing
    that (the sentence's root is a verb of the quote), of the nearest verb above the
    participle ("Ann Lee rose to answer the board, telling them: '...'")."""
    root = verb.sent.root
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i]
    if subjects:
        return subjects[0]
    for above in verb.ancestors:
        if above.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in above.children if c.dep_ == "nsubj" and c.i < verb.i]
        if subjects:
            return subjects[0]
    return None


def participle_doer(participle: Token) -> Token | None:
    """Who does what a participle after a clause does when that clause's subject does not:
    the person a verb of showing or hearing presents ("the film showed Ann Lee, clearly
    angry, telling the board: '...'") or the subject of a passive clause ("Lee was not
    moved by the offer, noting: '...'"), unless a person is its agent ("was backed by
    Jo Ames"). None for any other participle."""
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return None
    head = participle.head
    earlier = [c for c in head.children if c.i < participle.i]
    if lemma(head) in PERCEIVED_VERBS:
        shown = [
            c
            for c in earlier
            if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lower_ in _PERSON_OBJECTS)
        ]
        if shown:
            return shown[0]
    if any(c.dep_ == "nsubj" for c in head.children):
        return None
    passive = [c for c in earlier if c.dep_ == "nsubjpass"]
    agent = passive_agent(head)
    if not passive or (agent is not None and (agent.pos_ == "PROPN" or agent.ent_type_)):
        return None
    return passive[0]


def opening_participle(subject: Token, verb: Token) -> bool:
    """Whether the parser made a participle that opens the sentence the subject of a later
    verb ("Responding for the Greens, Shadow Roads Secretary Ann Lee, MP for Tarland,
    said"): a phrase set off by a comma, of which the one who speaks comes after."""
    doc = subject.doc
    return (
        subject.tag_ == "VBG"
        and subject.i < verb.i
        and all(t.is_space or t.is_punct for t in doc[subject.sent.start : subject.i])
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in subject.children)
        and any(t.text == "," for t in doc[subject.i : verb.i])
    )
