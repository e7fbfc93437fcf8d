"""Roles read from a story's lede: a story that opens on someone it names only later ("A
Harlem resident hooked a corpse. ... Luis Roe said"), or that reports an unnamed speaker's
words first ("Fees will rise, a Norland farm minister has said. Ann Vell said ..."), with
no one named in between; `roles` keeps such a description when the text states no other."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from generator.extract.definite_nouns import indefinite
from generator.extract.doc_words import tokens_in, tokens_of
from generator.extract.family_names import KIN_NOUNS
from generator.extract.lexicon import Lexicon, cues, lexicon
from generator.extract.pronoun_forms import SUBJECTS as SUBJECT_PRONOUNS
from generator.extract.role_context import (
    LEDE_SENTENCES,
    MAX_SENTENCES_BEFORE,
    SUBJECTS,
    describing_subject,
    ents_of,
)
from generator.extract.role_courtesy import unprefixed_start
from generator.extract.role_lede_apart import other_sex, titled_apart
from generator.extract.role_nouns import names_someone
from generator.extract.role_phrases import role_phrase, role_words
from generator.extract.role_quoted import in_quote
from generator.extract.role_word_pieces import word_front, word_head
from generator.extract.sentence_index import sentence_at, sentence_of, sentences

__all__ = ["referred_before", "reported_before"]

#: Titles before a name of the bench and of the police's inquiry ("Recorder Jo Roe",
#: "Detective Inspector Jo Roe"): no forces' rank ("Sergeant"), which a soldier in the
#: news holds himself.
_COURT_TITLES = frozenset(
    {"judge", "justice", "magistrate", "recorder", "coroner", "prosecutor", "sheriff"}
    | {"detective", "inspector", "superintendent", "constable"}
)
#: Nouns of unnamed sources: "a spokeswoman confirmed" is no one the story names.
_SOURCES = frozenset({"spokesman", "spokeswoman", "spokesperson", "source", "official"})


def referred_before(span: Span, lex: Lexicon) -> str | None:
    """ "Harlem resident" in "A Harlem resident hooked a corpse. ... Luis Roe said":
    a story that opens on someone not yet named, in a sentence of its lede before
    the first mention, with no one named in between (nor before the name in its own
    sentence); an unnamed source ("A police spokeswoman confirmed") is no one named later.
    A subject told by its owner is one person too, the owner named or not ("Tom Roe's
    aide has quit. ... Jo Ames said": "Tom Roe's aide")."""
    doc = span.doc
    sentence = sentence_of(span)
    named_in = sentence.start  # where the mention's own sentence starts
    # "Ann Roe said her children, Noah, 9, ...": Ann is the lede's one
    between = [ent for ent in ents_of(doc[sentence.start : span.start]) if ent.label_ == "PERSON"]
    lede = {s.start for s in sentences(doc)[:LEDE_SENTENCES]}
    for _ in range(MAX_SENTENCES_BEFORE):
        if sentence.start == 0:
            return None
        sentence = sentence_at(doc, sentence.start - 1)
        subject = _lede_subject(sentence, lex)
        if _named_beside(subject):
            return None
        between += _others_named(sentence, subject)
        subject = _acted_on(subject, lex) or subject
        if subject is None or not names_someone(subject, lex) or in_quote(subject):
            continue
        if sentence.start not in lede:
            return None
        if subject.lower_ in _SOURCES or (
            subject.head.lower_ in lex.reporting_verbs and not _tells_own_story(subject.head)
        ):
            continue  # "A spokesman said": an unnamed source, not the one named next
        thing = any(t.lower_ in ("that", "which") for t in subject.subtree)
        if _officer_of_events(span, subject, lex) or _kin_of_another(span):
            return None
        if titled_apart(span, subject, lex) or other_sex(span, subject, lex):
            return None
        # "A grandmother was stranded. ¶ Inspector Ed Poe said ... Jo Roe, 67, ...": one
        # named in between is the lede's only when nothing tells them apart
        if not all(titled_apart(e, subject, lex) or other_sex(e, subject, lex) for e in between):
            return None
        # "The head of Tarland Council has quit. ¶ Jo Roe, 54, said": one told by an "of"
        # is the one named next only when the name opens its sentence, as the lede's
        # subject does ("Councillor Jo Roe said" is someone of her own; "Dr Jo Roe" opens it)
        opens = unprefixed_start(span, lex) == named_in
        of_body = (_body_after_of(subject) is not None or _of_a_body(subject)) and opens
        met = any(indefinite(t) for t in [subject, *word_front(subject)])  # "a co-founder"
        # "The only judge who dissented has spoken. ¶ Jo Roe said": one person by its words
        sole = opens and _sole(subject)
        introduced = met or _owner(subject) is not None or of_body or sole
        if introduced and not thing and not _named_again(subject, span):
            role = role_phrase(subject, _deed_of(subject), lex)
            if role and role.lower() not in role_words().generic:
                return role
    return None


#: Verbs by which a paper claims its own story after the lede: "..., MailOnline can
#: reveal", "..., the Herald has learned". Not "police said": the lede is then the case's.
_SCOOPS = frozenset({"reveal", "reveals", "revealed", "learn", "learned", "learnt"})


def _lede_subject(sentence: Span, lex: Lexicon) -> Token | None:
    """The subject a lede's sentence opens with, past the paper's own claim to the story
    ("X's trainer was fined, the Herald can reveal"); else as `describing_subject`."""
    subject = describing_subject(sentence, lex)
    if subject is not None and subject.head.dep_ == "ROOT" and subject.head.lower_ in _SCOOPS:
        subject = describing_subject(sentence, lex, past_source=True)
    # "The ex-wife of ...": the parse may hang each piece of the word as a subject
    return None if subject is None else word_head(subject)


def _acted_on(subject: Token | None, lex: Lexicon) -> Token | None:
    """The one a lede's subject that names no one acts on ("34-year-old teacher" of
    "Police have arrested a 34-year-old teacher after ...", "drunk driver" of "A court
    has jailed a drunk driver who ..."), met there as "a ...": the story is of them.
    None when the subject is someone, who is then the lede's one."""
    if subject is None or names_someone(subject, lex) or subject.head.dep_ != "ROOT":
        return None
    done = next((c for c in subject.head.children if c.dep_ == "dobj"), None)
    if done is None or done.lower_ in role_words().generic or not indefinite(done):
        return None  # "hunting a man who ...": maybe not the one named next
    return done if names_someone(done, lex) else None


def _deed_of(noun: Token) -> range:
    """Where the deed an object is charged with or cleared of stands ("of murdering three
    patients" of "A jury has cleared a nurse of murdering three patients"): what the verb
    tells of them, no part of who they are; empty for a subject."""
    if noun.dep_ != "dobj":
        return range(0)
    for child in noun.children:
        if child.dep_ == "prep" and any(g.tag_ == "VBG" for g in child.children):
            return range(child.i, child.right_edge.i + 1)
    return range(0)


def _owner(subject: Token | None) -> Token | None:
    """The named or described owner of a lede's subject ("Tom Roe's chief of staff", "the
    singer's brother"), or None: such a subject is one person, first met in the lede,
    as "a nurse" is; a pronoun's ("his brother") is someone's met before."""
    if subject is None:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    return owner or _person_after_of(subject)


#: Nouns of a tie to one person that make whoever bears them one person too: "the son of
#: Tom Roe" is one, "an aide of Tom Roe" may be any of several, named or not.
_TIES = KIN_NOUNS | {"girlfriend", "boyfriend"}


def _person_after_of(subject: Token) -> Token | None:
    """The person a lede's kin noun is "of" ("the son of actor Tom Roe"), the owner as "Tom
    Roe's son" writes it, or someone met there ("the ex-wife of a millionaire"); or None."""
    if subject.lower_ not in _TIES:
        return None
    return _named_after_of(subject, person=True) or _met_after_of(subject)


def _met_after_of(subject: Token) -> Token | None:
    """The noun for a person first met in the subject's "of" phrase ("millionaire" of "the
    ex-wife of a millionaire"): the one whose kin the subject is, so the subject is one
    person too; or None."""
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            met = next((g for g in child.children if g.dep_ == "pobj"), None)
            if met is not None and indefinite(met) and names_someone(met, lexicon()):
                return met
    return None


def _body_after_of(subject: Token) -> Token | None:
    """The named body a lede's subject is "of" ("Tarland Council" of "the chief executive
    of Tarland Council"), which tells one post as "Tarland Council's" does; or None."""
    return _named_after_of(subject, person=False)


def _of_a_body(subject: Token) -> bool:
    """Whether a lede's subject is "of" a thing first met there ("the head teacher of a
    Kelby school"): the post of a body the story brings in, one person as "a teacher" is."""
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            body = next((g for g in child.children if g.dep_ == "pobj"), None)
            if body is not None and indefinite(body) and not names_someone(body, lexicon()):
                return True
    return False


#: Words before a noun by which it is one person alone ("the only judge", "the one law lord").
_SOLE = frozenset({"only", "one", "sole", "lone"})


def _sole(subject: Token) -> bool:
    """Whether a lede's subject is said to be the only one of its kind ("The only judge who
    dissented"): a person the story is about, as "a judge" is."""
    return any(c.lower_ in _SOLE and c.i < subject.i for c in subject.children)


def _named_after_of(subject: Token, person: bool) -> Token | None:
    """The first proper noun that heads an "of" phrase of the subject and is a person's name
    (``person``) or is not; or None."""
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            named = next((g for g in child.children if g.dep_ == "pobj"), None)
            if named is None or named.pos_ != "PROPN":
                continue
            if (named.ent_type_ == "PERSON") == person:
                return named
    return None


def _owned_words(subject: Token | None) -> range:
    """Where the words of the subject's owner stand (empty when it has none)."""
    owner = _owner(subject)
    return range(0) if owner is None else range(owner.left_edge.i, owner.right_edge.i + 1)


def _names_another(
    sentence: Span, subject: Token | None, is_person: Callable[[Span], bool] | None = None
) -> bool:
    """Whether the sentence names a person other than the owner its subject is told by
    ("Tom Roe's aide has quit" names only the aide's owner, who is not the one named next)."""
    return _named_beside(subject) or bool(_others_named(sentence, subject, is_person))


def _others_named(
    sentence: Span, subject: Token | None, is_person: Callable[[Span], bool] | None = None
) -> list[Span]:
    """The people the sentence names other than the owner its subject is told by."""
    owned = _owned_words(subject)
    return [
        ent
        for ent in ents_of(sentence)
        if (is_person(ent) if is_person else ent.label_ == "PERSON")
        and not (ent.start in owned and ent.end - 1 in owned)
    ]


def _named_beside(subject: Token | None) -> bool:
    """Whether the subject has a name set beside it ("The firm's boss, Jo Roe, said"): the
    sentence names the one it describes, whatever type the model gave the name, so the
    description is theirs and not of anyone named later."""
    return subject is not None and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.is_title for c in subject.children
    )


def _officer_of_events(span: Span, subject: Token, lex: Lexicon) -> bool:
    """Whether the name is titled as an office the story's events bring in ("Recorder Jo
    Roe", "Detective Sergeant Jo Roe") other than the lede's noun: "A drug dealer who ...
    . Recorder Jo Roe told ..." opens on the one in the dock, not on the court. A courtesy
    title may stand between the office and the name ("Coroner Mrs Jo Roe")."""
    doc = span.doc
    start = unprefixed_start(span, lex)
    words = [t for t in tokens_of(doc)[max(start - 1, 0) : span.end] if t.is_title]
    offices = {t.lower_ for t in words if t.lower_ in _COURT_TITLES}
    return bool(offices) and subject.lower_ not in offices


def _kin_of_another(span: Span) -> bool:
    """Whether the name is set beside a noun owned by a pronoun ("His commanding officer,
    Jo Roe," "her lawyer Jo Roe"): someone told by their tie to a person named before,
    who is that person, not the one the lede opens on."""
    root = span.root
    noun = root.head if root.dep_ == "appos" else root
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _named_again(subject: Token, span: Span) -> bool:
    """Whether the sentence of ``span`` has the noun of the lede's ``subject`` again, apart
    from the name, also as another's title ("A harbour pilot was hurt. ... Jo Roe hit a
    pilot", "Chief Jo Roe banned Pilot Ed Poe"): then the lede's one is someone else."""
    name = range(span.start, span.end)
    # one more of them, not a plural that may hold the one named ("with the pilots")
    return any(
        token.tag_ in ("NN", "NNP") and token.lower_ == subject.lower_ and token.i not in name
        for token in tokens_in(sentence_of(span))
    )


def _a_person(ent: Span) -> bool:
    """Whether the model's entity names a person, as far as the sentence tells: not a name
    set beside a noun of a kind of body ("The broadcaster Northwave")."""
    root = ent.root
    return ent.label_ == "PERSON" and not (
        root.dep_ == "appos" and root.head.lower_ in cues().org_heads
    )


#: Pronouns by which a teller is the subject of what they tell.
_TELLERS = SUBJECT_PRONOUNS | {"they", "i", "we"}


def _tells_own_story(verb: Token) -> bool:
    """Whether a reporting verb tells of its own subject: "A vet has told how she crawled
    into a drain", the lede of the one the story names next; not "A spokesman said the
    firm would close", whose words are of something else."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.left_edge.lower_ != "how":
            continue
        if any(c.dep_ in SUBJECTS and c.lower_ in _TELLERS for c in clause.children):
            return True
    return False


def reported_before(span: Span, lex: Lexicon) -> str | None:
    """ "Norland farm minister" in "Fees will rise, a Norland farm minister has said. Ann
    Vell said ...": a lede that reports an unnamed speaker's words, right before the
    sentence in which the name says more, with no one named in between; for a person the
    text states no other role of."""
    root = span.root
    if root.dep_ not in SUBJECTS or root.head.lower_ not in lex.reporting_verbs:
        return None
    doc = span.doc
    sentence = sentence_of(span)
    if sentence.start == 0:
        return None
    before = sentence_at(doc, sentence.start - 1)
    lede = {s.start for s in sentences(doc)[:LEDE_SENTENCES]}
    if before.start not in lede:
        return None
    if any(ent.label_ == "PERSON" for ent in ents_of(doc[sentence.start : span.start])):
        return None
    subject = describing_subject(before, lex)
    if _names_another(before, subject, _a_person):
        return None
    owned = _owned_words(subject)
    if (
        subject is None
        or subject.head.lower_ not in lex.reporting_verbs
        or subject.lower_ in _SOURCES
        or in_quote(subject)
        or not names_someone(subject, lex)
        or not any(c.dep_ in ("det", "poss") for c in subject.children)
        or any(
            t.lower_ in ("that", "which") or (t.ent_type_ == "PERSON" and t.i not in owned)
            for t in subject.subtree
        )
    ):
        return None
    role = role_phrase(subject, range(0), lex)
    return role if role and role.lower() not in role_words().generic else None
