"""Subjects that a verb of saying reaches but that do not speak.

The subject of a passive verb is the one spoken of ("Lee was accused of being ‘a
freeloader’", "the plan was branded ‘reckless’"), not the speaker, unless the verb is one
of perceiving ("Lee was heard shouting ‘...’"). The speaker, if named, is the noun after
"by", which the parser may hang on the quoted words instead of the verb. The "it" of "it
was wrong to blame ..." stands for the infinitive's clause and names no one. The
subject of a clause that another's verb of saying reports does not say the "but admitted
‘...’" the parser joined to it (`outer_sayer`), nor does a thing that is the subject
of a clause of time or purpose an "and admitted" hangs on (`sayer_past_clause`), nor the
subject of what one participle of saying reports the second participle joined to it
("saying that Lee should ‘...’ and then claiming that ..."). An active verb of saying
joined to a passive one shares its subject, not its agent (`shared_passive_subject`).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import lexicon
from generator.extract.nlp import text_of
from generator.extract.participle_subjects import PERCEIVED_VERBS
from generator.extract.quote_lemmas import lemma
from generator.extract.quote_marks import Quote
from generator.extract.role_phrases import person_noun
from generator.extract.speaker_alleged_doers import alleged_doer_clause
from generator.extract.speech import listed_saying, words

#: What may stand between a quote's last word and the "by" after it: marks, a comma, spaces.
_BETWEEN = " ,\u2019'\"\u201d"


def spoken_of(verb: Token) -> bool:
    """Whether a verb is passive and not one of perceiving: its subject is the one spoken
    of ("was accused of", "was branded"), not the one who says; one heard or filmed
    saying still speaks."""
    return _passive(verb) and lemma(verb) not in PERCEIVED_VERBS


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def agent_after(verb: Token, quote: Quote) -> Token | None:
    """The noun after a "by" right after the quote that a passive verb holds, which the
    parser may hang on the quoted words instead of the verb: in "Lee's plan was branded
    ‘a cynical stunt’ by the party's chair, Ann Vell" the chair speaks."""
    if not _passive(verb):
        return None
    end = quote.parts[-1][1]
    text = text_of(verb.doc)
    for token in verb.subtree:
        if token.lower_ != "by" or token.dep_ != "prep" or token.idx < end:
            continue
        if text[end : token.idx].strip(_BETWEEN):
            return None  # words between: the "by" phrase says something else
        return next((c for c in token.children if c.dep_ == "pobj"), None)
    return None


def shared_passive_subject(verb: Token) -> Token | None:
    """The subject that an active verb of saying shares with the passive verb it is joined
    to: in "Lee was sacked by the club but said: ‘...’" or "Lee has been linked with a move
    but insisted: ‘...’" Lee says it; the noun after "by" only did the sacking."""
    head = verb.head
    if verb.dep_ != "conj" or _passive(verb) or not _passive(head):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)


def extraposed_it(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` is the "it" of a "be" whose adjective or noun the infinitive
    ``verb`` completes ("it was wrong to blame the crews who were ‘...’", "it is time to
    call it ‘...’"): a stand-in for the infinitive's clause, not anyone who speaks."""
    head = verb.head
    return (
        subject.lower_ == "it"
        and verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and head.lemma_ == "be"
        and any(c.dep_ in ("acomp", "attr") for c in head.children)
    )


def outer_sayer(verb: Token) -> Token | None:
    """The verb of saying whose subject says what a joined verb of saying says, when the
    parser hung that verb on a clause inside (`_but_sayer`, `_paired_participle`,
    `sayer_past_clause`); or the clause a writing reports, when the parser hung the verb
    on the writing's verb (`alleged_doer_clause`)."""
    return (
        _but_sayer(verb)
        or _paired_participle(verb)
        or sayer_past_clause(verb)
        or alleged_doer_clause(verb)
    )


def _but_sayer(verb: Token) -> Token | None:
    """The verb of saying that reports the clause a "but"-joined verb of saying hangs on:
    in "Lee said the team had agreed, but admitted it was ‘...’" the parser may join
    "admitted" to "agreed", inside what Lee said, though Lee admitted it. Only a clause
    that says no words itself counts ("Lee said an officer shouted and called him ‘...’"
    goes on with the officer)."""
    head = verb.head
    # The parser hangs the "but" on the first of the two verbs it joins.
    if not any(c.dep_ == "cc" and c.lower_ == "but" and c.i < verb.i for c in head.children):
        return None
    # Verbs of saying by the tables alone, as `Mentions.is_reporting` first reads them.
    lex = lexicon()
    if head.dep_ != "ccomp" or listed_saying(head, lex) or not listed_saying(head.head, lex):
        return None
    return head.head


def _paired_participle(verb: Token) -> Token | None:
    """The participle of saying that a second one goes on from, when the parser joined the
    second to a verb inside what the first reports: in "first saying that the club should
    ‘...’ and then claiming that it ‘...’" the "-ing" form "claiming" pairs with "saying",
    not with "should ... act", and shares its subject."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ == "VBG" or head.dep_ != "ccomp":
        return None
    lex = lexicon()
    outer = head.head
    if outer.tag_ != "VBG" or not listed_saying(outer, lex) or not listed_saying(verb, lex):
        return None
    return outer


#: Clauses inside a sentence that an "and"-joined verb of saying may be hung on by mistake.
_INNER_CLAUSES = frozenset(["advcl", "xcomp", "acl"])


def sayer_past_clause(verb: Token) -> Token | None:
    """The verb of saying above an inner clause whose subject is a thing, when an "and"-joined
    verb of saying hangs on that clause: in "Lee said he kept quiet while he waited for the
    inquiry to end and admitted, ‘...’" the parser joins "admitted" to "end", but an
    inquiry admits nothing; Lee admitted it. A person or a body as that subject may say."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ not in _INNER_CLAUSES:
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects or not _thing(subjects[0]):
        return None
    lex = lexicon()
    return next((a for a in head.ancestors if listed_saying(a, lex)), None)


def _thing(noun: Token) -> bool:
    """Whether a subject is a common noun for no person, body or writing ("the truth")."""
    lower = noun.lower_
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and not person_noun(lower)
        and lower not in lexicon().role_words
        and lower not in words().organization_nouns | words().document_nouns
    )
