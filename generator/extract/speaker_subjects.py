"""Who does the reporting: the subject of a verb of saying, however the parser hung it.

"X said", "said X", "'...,' responded campaign chairman X" (which the parser
reads as an object), "X is heard shouting", "footage of X asking", "according
to X", "was described by X as", "he was quoted as saying": each gives the
token that names the speaker, or None.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon, lexicon
from generator.extract.nlp import text_of
from generator.extract.participle_subjects import (
    PERCEIVED_VERBS,
    opening_participle,
    participle_doer,
    participle_subject,
    recipient_of,
)
from generator.extract.quote_frames import teller_past_thing, unclosed_relative_owner
from generator.extract.quote_issuers import written_by_participle
from generator.extract.quote_lemmas import lemma
from generator.extract.quote_marks import Quote
from generator.extract.role_phrases import person_noun
from generator.extract.speaker_controllers import object_controller
from generator.extract.speaker_hyphened_nouns import to_be_subject
from generator.extract.speaker_job_words import past_job_words
from generator.extract.speaker_joined_roles import joined_role_name
from generator.extract.speaker_misread_verbs import done_subject, teller_before
from generator.extract.speaker_set_off_subjects import set_off_subject
from generator.extract.speaker_spoken_of import (
    agent_after,
    extraposed_it,
    outer_sayer,
    shared_passive_subject,
    spoken_of,
)
from generator.extract.speech import (
    SPLIT_CHARS,
    QuoteText,
    in_any,
    is_role_noun,
    passive_agent,
)

#: Relative pronouns that stand for the noun their clause describes.
RELATIVE_PRONOUNS = frozenset(["who", "which", "that"])
#: Most words of a name standing alone between a quote and its verb.
MAX_NAME_WORDS = 3
#: The last word of an age used as a noun ("the 58-year-old"), as the tokenizer splits it.
AGE_HEADS = frozenset(["old", "year-old"])
#: Verb and particle that report speech together ("'...,' she goes on", "hit out at the
#: board as '...'"), by lemma.
SAYING_PHRASALS = {
    "go": frozenset(["on"]),
    "carry": frozenset(["on"]),
    "hit": frozenset(["out", "back"]),
    "lash": frozenset(["out"]),
    # a retort: "'...,' he shot back", "she fired back", "he bit back"
    "shoot": frozenset(["back"]),
    "fire": frozenset(["back"]),
    "bite": frozenset(["back"]),
    "snap": frozenset(["back"]),
    "chime": frozenset(["in"]),
    "pipe": frozenset(["up"]),
}
#: Their particles, looked for before a verb's lemma is asked.
PARTICLES = frozenset().union(*SAYING_PHRASALS.values())


def is_saying_phrasal(token: Token) -> bool:
    """A verb whose particle or object makes it one of saying: "she goes on", "he carried
    on", "as one insider puts it", a retort ("he shot back", "she hit back")."""
    if token.pos_ != "VERB":
        return False
    # the parser may call a particle right after its verb an adverb ("shot back")
    particles = {
        c.lower_
        for c in token.children
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == token.i + 1)
    }
    # "Put it" reports words: "as one insider puts it", "was how she put it".
    put_it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    if not (particles & PARTICLES or put_it):
        return False  # most verbs: no lemma needed
    verb = lemma(token)
    if "back" in particles and any(c.dep_ == "prep" and c.lower_ == "at" for c in token.children):
        # "hit back at claims he had used her as a 'human shield'": the words quoted
        # after "at" are those of the claims answered, not the retort's
        return False
    return (verb == "put" and put_it) or bool(SAYING_PHRASALS.get(verb, frozenset()) & particles)


def across_paragraphs(one: Token, other: Token) -> bool:
    """Whether a paragraph break parts two tokens: no word of one paragraph is a subject in
    the next, though the parser runs on past a photo caption, which has no stop."""
    low, high = sorted((one.idx, other.idx))
    return "\n\n" in text_of(one.doc)[low:high]


def subject_of(
    verb: Token, quote: Quote | None = None, quoted: QuoteText | None = None
) -> Token | None:
    """Who does the reporting: the verb's subject outside the quote itself."""
    if verb.lower_ == "according":
        objects = [t for t in verb.subtree if t.dep_ == "pobj"]
        return (_name_set_off(objects[0]) or objects[0]) if objects else None
    # The parser can make a word of the quote a subject of the reporting verb
    # too ('"the best hope ...", Mr Ames told'); the speaker is outside.
    # Nor is a word of another quote ('said on "Fox and Friends"').
    subjects = [
        c
        for c in verb.children
        if c.dep_ == "nsubj"
        and (quote is None or not in_any(c, quote))
        and (quoted is None or not quoted.inside(c.idx))
        and not opening_participle(c, verb)  # "Responding for X, Ann Lee said"
        and not across_paragraphs(c, verb)  # a caption the parser ran into the sentence
    ]
    if any(c.i < verb.i for c in subjects):
        # "The forward told BBC Radio Kelby:": with a subject before the verb, a second
        # one after it is the verb's object, the one told.
        subjects = [c for c in subjects if c.i < verb.i]
    if subjects:
        # 'Flynn said on "Fox and Friends"': a person's name beats the subject standing
        # right before the verb ("Citing a survey by X, the union tweeted", the survey made
        # a second subject), which beats an untagged word, then a name of another kind.
        subject = min(
            subjects,
            key=lambda c: (
                c.ent_type_ != "PERSON",
                not _right_before(c, verb),
                c.ent_type_ != "",
                abs(c.i - verb.i),
            ),
        )
        if (
            subject.pos_ == "NOUN"
            and not subject.ent_type_
            and not is_role_noun(subject, lexicon())
        ):
            owner = unclosed_relative_owner(verb)
            if owner is not None:
                return owner
        return relative_antecedent(subject, verb) or joined_role_name(subject, verb) or subject
    named = _name_before(verb, quote) if quote is not None else None
    if named is not None:
        return named
    aged = _age_before(verb)
    if aged is not None:
        return aged
    set_off = set_off_subject(verb)
    if set_off is not None:
        return set_off
    if quote is not None and _right_after(verb, quote):
        after = _name_after(verb)
        if after is not None:
            return after
    if verb.pos_ not in ("VERB", "AUX"):
        return teller_before(verb) or done_subject(verb)  # "he laughs" tagged a noun
    # '"...," responded campaign chairman Jo Ames': the parser may take the subject
    # that follows the verb of an inverted attribution for its object.
    if quote is not None and _right_after(verb, quote):
        inverted = [
            c
            for c in verb.rights
            if c.dep_ in ("dobj", "attr", "npadvmod") and c.left_edge.i == verb.i + 1
        ]
        if inverted:
            return inverted[0]
        participle = inverted_participle(verb, quote)
        if participle is not None:
            return participle
    # "was described by X as ...": the agent speaks; the passive subject is spoken of.
    agent = passive_agent(verb) or (agent_after(verb, quote) if quote is not None else None)
    if agent is not None:
        return agent
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive and to_be_subject(verb) is not None:
        return passive[0]  # "the bride-to-be said": one hyphened noun, no passive
    if passive:
        # "X is heard yelling '...'", "was filmed telling": the one perceived speaks.
        return passive[0] if lemma(verb) in PERCEIVED_VERBS else None
    # "the agency quoted Ames as saying", "he was quoted as saying": the quoted one speaks.
    if (
        verb.lower_ == "saying"
        and verb.head.lower_ == "as"
        and lemma(verb.head.head) in ("quote", "cite")
    ):
        quoting = verb.head.head
        objects = [c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass")]
        return objects[0] if objects else None
    # "footage of Ann Lee asking, '...'": the one a saying participle describes,
    # however the parser hung the participle. A participle after a list ("backed Ann
    # Lee and Jo Ames, saying they ...") says what the subject of the clause said.
    # A participle set off by a comma says what the clause's subject did ("Ann Lee spoke
    # of Jo Ames, describing ..."), whatever noun the parser hung it on.
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN", "PRON"):
        return participle_subject(verb)
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        verb.tag_ == "VBG"
        and before is not None
        and before.ent_type_ == "PERSON"
        and before.dep_ != "conj"
        and recipient_of(before) is None
    ):
        return before
    # "Lee is said to have told friends: '...'", "Lee was asked to explain": the
    # subject of a passive verb is the one who does what its complement says.
    if verb.dep_ == "xcomp":
        raised = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if raised:
            return raised[0]
        controller = object_controller(verb)  # "the row prompted Ann Vell to reply: '...'"
        if controller is not None:
            return controller
    # "led the block by saying: '...'": the one who does what the preposition hangs on.
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return subject_of(verb.head.head, quote, quoted)
    writing = written_by_participle(verb)
    if writing is not None:
        return writing
    teller = teller_past_thing(verb)
    if teller is not None:
        return teller
    doer = participle_doer(verb)
    if doer is not None:
        return doer
    # "..., he added" parsed as a clause hanging off the quote's verb.
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "conj" and spoken_of(verb):
            return None  # "Lee smiled and was accused of being '...'": Lee is spoken of
        shared = shared_passive_subject(verb)
        if shared is not None:
            return shared
        outer = outer_sayer(verb) if verb.dep_ == "conj" else None
        found = subject_of(outer or verb.head, quote, quoted)
        return None if found is not None and extraposed_it(verb, found) else found
    return None


def _name_before(verb: Token, quote: Quote) -> Token | None:
    """The name alone between a quote's end and the verb after it ("'...,' Dally said"),
    which the parser may read as anything but the verb's subject."""
    end = quote.parts[-1][1]
    words: list[Token] = []
    at = verb.i - 1
    while at >= 0 and verb.doc[at].idx >= end:
        if not (verb.doc[at].is_punct or verb.doc[at].is_space):
            words.append(verb.doc[at])
        at -= 1
    if not 0 < len(words) <= MAX_NAME_WORDS:
        return None
    if all(w.is_alpha and w.text[:1].isupper() and w.pos_ != "PRON" for w in words):
        return words[0]
    return None


def _age_before(verb: Token) -> Token | None:
    """An age phrase before a verb that has no subject ("'...,' the 58-year-old wrote"),
    which the parser may hang on the verb as a modifier: it is the one who says."""
    for child in verb.lefts:
        if child.lower_ in AGE_HEADS and any(t.like_num for t in child.subtree):
            return child
    return None


def _right_before(subject: Token, verb: Token) -> bool:
    """Whether a subject's phrase ends right before its verb, nothing but adverbs and
    auxiliaries between: the subject English puts there, not a phrase set off before it."""
    between = verb.doc[subject.right_edge.i + 1 : verb.i]
    return subject.i < verb.i and all(t.pos_ in ("ADV", "AUX", "PART") for t in between)


def relative_antecedent(subject: Token, verb: Token) -> Token | None:
    """The noun a relative pronoun subject stands for: "Ann Lee, who called it '...'"."""
    if subject.lower_ not in RELATIVE_PRONOUNS or subject.tag_ not in ("WP", "WDT"):
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.i > subject.i:
        return _name_before_who(subject)
    return clause.head


def _name_before_who(subject: Token) -> Token | None:
    """The person's name right before a "who" whose clause the parser did not hang on it
    ("... by Ann Lee who as mayor said there should be '...'"): who "who" is."""
    at = subject.i - 1
    if at >= 0 and subject.doc[at].text == ",":
        at -= 1
    if subject.lower_ != "who" or at < 0:
        return None
    name = subject.doc[at]
    return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None


def _name_after(verb: Token) -> Token | None:
    """The name right after a verb that follows a quote ("'...,' said Ann Lee - after
    ..."), which the parser may hang on a later clause: its last word."""
    doc = verb.doc
    start = at = past_job_words(verb)  # "said coxswain Ann Lee"
    while at < len(doc) and doc[at].pos_ == "PROPN" and doc[at].text[:1].isupper():
        at += 1
    if at == start or at - start > MAX_NAME_WORDS:
        return None
    # The name ends the clause: "said Lee." or "said Lee - after", not "said Lee Street was".
    if at < len(doc) and not (doc[at].is_punct or doc[at].lower_ in ("after", "as", "in", "on")):
        return None
    return doc[at - 1]


def _name_set_off(noun: Token) -> Token | None:
    """The last word of a person's name set off by commas right after a noun that names
    nobody ("according to one, Ann Lee, ...", "according to her neighbour, florist Jo
    Ames, ..."), however the parser hung it; a few lower-case words may precede it."""
    if noun.lower_ != "one" and not person_noun(noun.lower_):
        return None
    doc = noun.doc
    at = noun.i + 1
    if at >= len(doc) or doc[at].text != ",":
        return None
    at += 1
    while at < len(doc) and doc[at].is_lower and doc[at].is_alpha and at - noun.i <= 4:
        at += 1
    start = at
    while at < len(doc) and doc[at].ent_type_ == "PERSON" and at - start < MAX_NAME_WORDS:
        at += 1
    if at == start or at + 1 >= len(doc) or doc[at].text != ",":
        return None
    # The sentence's own subject follows ("..., Ann Lee, Jo was"): not "Ann Lee, 34, was",
    # where the name is that subject.
    after = doc[at + 1]
    return doc[at - 1] if after.text[:1].isupper() and after.is_alpha else None


def _right_after(verb: Token, quote: Quote) -> bool:
    """Whether only marks and punctuation stand between the quote's end and the verb."""
    end = quote.parts[-1][1]
    if verb.idx < end:
        return False
    between = text_of(verb.doc)[end : verb.idx]
    return len(between) <= SPLIT_CHARS + 2 and not any(char.isalnum() for char in between)


def inverted_participle(verb: Token, quote: Quote) -> Token | None:
    """The noun after a verb of an inverted attribution that the parser read as a participle
    describing it ("'...,' joked skipper Ann Lee", "joked" an adjective of "Lee"): only
    marks stand between the quote's close and the verb, so the noun is who says."""
    head = verb.head
    if verb.dep_ != "amod" or head.i <= verb.i or head.pos_ not in ("PROPN", "NOUN"):
        return None
    return head if _right_after(verb, quote) else None


def holder_of_body(subject: Token, owners: Mapping[int, Entity], lex: Lexicon) -> Entity | None:
    """The person in apposition after the body a role noun heads ("the chair of the
    council's Planning Committee, Cllr Jo Ames, said"), which the parser hangs on the body:
    a body is no person, so the name is the chair's. After a person or role noun ("the
    lawyer of the dancer, Jo Ames") the name may be the dancer's, so nobody."""
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for body in prep.children:
            owner = owners.get(body.i)
            if body.dep_ != "pobj" or (owner is not None and owner.kind == PERSON):
                continue
            if is_role_noun(body, lex) or (body.text.islower() and person_noun(body.lower_)):
                continue
            for child in body.children:
                named = owners.get(child.i)
                if child.dep_ == "appos" and named is not None and named.kind == PERSON:
                    return named
    return None


def outside_relative(noun: Token, found: Entity | None) -> Entity | None:
    """The body a definite noun that says words refers back to, unless the noun speaks in a
    relative clause and the body is the main subject of that same sentence ("Acme hired
    Brindle's crews, which the company claimed were ...": the main subject would be "it"
    there, so "the company" is another body)."""
    if found is None or noun.head.dep_ != "relcl":
        return found
    root = noun.sent.root
    for token in root.children:
        if token.dep_ in ("nsubj", "nsubjpass") and any(
            m.span.start <= token.i < m.span.end for m in found.mentions
        ):
            return None
    return found
